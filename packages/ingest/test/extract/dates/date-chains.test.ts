import { beforeAll, describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/internal/dates.js';
import { extractTriples } from '../../../src/extract/index.js';
import { find, story, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

// 2025-06-11 is a Wednesday.
const opts = { date: '2025-06-11' };

describe('date phrases', () => {
  it('reads a visit range by its first day, a capitalised "In October", and "this week" as the month', () => {
    const v = (s: string) => findDates(s, '2025-12-02').map((d) => d.value);
    expect(v('a state visit from Nov. 30 to Dec. 6')).toEqual(['2025-11-30']);
    expect(v('In October, the two countries signed a declaration')).toEqual(['2025-10']);
    expect(v('Earlier this week, she spoke with him')).toEqual(['2025-12']);
  });
});

describe('dates that depend on an earlier sentence', () => {
  it('counts "a day earlier" from the last meeting, not from the article date', () => {
    const body = 'Peruvian President Ana Ruiz met Chilean President Luis Soto on Monday in Lima. Peruvian Foreign Minister Jorge Paz held separate talks a day earlier with Chilean Foreign Minister Rosa Vidal.';
    expect(find(body, 'MET', 'jorge paz', 'rosa vidal', opts)?.date).toBe('2025-06-08');
    const same = 'Peruvian President Ana Ruiz met Chilean President Luis Soto on Sunday in Lima. Bolivian President Carlos Mesa met Soto a day earlier, on Saturday, in Lima.';
    expect(find(same, 'MET', 'carlos mesa', 'luis soto', opts)?.date).toBe('2025-06-07');
    // Not from another date of the sentence ("who arrived on Sunday, … a day earlier").
    const rel = 'Peruvian President Ana Ruiz met Chilean President Luis Soto in Lima on Tuesday. Soto, who arrived in Lima on Sunday, also held talks a day earlier with Peruvian Foreign Minister Jorge Paz.';
    expect(find(rel, 'MET', 'luis soto', 'jorge paz', opts)?.date).toBe('2025-06-09');
  });

  it('counts "two days after his arrival" and "the second day of his visit" from the arrival', () => {
    const body = 'Chilean President Luis Soto arrived in Lima on Monday for a state visit. On the second day of his visit, Soto held talks with Peruvian President Ana Ruiz. Two days after his arrival, Soto paid a courtesy call on Peruvian Foreign Minister Jorge Paz.';
    expect(find(body, 'MET', 'luis soto', 'ana ruiz', opts)?.date).toBe('2025-06-10');
    expect(find(body, 'MET', 'luis soto', 'jorge paz', opts)?.date).toBe('2025-06-11');
  });

  it('gives a "then" sentence with no date the day of the sentence before', () => {
    const body = 'Peruvian President Ana Ruiz met Chilean President Luis Soto in Lima on Tuesday. Soto arrived in Lima on Monday and was welcomed by Peruvian Foreign Minister Jorge Paz. Paz then held talks with his guest at the ministry.';
    expect(find(body, 'MET', 'jorge paz', 'luis soto', opts)?.date).toBe('2025-06-09');
  });

  it('dates a visit by its arrival over a later move, and by a range\'s first day', () => {
    const body = 'Chilean President Luis Soto wrapped up a three-day state visit to Peru on Wednesday. Soto arrived in Lima on Monday.';
    expect(find(body, 'VISITED', 'luis soto', 'PER', opts)?.date).toBe('2025-06-09');
    const companion = 'Chilean President Luis Soto held talks with Peruvian President Ana Ruiz in Lima on Wednesday. Soto arrived in Lima on Monday. Chilean Foreign Minister Rosa Vidal, who accompanied Soto, met her Peruvian counterpart.';
    expect(find(companion, 'VISITED', 'rosa vidal', 'PER', opts)?.date).toBe('2025-06-09');
    const range = 'Chilean President Luis Soto held talks with Peruvian President Ana Ruiz, who is on a state visit to Chile. Ruiz is paying a state visit to Chile from June 8 to June 12.';
    expect(find(range, 'VISITED', 'ana ruiz', 'CHL', opts)?.date).toBe('2025-06-08');
  });
});

describe('date phrases that belong to another clause', () => {
  it('does not take the story\'s main date from a meeting that was called off', () => {
    const body = 'Talks between Peruvian President Ana Ruiz and Chilean President Luis Soto planned for Tuesday were put off. Peruvian Foreign Minister Jorge Paz met Chilean Foreign Minister Rosa Vidal.';
    expect(find(body, 'MET', 'jorge paz', 'rosa vidal', opts)?.date).not.toBe('2025-06-10');
  });

  it('does not date a joint action by a date in a later clause about something else', () => {
    const body = 'Peruvian President Ana Ruiz met Chilean President Luis Soto in Lima on Tuesday. Peruvian Defence Minister Jorge Paz and Chilean Defence Minister Rosa Vidal signed a letter of intent on drones, building on a venture announced earlier this year.';
    expect(find(body, 'MET', 'jorge paz', 'rosa vidal', opts)?.date).toBe('2025-06-10');
  });

  it('reads a date past an appositive name ("met the Speaker of X, NAME, at Y on Wednesday")', () => {
    const body = 'Prime Minister Ana Ruiz of Peru met the Speaker of the Chilean Senate, Luis Soto, at the palace on Monday.';
    expect(find(body, 'MET', 'ana ruiz', 'luis soto', opts)?.date).toBe('2025-06-09');
  });

  it('takes "most recently on <date>" for repeated calls, and the article date for ongoing cooperation', () => {
    const calls = 'Peruvian President Ana Ruiz, who has spoken several times by phone with Chilean President Luis Soto this year, most recently on June 6, said talks would go on.';
    expect(find(calls, 'MET', 'ana ruiz', 'luis soto', opts)?.date).toBe('2025-06-06');
    const ongoing = 'Peruvian President Ana Ruiz met Chilean President Luis Soto on Monday. The minister briefed her on the two countries\' ongoing cooperation on fisheries.';
    expect(find(ongoing, 'COOPERATES_WITH', 'PER', 'CHL', opts)?.date).toBe('2025-06-11');
  });
});

describe('sectors of agreements reported in a later sentence', () => {
  it('dates "the pacts cover …" by the signing day its story gave, not the article date', () => {
    const body = "LIMA, Oct 29 (PTI) Indian Commerce Minister Ravi Rao on Tuesday signed three agreements with Peru during his visit to the Latin American nation, which is negotiating a free trade pact with India. According to an official statement, the pacts cover joint work on lithium, the sourcing of generic medicines for Peru's public hospitals, and farm produce headed for Indian markets.";
    const t = extractTriples(story(body, { source: 'PTI', date: '2025-10-29' })).filter((x) => x.predicate === 'COOPERATES_ON');
    expect(t.length).toBeGreaterThan(0);
    for (const x of t) expect(x.date, `${x.subject.key} ${x.object.key}`).toBe('2025-10-28');
  });

  it('does not carry an older agreement\'s date to a signing the leaders witness', () => {
    const body = 'Philippine President Jose Reyes on Thursday welcomed New Zealand Prime Minister Tom Hale, and the two agreed to deepen cooperation in agriculture. Reyes noted that a defence agreement between the Philippines and New Zealand, signed in April 2025, allows joint training. The two leaders witnessed the signing of a memorandum of understanding on working holiday schemes.';
    const t = extractTriples(story(body, { date: '2026-02-12' })).filter((x) => x.predicate === 'COOPERATES_ON' && x.object.key === 'migration');
    for (const x of t) expect(x.date).not.toBe('2025-04');
  });
});

describe('a date after a place and its country', () => {
  it('dates "met … in Kananaskis, Canada, in June last year" by June last year', () => {
    const body = 'German Chancellor Fritz Weber and South Korean President Lee Min agreed in a video call on Wednesday to deepen cooperation on chips. It was their first conversation since the two men met briefly on the margins of the G7 summit in Kananaskis, Canada, in June last year, shortly after Lee took office.';
    const t = extractTriples(story(body, { date: '2026-01-21' })).filter((x) => x.predicate === 'VISITED');
    expect(t.map((x) => `${x.subject.key} ${x.object.key} ${x.date}`).sort()).toEqual(['fritz weber CAN 2025-06', 'lee min CAN 2025-06']);
  });
});
