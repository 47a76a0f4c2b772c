import { beforeAll, describe, expect, it } from 'vitest';
import { countries, foldText } from '@wiregraph/core';
import { placeTrie } from '../../../src/extract/internal/gazetteer.js';
import { phraseWords } from '../../../src/extract/internal/lexicon.js';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

function place(phrase: string): string | undefined {
  const ws = phraseWords(phrase, foldText);
  const m = placeTrie().match((k) => ws[k], 0);
  return m && m.length === ws.length ? m.value.iso3 : undefined;
}

describe('country adjectives', () => {
  it('knows the adjectives world-countries gives only as nouns (Icelandic, Bosnian, Ecuadorian …)', () => {
    expect(place('Icelandic')).toBe('ISL');
    expect(place('Luxembourgish')).toBe('LUX');
    expect(place('Bosnian')).toBe('BIH');
    expect(place('Kyrgyz')).toBe('KGZ');
    expect(place('Ecuadorian')).toBe('ECU');
    expect(place('Cape Verdean')).toBe('CPV');
  });

  it('maps every demonym of world-countries to a country (its own unless a bigger state shares it)', () => {
    const shared = new Set(['French', 'Dutch', 'Congolese', 'Dominican', 'Indian', 'American', 'Norwegian', 'Channel Islander', 'Virgin Islander']);
    for (const c of countries()) for (const d of c.demonyms) if (!shared.has(d)) expect(place(d), d).toBe(c.iso3);
  });

  it('gives a counterpart named by an adjective the right country, not the agency\'s', () => {
    const keys = facts('OSLO, May 2 (Reuters) - Danish Prime Minister Eva Holm and her Icelandic counterpart Anna Jonsdottir agreed on Tuesday to step up cooperation on fisheries.', { source: 'Reuters', date: '2025-05-02' });
    expect(keys).toContain('HOLDS_OFFICE anna jonsdottir|ISL');
    expect(keys).toContain('COOPERATES_WITH DNK|ISL');
    expect(keys.some((k) => k.includes('GBR'))).toBe(false);
  });
});

describe('styles and ranks before a name', () => {
  it('drops Malaysian styles and military ranks from the key, like Sir and Dr', () => {
    const keys = facts('Malaysian Defence Minister Datuk Seri Ahmad Zaki met his Thai counterpart, General Somchai Wong, in Kuala Lumpur on Monday.');
    expect(keys).toContain('HOLDS_OFFICE ahmad zaki|MYS');
    expect(keys).toContain('HOLDS_OFFICE somchai wong|THA');
    expect(keys).toContain('MET ahmad zaki|somchai wong');
  });

  it('drops "Tan Sri", "Dato\'" and "Admiral" but keeps Sheikh', () => {
    expect(facts("Malaysian Foreign Minister Tan Sri Ahmad Zaki met Qatari Prime Minister Sheikh Hamad Al Thani in Doha.")).toContain('MET ahmad zaki|sheikh hamad al thani');
    expect(facts("Malaysian Home Minister Dato' Ahmad Zaki met Thai Defence Minister Admiral Somchai Wong in Bangkok.")).toContain('MET ahmad zaki|somchai wong');
  });

  it('keeps a given name that is also a style elsewhere ("Gen Nakatani"), but drops "Gen." with its period', () => {
    expect(facts('Japanese Defence Minister Gen Tanaka met Thai Defence Minister Gen. Somchai Wong in Tokyo.')).toContain('MET gen tanaka|somchai wong');
  });

  it('leaves a post that begins with a rank word alone ("General Secretary")', () => {
    expect(facts('Vietnamese General Secretary Van Long met Brazilian President Ana Silva in Brasilia.')).toContain('MET van long|ana silva');
  });
});
