import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a list of leaders who met, one named with a country\'s possessive', () => {
  const body = "Indian Prime Minister Ravi Kumar, US President John Miller and Australia's newly elected Prime Minister Tom Baker met in Tokyo on Tuesday.";

  it('pairs every leader of the list, not only those next to the verb', () => {
    const keys = facts(body);
    expect(hasSymmetric(keys, 'MET', 'ravi kumar', 'john miller')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'john miller', 'tom baker')).toBe(true);
  });

  it('places every one of them at the meeting', () => {
    const keys = facts(body);
    expect(keys).toContain('VISITED ravi kumar|JPN');
    expect(keys).toContain('VISITED john miller|JPN');
  });
});

describe('a list whose last leader is named after a hyphenated modifier or a written-out office', () => {
  it('reads "and Canada\'s newly-elected Prime Minister X" as one more of the list', () => {
    const keys = facts("Indian Prime Minister Ravi Kumar, US President John Miller, Japanese Prime Minister Kenji Sato and Canada's newly-elected Prime Minister Tom Baker met in Tokyo on Tuesday.");
    expect(hasSymmetric(keys, 'MET', 'ravi kumar', 'john miller')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'kenji sato', 'ravi kumar')).toBe(true);
  });

  it('reads "and the European Council President X" after a list of partners', () => {
    const keys = facts('Armenian Prime Minister Aram Petrosyan met French President Luc Moreau, German Chancellor Hans Weber, and the European Council President Karel Janssens in Granada last month.');
    expect(hasSymmetric(keys, 'MET', 'aram petrosyan', 'karel janssens')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'aram petrosyan', 'hans weber')).toBe(true);
  });

  it('does not join a name after "and" with a verb in between', () => {
    const keys = facts('Armenian Prime Minister Aram Petrosyan met French President Luc Moreau, and the European Council said President Karel Janssens would follow.');
    expect(hasSymmetric(keys, 'MET', 'aram petrosyan', 'karel janssens')).toBe(false);
  });
});

describe('two delegations named as a list with "and their counterparts"', () => {
  const body = 'Japanese Foreign Minister Kenji Sato, Defence Minister Taro Ono, and their Australian counterparts, Jane Carter and Tom Baker, held a two-plus-two meeting in Tokyo on Monday.';

  it('pairs each minister with the other side', () => {
    const keys = facts(body);
    expect(hasSymmetric(keys, 'MET', 'kenji sato', 'jane carter')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'taro ono', 'tom baker')).toBe(true);
  });

  it('does not pair colleagues of one delegation', () => {
    expect(hasSymmetric(facts(body), 'MET', 'kenji sato', 'taro ono')).toBe(false);
  });
});

describe('a list of partners each with their own day', () => {
  it('reads "A met B on Thursday and C on Wednesday" as two meetings of A\'s', () => {
    const keys = facts('Japanese Foreign Minister Kenji Sato met with Chinese President Li Wei on Thursday and Premier Zhang Min on Wednesday in Beijing.');
    expect(hasSymmetric(keys, 'MET', 'kenji sato', 'li wei')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'kenji sato', 'zhang min')).toBe(true);
  });
});
