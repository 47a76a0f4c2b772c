import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriples } from '../../../src/extract/index.js';
import { facts, story, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const sectorsOf = (body: string, iso3: string) => facts(body).filter((k) => k.startsWith(`COOPERATES_ON ${iso3}|`)).map((k) => k.split('|')[1]).sort();

describe('cooperation phrasings and sector mapping', () => {
  it('maps a phrase to its most specific sector only', () => {
    expect(sectorsOf('Peru and Chile pledged on Monday to step up collaboration in civil nuclear power and AI research.', 'PER')).toEqual(['artificial-intelligence', 'nuclear-energy']);
    expect(sectorsOf('Peru and Chile signed an agreement on electricity exports on Monday.', 'PER')).toEqual(['energy']);
  });

  it('maps geothermal energy, e-payments, visa facilitation and quantum computing', () => {
    // (Mining alone is not critical minerals: the real-copy annotation notes map "mining and energy" to energy only.)
    expect(sectorsOf('Peru and Chile signed deals on Monday covering energy and mining.', 'PER')).toEqual(['energy']);
    expect(sectorsOf('Peru and Chile signed deals on Monday covering energy and lithium.', 'PER')).toEqual(['critical-minerals', 'energy']);
    expect(sectorsOf('Peru and Chile agreed to cooperate in geothermal energy, cross-border e-payments, visa facilitation and quantum computing.', 'CHL')).toEqual(['investment', 'migration', 'renewable-energy', 'technology']);
  });

  it('reads a cable that links power grids as energy', () => {
    expect(sectorsOf('Peru and Chile signed agreements on Monday to link their power grids through an undersea cable.', 'PER')).toEqual(['energy']);
    expect(sectorsOf('Peru and Chile signed agreements on Monday to protect undersea cables.', 'PER')).toEqual(['telecommunications']);
  });

  it('reads the sector named in an agreement\'s capitalised title', () => {
    expect(sectorsOf('Peru and Chile signed a Memorandum of Understanding on Cooperation in Cybersecurity on Monday.', 'PER')).toEqual(['cybersecurity']);
  });

  it('reads "inked deals on", "a roadmap for partnership in" and "a letter of intent on"', () => {
    expect(sectorsOf('Peru and Chile inked deals on fertilizer supply and vocational training on Monday.', 'CHL')).toEqual(['agriculture', 'education']);
    expect(sectorsOf('Peruvian President Ana Ruiz met Chilean President Luis Soto, and the two leaders agreed on a roadmap for deeper partnership in agriculture.', 'PER')).toEqual(['agriculture']);
    const ts = extractTriples(story('Peruvian Foreign Minister Ana Ruiz met her Chilean counterpart Luis Soto, and the two signed a letter of intent on joint drone production.'));
    expect(ts.some((t) => t.predicate === 'COOPERATES_ON' && t.subject.key === 'CHL' && t.object.key === 'defence')).toBe(true);
  });

  it('drops a sector whose accord is denied after it ("was not ready")', () => {
    const body = 'Peru and Chile signed agreements on fisheries on Monday. A separate accord covering civil aviation was not ready, officials said.';
    expect(sectorsOf(body, 'PER')).toEqual(['agriculture']);
  });

  it('leaves out a sector in an "as <person> …" clause after the agreement', () => {
    const body = 'Peru and Chile agreed to jointly build missiles, as President Ana Ruiz of Peru sought to secure energy supplies.';
    expect(sectorsOf(body, 'PER')).toEqual(['defence']);
  });

  it('counts one side\'s proposal to step up cooperation', () => {
    const body = 'Peruvian President Ana Ruiz met Chilean President Luis Soto on Monday. Ruiz proposed that the two sides step up cooperation in tourism.';
    expect(sectorsOf(body, 'CHL')).toEqual(['culture']);
  });

  it('does not take a company deal for cooperation between countries', () => {
    const body = 'Apex Batteries Ltd. agreed on Monday to buy lithium from Chilean producer Minera Andina SA, as the Peruvian battery maker expands. The two companies signed a memorandum of understanding to cooperate on research.';
    expect(facts(body).filter((k) => k.startsWith('COOPERATES'))).toEqual([]);
  });

  it('resolves "the two countries" to the countries of the people who just met', () => {
    const body = 'Peruvian President Ana Ruiz met Chilean President Luis Soto in Lima on Monday. Officials from the two countries signed a memorandum of understanding on fisheries.';
    expect(sectorsOf(body, 'CHL')).toEqual(['agriculture']);
    expect(facts(body)).toContain('COOPERATES_WITH PER|CHL');
  });
});
