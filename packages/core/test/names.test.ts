import { describe, expect, it } from 'vitest';
import { cleanPersonName, isFusedPair, keysNaming, nameRelation, parseName, sameSpelling } from '../src/index.js';
import { DIFFERENT_PEOPLE, SAME_PERSON } from './fixtures/name-pairs.js';

describe('written name pairs across naming customs', () => {
  it('has at least 40 pairs of each kind', () => {
    expect(SAME_PERSON.length).toBeGreaterThanOrEqual(40);
    expect(DIFFERENT_PEOPLE.length).toBeGreaterThanOrEqual(40);
  });
  it.each(SAME_PERSON)('$a ~ $b ($custom)', ({ a, b }) => {
    expect(nameRelation(a, b)).not.toBeNull();
    expect(nameRelation(b, a)?.kind).toBe(nameRelation(a, b)?.kind);
  });
  it.each(DIFFERENT_PEOPLE)('$a ≁ $b ($custom)', ({ a, b }) => {
    expect(nameRelation(a, b)).toBeNull();
  });
});

describe('name relations say how strong the evidence is', () => {
  it('the same full name written another way is strong', () => {
    expect(nameRelation('kim jong un', 'kim jong-un')).toMatchObject({ kind: 'same-spelling', strong: true });
    expect(nameRelation('sergei lavrov', 'sergey lavrov')).toMatchObject({ kind: 'transliteration', strong: true });
    expect(nameRelation('suga yoshihide', 'yoshihide suga')).toMatchObject({ kind: 'name-order', strong: true });
  });
  it('a shorter form is weak, and names the shorter side', () => {
    expect(nameRelation('abdel fattah al-sisi', 'sisi')).toMatchObject({ kind: 'surname', strong: false, shorter: 'sisi' });
    expect(nameRelation('s jaishankar', 'subrahmanyam jaishankar')).toMatchObject({ kind: 'initials', strong: false });
    expect(nameRelation('tayyip erdogan', 'recep tayyip erdogan')).toMatchObject({ kind: 'last-names', strong: false });
    expect(nameRelation('abdullah', 'abdullah ii')).toMatchObject({ kind: 'regnal-name', strong: false });
    expect(nameRelation('machy sall', 'macky sall')).toMatchObject({ kind: 'misspelling', strong: false });
  });
  it('reads the Arabic q and k as one letter, but not pinyin\'s q', () => {
    expect(nameRelation('khalid bin tariq', 'khalid bin tarik')).toMatchObject({ kind: 'transliteration', strong: true });
    expect(nameRelation('qasim nurali', 'kasim nurali')).toMatchObject({ kind: 'transliteration', strong: true });
    expect(nameRelation('qin wenbo', 'kin wenbo')).toBeNull();
  });
  it('reads a one-word name that starts a longer one as a given name (weak), even beside a Jr, never beside a king', () => {
    expect(nameRelation('ramon', 'ramon dalisay tolentino jr')).toMatchObject({ kind: 'given-name', strong: false, shorter: 'ramon' });
    expect(nameRelation('amina', 'amina bello')).toMatchObject({ kind: 'given-name', strong: false });
    expect(nameRelation('faris', 'talal bin faris ii')).toBeNull();
    expect(nameRelation('tolentino', 'ramon dalisay tolentino jr')).toBeNull();
  });
  it('never joins through a patronymic, a regnal number or a one-letter given name', () => {
    expect(nameRelation('salman', 'mohammed bin salman')).toBeNull();
    expect(nameRelation('mohammed vi', 'mahathir mohamad')).toBeNull();
    expect(nameRelation('s j', 's jaishankar')).toBeNull();
  });
  it('reads a nasab written shorter as a short form (weak): the fathers a prefix of the chain, a family name added or not', () => {
    expect(nameRelation('faris bin nadir', 'faris bin nadir bin khalid al haddad')).toMatchObject({ kind: 'short-form', strong: false, shorter: 'faris bin nadir' });
    expect(nameRelation('faris bin nadir al haddad', 'faris bin nadir bin khalid al haddad')).toMatchObject({ kind: 'short-form', strong: false });
    expect(nameRelation('faris bin nadir al haddad', 'faris bin nadir bin khalid al qasimi')).toBeNull();
    expect(nameRelation('faris bin nadir', 'faris bin khalid bin nadir')).toBeNull();
    expect(nameRelation('faris nadir', 'faris bin khalid bin nadir')).toBeNull();
    expect(nameRelation('faris khalid', 'faris bin khalid bin nadir')).toMatchObject({ kind: 'short-form' });
    expect(nameRelation('faris haddad', 'faris bin nadir bin khalid al haddad')).toMatchObject({ kind: 'short-form' });
  });
  it('reads a father’s name of two words as one forebear', () => {
    expect(nameRelation('sidi ould moktar', 'sidi ould bah moktar')).toMatchObject({ kind: 'short-form', strong: false });
    expect(nameRelation('sidi ould moktar', 'sidi ould bah ould moktar')).toBeNull();
  });
  it('never turns a nasab round, nor reads a father and the family name as the son', () => {
    expect(nameRelation('khalid bin faris', 'faris bin khalid')).toBeNull();
    expect(nameRelation('nadir al haddad', 'faris bin nadir al haddad')).toBeNull();
    expect(nameRelation('ben ali', 'zine el abidine ben ali')).toMatchObject({ kind: 'last-names' });
  });
  it('reads an Arabic compound in one word or two, and ibn as bin', () => {
    expect(nameRelation('salim bin abdulkarim', 'salim bin abdul karim al harbi')).toMatchObject({ kind: 'short-form', strong: false });
    expect(nameRelation('salim bin abdul karim', 'salim bin abdulkarim')).toMatchObject({ kind: 'same-spelling', strong: true });
    expect(nameRelation('salim bin abd al-karim', 'salim bin abdel karim')).toMatchObject({ kind: 'transliteration', strong: true });
    expect(nameRelation('omar ibn khalid', 'omar bin khalid')).toMatchObject({ kind: 'transliteration', strong: true });
    expect(nameRelation('salim bin abdul karim', 'salim bin abdul wahid')).toBeNull();
    expect(parseName('salim bin abdul karim al harbi').fathers).toEqual(['abdul', 'abdulkarim']);
  });
  it('reads digits as no name (synthetic keys never spell alike)', () => {
    expect(sameSpelling('1', '11')).toBe(false);
    expect(nameRelation('person 4 surname4', 'person 489 surname4')).toBeNull();
  });
});

