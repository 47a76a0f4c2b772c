import { beforeAll, describe, expect, it } from 'vitest';
import { PersonRegistry } from '../../../src/extract/internal/people.js';
import { warmUp } from '../helpers.js';
import { titledPeople } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a name after "bin" is the father\'s', () => {
  it('keeps a one-word name apart from a longer name it only ends as a patronymic, in either order', () => {
    const a = new PersonRegistry();
    const king = a.register('Faisal', 0, 0);
    const prince = a.register('Hamza bin Faisal', 5, 1);
    expect(prince).not.toBe(king);
    expect(a.persons.map((p) => p.key)).toEqual(['faisal', 'hamza bin faisal']);
    const b = new PersonRegistry();
    b.register('Hamza bin Faisal', 0, 0);
    expect(b.register('Faisal', 5, 1).key).toBe('faisal');
    expect(b.findByWords(['faisal'])?.key).toBe('faisal');
  });

  it('still merges a one-word name that is the person\'s own', () => {
    const r = new PersonRegistry();
    const full = r.register('Hamza bin Faisal', 0, 0);
    expect(r.register('Hamza', 5, 1)).toBe(full);
    expect(r.findByWords(['hamza'])).toBe(full);
  });
});

describe('a father\'s name that is also a common word', () => {
  it('keeps "bin Said" inside the name', () => {
    expect(titledPeople('Bruneian Sultan Khalid bin Said welcomed Malaysian Foreign Minister Aziz Rahman on Tuesday.')).toEqual(['khalid bin said | Sultan', 'aziz rahman | Foreign Minister']);
  });
});
