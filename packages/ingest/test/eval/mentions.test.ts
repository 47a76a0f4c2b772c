import { describe, expect, it } from 'vitest';
import type { Triple } from '@wiregraph/core';
import { formatMentionReport, mentionRecall, type FoundMentions } from '../../src/eval/index.js';
import { mentionSummary } from '../../src/extract/index.js';
import { story } from '../extract/helpers.js';

const ref = (type: 'Person' | 'Country' | 'Sector', key: string) => ({ type, key, name: key });
const gold: Triple[] = [
  { article: 's1', subject: ref('Person', 'ann lee'), predicate: 'HOLDS_OFFICE', object: ref('Country', 'KOR'), date: null, evidence: '.' },
  { article: 's1', subject: ref('Country', 'KOR'), predicate: 'COOPERATES_ON', object: ref('Sector', 'energy'), partners: ['NOR'], date: null, evidence: '.' },
  { article: 's2', subject: ref('Person', 'bo chan'), predicate: 'VISITED', object: ref('Country', 'PER'), date: null, evidence: '.' },
];

describe('mentionRecall', () => {
  it('counts the gold people, countries (partners too) and sectors the mention stage found', () => {
    const found = new Map<string, FoundMentions>([['s1', { persons: ['lee'], countries: ['KOR'], sectors: ['energy', 'trade'] }]]);
    const r = mentionRecall(gold, found);
    // s2 was not read: its gold is not counted.
    expect(r.byKind.people).toEqual({ gold: 1, found: 1, recall: 1 });
    expect(r.byKind.countries).toEqual({ gold: 2, found: 1, recall: 0.5 });
    expect(r.byKind.sectors).toEqual({ gold: 1, found: 1, recall: 1 });
    expect(r.missed).toEqual([{ article: 's1', kind: 'countries', key: 'NOR' }]);
    expect(formatMentionReport(r, 5)).toContain('s1  countries  NOR');
  });

  it('reads what the mention stage finds in a story', () => {
    const m = mentionSummary(story('SEOUL (Test Wire) -- South Korean Energy Minister Ann Lee said on Monday that Norway would help build offshore wind farms.'));
    expect(m.persons).toContain('ann lee');
    expect(m.countries).toEqual(expect.arrayContaining(['KOR', 'NOR']));
    expect(m.sectors.length).toBeGreaterThan(0);
  }, 60_000);
});
