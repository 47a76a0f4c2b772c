import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriples } from '../../../src/extract/index.js';
import { domainCountry } from '../../../src/extract/internal/person-country/inferred-home.js';
import { fact, story, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

/** Facts of a story with no dateline and a source that names no country, at the given address. */
function undated(body: string, url?: string): string[] {
  return extractTriples({ ...story(body, { source: 'unknown' }), ...(url ? { url } : {}) }).map(fact);
}

describe('the issuer of a story that names none', () => {
  it('is the country the text names most, leaving out the countries its titles mark', () => {
    const keys = undated('Prime Minister Ana Lind on Monday held talks with Brazilian President Joao Silva on trade. Sweden wants to double its exports to South America, the government said. Sweden and Brazil signed two agreements.');
    expect(keys).toContain('HOLDS_OFFICE ana lind|SWE');
    expect(keys).not.toContain('HOLDS_OFFICE ana lind|BRA');
  });

  it('is not where the story\'s traveller went', () => {
    const keys = undated('Prime Minister Ana Lind arrived in Norway on Monday for a two-day visit. Norway is a close partner, she said. Norway and Sweden share a long border, and Sweden buys Norwegian gas.');
    expect(keys).toContain('HOLDS_OFFICE ana lind|SWE');
    expect(keys).not.toContain('HOLDS_OFFICE ana lind|NOR');
  });

  it('is nobody on a tie', () => {
    const keys = undated('Foreign Minister Kofi Adjei said Ghana and Nigeria would sign a trade pact next month.');
    expect(keys.filter((k) => k.startsWith('HOLDS_OFFICE kofi adjei'))).toEqual([]);
  });

  it('is the country of the address\'s country-code domain when the story names it', () => {
    const keys = undated('Foreign Minister Kofi Adjei said Ghana and Nigeria would sign a trade pact next month.', 'https://news.example.gh/politics/trade-pact');
    expect(keys).toContain('HOLDS_OFFICE kofi adjei|GHA');
  });

  it('but not of a domain whose country the story never names', () => {
    const keys = undated('Foreign Minister Kofi Adjei said Kenya would sign a trade pact with Kenya\'s neighbours and with Brazilian firms.', 'https://news.example.gh/politics/trade-pact');
    expect(keys).toContain('HOLDS_OFFICE kofi adjei|KEN');
  });
});

describe('domainCountry', () => {
  it('reads a country-code domain, the United Kingdom\'s as "uk"', () => {
    expect(domainCountry('https://www.example.lk/news/1')).toBe('LKA');
    expect(domainCountry('http://example.co.uk/a?b=c')).toBe('GBR');
    expect(domainCountry('https://example.gh')).toBe('GHA');
  });

  it('reads no country from generic or worldwide-sold domains', () => {
    expect(domainCountry('https://www.example.com/news/1')).toBeUndefined();
    expect(domainCountry('https://example.tv/x')).toBeUndefined();
    expect(domainCountry('https://example.io/x')).toBeUndefined();
    expect(domainCountry(undefined)).toBeUndefined();
  });
});
