import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('untitled people introduced by a possessive country', () => {
  it('makes "Peru\'s Ana Maria Ruiz" a person of Peru who can meet and visit', () => {
    const keys = facts("President Luis Arce hosted Peru's Ana Maria Ruiz for talks in La Paz on Monday. Ruiz later toured a lithium plant.");
    expect(hasSymmetric(keys, 'MET', 'luis arce', 'ana maria ruiz')).toBe(true);
    expect(keys).toContain('VISITED ana maria ruiz|BOL');
  });

  it('titles the untitled person when the story later calls them "the <demonym> president"', () => {
    const keys = facts("Bolivian President Luis Arce and Peru's Ana Maria Ruiz agreed on Monday to cooperate on fisheries. The Peruvian president arrived in La Paz on Sunday. Ruiz said the talks were useful.");
    expect(keys).toContain('HOLDS_OFFICE ana maria ruiz|PER');
  });

  it('does not take an organisation or a programme after a possessive country for a person', () => {
    const body = "Chile's Central Bank raised rates on Monday, and Peru's Coast Guard Command said Japan's Maritime Self-Defense Force would visit. The Central Bank and the Coast Guard Command gave no details.";
    const keys = facts(body);
    expect(keys.some((k) => /central bank|coast guard|self-defense/.test(k))).toBe(false);
  });

  it('needs the story to name the person again before it trusts an untitled possessive run', () => {
    expect(facts("Officials from Peru's Rio Blanco Mining met President Luis Arce in La Paz on Monday.").some((k) => k.includes('rio blanco'))).toBe(false);
  });
});

describe('an office after the name with a possessive country', () => {
  it('gives "X, Peru\'s president since 2024," the office, also for a one-word short form', () => {
    const body = "President Luis Arce hosted Peru's Ana Maria Ruiz for talks in La Paz. Ruiz, Peru's president since January last year, arrived on Sunday.";
    expect(facts(body)).toContain('HOLDS_OFFICE ana maria ruiz|PER');
  });

  it('reads a compound head such as "Prime Cabinet Secretary" in the appositive', () => {
    expect(facts('On Thursday, Paul Otieno Wekesa, Kenya\'s Prime Cabinet Secretary, held talks with Ghanaian Foreign Minister Kofi Mensah in Nairobi.')).toContain('HOLDS_OFFICE paul otieno wekesa|KEN');
  });

  it('does not read a short form before a list of titled names as an appositive', () => {
    const body = 'Prime Minister Rahul Mehta arrived in Lima on Friday. On Saturday, Mehta, Peruvian President Ana Ruiz and Chilean President Luis Soto met for a regional summit.';
    const keys = facts(body);
    expect(keys).not.toContain('HOLDS_OFFICE rahul mehta|PER');
    expect(keys).toContain('HOLDS_OFFICE ana ruiz|PER');
  });
});

describe('an outgoing holder whom a leader-elect succeeds', () => {
  it('keeps the office of "outgoing President X" and gives it the successor\'s country', () => {
    const body = "Jakarta (ANTARA) - Indonesian President Budi Santoso spoke by phone on Monday with Peru's president-elect, Ana Maria Ruiz. Ruiz will be sworn in on July 28, succeeding outgoing President Luis Vera.";
    expect(facts(body)).toContain('HOLDS_OFFICE luis vera|PER');
  });

  it('still gives no office to a predecessor the text does not call outgoing', () => {
    const body = "Jakarta (ANTARA) - Peru's President Ana Maria Ruiz took office in July, succeeding President Luis Vera.";
    expect(facts(body).some((k) => k.startsWith('HOLDS_OFFICE luis vera'))).toBe(false);
  });
});

describe('an appositive office inside a delegation list', () => {
  it('gives "The <demonym> delegation included X, <title>" that delegation\'s country', () => {
    const body = 'ABU DHABI (WAM) -- The UAE President received Kenyan President Paul Otieno in Abu Dhabi on Monday. The Kenyan delegation included Grace Wanjiru, Prime Cabinet Secretary.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE grace wanjiru|KEN');
    expect(keys).not.toContain('HOLDS_OFFICE grace wanjiru|ARE');
  });
});

describe('companies after a possessive country', () => {
  it('does not take "Korea\'s Samsung Electronics" or "Japan\'s Toyota Motor" for people, even when named again', () => {
    const keys = facts("Japan's Toyota Motor and South Korea's Samsung Electronics met President Ana Ruiz in Lima on Monday. Toyota and Samsung gave no figures.");
    expect(keys.some((k) => /toyota|samsung/.test(k))).toBe(false);
  });
});