describe('cleaning a person mention (contract v1.1)', () => {
  const key = (n: string) => {
    const r = cleanPersonName(n);
    return r.ok ? r.key : `(${r.reason})`;
  };
  it('strips ranks, styles and royal titles as it strips honorifics', () => {
    expect(key('Samdech Moha Borvor Thipadei Hun Manet')).toBe('hun manet');
    expect(key('Md Touhid Hossain')).toBe('touhid hossain');
    expect(key('Sayyid Badr Albusaidi')).toBe('badr albusaidi');
    expect(key('Professor David J Francis')).toBe('david j francis');
    expect(key('His Excellency Cyril Ramaphosa')).toBe('cyril ramaphosa');
    expect(key('King Charles III')).toBe('charles iii');
    expect(key('Tun Dr Mahathir Mohamad')).toBe('mahathir mohamad');
    expect(key('HH Sheikh Tamim bin Hamad Al-Thani')).toBe('sheikh tamim bin hamad al-thani');
  });
  it('strips a style written after a prefix of rank that stays in the key', () => {
    expect(key('Sheikh Dr Nasser Hamad al-Rumaithi')).toBe('sheikh nasser hamad al-rumaithi');
    expect(key('Tengku Datuk Seri Amran Yusof')).toBe('tengku amran yusof');
    expect(key('Sheikh Sultan Faris al-Mazrui')).toBe('sheikh faris al-mazrui');
    // A style that is also a given name stays when only one name word would follow it.
    expect(key('Sheikh Sultan al-Mazrui')).toBe('sheikh sultan al-mazrui');
    expect(key('Sheikh Dr Rumaithi')).toBe('sheikh rumaithi');
  });
  it('strips a style for an office not yet taken ("-elect", "-designate")', () => {
    expect(key('President-elect Marta Oyelaran Vidal')).toBe('marta oyelaran vidal');
    expect(key('Prime Minister-designate Tomas Reyna')).toBe('tomas reyna');
    expect(key('President elect Ana Duro')).toBe('ana duro');
  });
  it('keeps a style that is also a given name when only one name word would be left', () => {
    expect(key('Sultan Al Jaber')).toBe('sultan al jaber');
    expect(key('Gen Nakatani')).toBe('gen nakatani');
    expect(key('Sheikh Hasina')).toBe('sheikh hasina');
  });
  it('strips caption tails and post-nominals', () => {
    expect(key('Fumio Kishida photo')).toBe('fumio kishida');
    expect(key('Richard Marles MP')).toBe('richard marles');
    expect(key('Co-operation Sheikh Abdullah bin Zayed')).toBe('sheikh abdullah bin zayed');
  });
  it('says why a capitalised common noun, a country fragment or a building is no person', () => {
    for (const w of ['Embassy', 'Change', 'Forestry', 'Water', 'Climate', 'Communication', 'Press', 'General', 'Delegate', 'Echo', 'Extraordinary', 'African Cooperation'])
      expect(key(w)).toBe('(common-noun)');
    expect(key('Leste')).toBe('(country-name)');
    expect(key('Timor-Leste')).toBe('(country-name)');
    expect(key('KH')).toBe('(too-short)');
    expect(key('Blue House')).toBe('(place-or-body)');
    expect(key('Professor')).toBe('(only-a-title)');
  });
});

describe('two names run together', () => {
  const story = ['mohammed bin salman', 'adel abdul mahdi', 'mohammed bin salman adel abdul mahdi', 'nana akufo-addo', 'nana addo dankwa akufo-addo', 'akufo-addo'];
  const fused = (k: string) => isFusedPair(k, (part) => keysNaming(part, story.filter((x) => x !== k)));
  it('is a key whose first words name one person and the rest another', () => {
    expect(fused('mohammed bin salman adel abdul mahdi')).toBe(true);
  });
  it('is not a long name whose parts name the same person', () => {
    expect(fused('nana addo dankwa akufo-addo')).toBe(false);
    expect(fused('mohammed bin salman')).toBe(false);
  });
});
