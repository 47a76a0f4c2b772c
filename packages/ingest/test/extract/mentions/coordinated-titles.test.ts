import { beforeAll, describe, expect, it } from 'vitest';
import { facts, story, warmUp } from '../helpers.js';
import { extractTriples } from '../../../src/extract/index.js';

beforeAll(() => warmUp(), 120_000);

describe('coordinated titles: "<Demonym> Title A and Title B"', () => {
  const body = 'Turkish Foreign Minister Emre Kaya travelled to Baghdad on Wednesday, where he held talks with Iraqi Prime Minister Ali Karim and Foreign Minister Hadi Nouri.';

  it('gives the second office holder the first one\'s country word', () => {
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE ali karim|IRQ');
    expect(keys).toContain('HOLDS_OFFICE hadi nouri|IRQ');
    expect(keys).toContain('HOLDS_OFFICE emre kaya|TUR');
  });

  it('pairs the visitor with both hosts, but not the two hosts of one delegation', () => {
    const keys = facts(body);
    expect(keys).toContain('MET emre kaya|ali karim');
    expect(keys).toContain('MET emre kaya|hadi nouri');
    expect(keys.some((k) => k === 'MET ali karim|hadi nouri' || k === 'MET hadi nouri|ali karim')).toBe(false);
  });

  it('does not share the country word between two holders of the same office', () => {
    const keys = facts('Chinese President Wang Lei and President Budi Santoso held talks in Beijing on Monday.');
    expect(keys).toContain('HOLDS_OFFICE wang lei|CHN');
    expect(keys).not.toContain('HOLDS_OFFICE budi santoso|CHN');
  });

  it('does not share it with the last of a list or a "host" title', () => {
    const keys = facts('Vietnamese Prime Minister Tran Van Ba, Philippine President Jose Reyes and host Prime Minister Ahmad Zaki held a trilateral meeting on Sunday.');
    expect(keys).not.toContain('HOLDS_OFFICE ahmad zaki|PHL');
  });
});

describe('two heads of state with the same bare title', () => {
  const body = 'BEIJING, Jan. 14 (Xinhua) -- Chinese Foreign Minister Wang Lei held talks with Indonesian Foreign Minister Budi Hartono in Beijing on Wednesday. The two sides should implement the consensus reached by President Zhao Ming and President Adi Santoso during their meeting in Beijing in November 2024, Wang said. China is willing to work with Indonesia to deepen cooperation in photovoltaics, Wang said.';

  it('reads "reached by A and B during their meeting" as a meeting of A and B, dated by it', () => {
    const t = extractTriples(story(body, { source: 'Xinhua', date: '2026-01-14' }));
    expect(t.find((x) => x.predicate === 'MET' && [x.subject.key, x.object.key].sort().join() === 'adi santoso,zhao ming')?.date).toBe('2024-11');
  });

  it('gives the second president the story\'s other country, not the first one\'s', () => {
    const keys = facts(body, { source: 'Xinhua', date: '2026-01-14' });
    expect(keys).toContain('HOLDS_OFFICE zhao ming|CHN');
    expect(keys).toContain('HOLDS_OFFICE adi santoso|IDN');
    expect(keys).toContain('VISITED adi santoso|CHN');
  });

  it('does not let the recalled meeting date the cooperation that follows', () => {
    const t = extractTriples(story(body, { source: 'Xinhua', date: '2026-01-14' })).filter((x) => x.predicate === 'COOPERATES_ON');
    expect(t.length).toBeGreaterThan(0);
    for (const x of t) expect(x.date).toBe('2026-01-14');
  });

  it('keeps "Senate President X" apart from the head of state', () => {
    const t = extractTriples(story('MANILA (AP) - Philippine President Jose Reyes met Senate President Ramon Cruz on Friday.', { date: '2026-02-12' }));
    expect(t.find((x) => x.predicate === 'HOLDS_OFFICE' && x.subject.key === 'ramon cruz')?.title).toBe('Senate President');
  });
});
