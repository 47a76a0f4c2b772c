import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

describe('a visit noun with its modifiers (visited.move)', () => {
  it('reads "his two-day official visit to X, <subject> …" as the subject\'s visit', () => {
    expect(visits("On her three-day state visit to Nairobi, Ghana's Vice President and Trade Minister Ama Boateng toured a port on Sunday.")).toEqual(['VISITED ama boateng|KEN']);
    expect(visits('At a news briefing after his three-day visit to the Indian capital, Brazilian Foreign Minister Paulo Reis called the talks useful.')).toEqual(['VISITED paulo reis|IND']);
  });

  it('reads a visit being ended as under way: "will end his four-day working visit to India today"', () => {
    expect(visits('Tongan Prime Minister Sione Fifita will end his four-day working visit to India today.')).toEqual(['VISITED sione fifita|IND']);
    expect(visits('Tongan Prime Minister Sione Fifita will visit India next month.')).toEqual([]);
  });

  it('reads "a visit to X by <person>": the visitor is the agent after "by"', () => {
    expect(visits('Kenya and Peru agreed on a fisheries deal during a visit to Lima by Kenyan President Daniel Mwangi.')).toEqual(['VISITED daniel mwangi|PER']);
    expect(visits('Kenya and Peru agreed on a fisheries deal during a visit to Lima by a trade delegation, President Daniel Mwangi said.')).toEqual([]);
  });

  it('reads "X headed a business delegation to Y" as X\'s visit, but not a delegation X received', () => {
    expect(visits('Kenyan Foreign Minister Daniel Mwangi headed a business delegation to Paraguay last week.')).toEqual(['VISITED daniel mwangi|PRY']);
    expect(visits('Kenyan Foreign Minister Daniel Mwangi received a delegation to Paraguay last week.')).toEqual([]);
  });

  it('reads "visiting" before a title or a name as the guest\'s attribute, not a trip by the person before it', () => {
    expect(visits('Kenyan Prime Minister Daniel Mwangi and the visiting Prime Minister of Peru, Luis Soto, opened a trade fair.')).not.toContain('VISITED daniel mwangi|PER');
    expect(visits('A dinner for Kenyan Foreign Minister Daniel Mwangi and the visiting Trade Minister of India ended late.')).not.toContain('VISITED daniel mwangi|IND');
    expect(visits('Kenyan Prime Minister Daniel Mwangi, visiting Peru this week, met Peruvian President Luis Soto.')).toContain('VISITED daniel mwangi|PER');
  });

  it('takes a country whose name can be an adjective when nothing follows it: "visit to New Zealand,"', () => {
    expect(visits("During Korean Prime Minister Park Min's ongoing visit to New Zealand, dairy exports led the talks.")).toEqual(['VISITED park min|NZL']);
  });
});

describe('a tour named by its count of countries (visited.move)', () => {
  it('takes the places listed after "including", not a country in the count\'s description', () => {
    expect(visits('Indian External Affairs Minister Ravi Menon is making official visits to six countries with close links to India including Kenya, Ghana, Nigeria and Senegal.')).toEqual([
      'VISITED ravi menon|GHA',
      'VISITED ravi menon|KEN',
      'VISITED ravi menon|NGA',
      'VISITED ravi menon|SEN',
    ]);
  });
});
