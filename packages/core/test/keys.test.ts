import { describe, expect, it } from 'vitest';
import { foldText, personKey, organizationKey } from '../src/index.js';

describe('person keys follow the contract', () => {
  it('folds accents and special letters', () => {
    expect(personKey('Radosław Sikorski')).toBe('radoslaw sikorski');
    expect(personKey('Phạm Minh Chính')).toBe('pham minh chinh');
    expect(personKey('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
    expect(personKey('Péter Szijjártó')).toBe('peter szijjarto');
    expect(foldText('Straße Ørsted Đorđe')).toBe('strasse orsted dorde');
  });
  it('drops honorifics but keeps Sheikh', () => {
    expect(personKey('Sir Keir Starmer')).toBe('keir starmer');
    expect(personKey('Dr. S. Jaishankar')).toBe('s. jaishankar');
    expect(personKey('The Rt Hon Winston Peters')).toBe('winston peters');
    expect(personKey('Hon Winston Peters')).toBe('winston peters');
    expect(personKey('H.E. Mohamed Muizzu')).toBe('mohamed muizzu');
    expect(personKey('Smt. Droupadi Murmu')).toBe('droupadi murmu');
    expect(personKey('Sheikh Hasina')).toBe('sheikh hasina');
  });
  it('does not take a name that starts like an honorific for one', () => {
    expect(personKey('Dame Judi Dench')).toBe('judi dench');
    expect(personKey('Sirisena Maithripala')).toBe('sirisena maithripala');
    expect(personKey('Hong Lei')).toBe('hong lei');
  });
  it('folds organisations to lower case', () => {
    expect(organizationKey('European Union')).toBe('european union');
  });
});
