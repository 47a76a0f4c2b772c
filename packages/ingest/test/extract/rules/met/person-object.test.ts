import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriplesWith } from '../../../../src/extract/index.js';
import { fact, facts, hasSymmetric, story, warmUp } from '../../helpers.js';

/** The facts the rules alone give (the learned scorer, which may add a pair on its own, off). */
const ruleFacts = (body: string) => extractTriplesWith(story(body), { rulesOff: ['met.learned'] }).map(fact);

beforeAll(() => warmUp(), 120_000);

describe('a visit paid to a person is a meeting with them', () => {
  it('reads "X visited Vice President Y at his residence"', () => {
    const keys = facts('Kenyan President Daniel Otieno visited Nigerian Vice President Musa Bello at his official residence in Abuja on Sunday.');
    expect(hasSymmetric(keys, 'MET', 'daniel otieno', 'musa bello')).toBe(true);
  });

  it('reads "paid courtesy visits to X and Y"', () => {
    const keys = ruleFacts('Lao Prime Minister Somsak Keola paid courtesy visits to Cambodian Senate President Chea Sophal and Cambodian King Norodom Vichet in Phnom Penh.');
    expect(hasSymmetric(keys, 'MET', 'somsak keola', 'chea sophal')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'somsak keola', 'norodom vichet')).toBe(true);
  });

  it('does not read a visit to a place named after a person', () => {
    const keys = facts('Kenyan President Daniel Otieno visited the tomb of Nigerian President Musa Bello in Abuja on Sunday.');
    expect(hasSymmetric(keys, 'MET', 'daniel otieno', 'musa bello')).toBe(false);
  });
});

describe('a discussion held with a person is a meeting with them', () => {
  it('reads "X discussed <topics> with Y"', () => {
    const keys = facts('US Secretary of State Carlos Rojas discussed trade and climate change with Mexican Foreign Minister Ana Flores on 30 June.');
    expect(hasSymmetric(keys, 'MET', 'carlos rojas', 'ana flores')).toBe(true);
  });

  it('reads a topic with its own commas before "with visiting Y"', () => {
    const keys = facts("Poland's President Jan Nowak on Thursday discussed regional security as well as the alliance's July summit, due to be held in Oslo, with visiting Romanian President Mihai Popescu.");
    expect(hasSymmetric(keys, 'MET', 'jan nowak', 'mihai popescu')).toBe(true);
  });

  it('does not read a "with" in a later clause', () => {
    const keys = facts('US Secretary of State Carlos Rojas discussed trade, which he called central to the ties with Mexican Foreign Minister Ana Flores.');
    expect(hasSymmetric(keys, 'MET', 'carlos rojas', 'ana flores')).toBe(false);
  });
});

describe('an audience granted to a person, and a call placed to one, are meetings', () => {
  it('reads "X granted an audience to Y"', () => {
    const keys = ruleFacts("Angolan President Paulo Neto on Friday granted an audience to South Africa's Minister for International Relations, Sipho Dlamini, in Luanda.");
    expect(hasSymmetric(keys, 'MET', 'paulo neto', 'sipho dlamini')).toBe(true);
  });

  it('reads "he was granted a royal audience of King Y"', () => {
    const keys = ruleFacts('Chinese Foreign Minister Li Wei arrived in Tonga on Monday. He was granted a royal audience of His Majesty King Tupou Tevita on Tuesday.');
    expect(hasSymmetric(keys, 'MET', 'li wei', 'tupou tevita')).toBe(true);
  });

  it('reads "X called Y to congratulate him", a call that places nobody', () => {
    const keys = ruleFacts('Indian Prime Minister Ravi Kapoor called Bhutanese Prime Minister Dorji Wangchuk to congratulate him after the elections.');
    expect(hasSymmetric(keys, 'MET', 'ravi kapoor', 'dorji wangchuk')).toBe(true);
    expect(keys.some((k) => k.startsWith('VISITED'))).toBe(false);
  });

  it('reads "in a phone call to Y, the premier …"', () => {
    const keys = ruleFacts('Pakistani Prime Minister Imran Qadir spoke in Lahore on Monday. Qadir praised the ties. Meanwhile, in a phone call to Turkish President Mehmet Yilmaz, the premier underscored historical relations.');
    expect(hasSymmetric(keys, 'MET', 'imran qadir', 'mehmet yilmaz')).toBe(true);
  });

  it('does not read "was called" or an audience granted to no person', () => {
    expect(hasSymmetric(ruleFacts('Indian Prime Minister Ravi Kapoor was called a friend by Bhutanese Prime Minister Dorji Wangchuk.'), 'MET', 'ravi kapoor', 'dorji wangchuk')).toBe(false);
    expect(hasSymmetric(ruleFacts('Angolan President Paulo Neto granted an audience to the press, and South African minister Sipho Dlamini spoke later.'), 'MET', 'paulo neto', 'sipho dlamini')).toBe(false);
  });
});

describe('a bilateral with a person is a meeting with them', () => {
  it('reads "PM X also had a bilateral with Y"', () => {
    const keys = ruleFacts('At the summit in Washington, Fijian Prime Minister Joni Vula also had a bilateral with US President Tom Walker.');
    expect(hasSymmetric(keys, 'MET', 'joni vula', 'tom walker')).toBe(true);
  });

  it('reads the headline "X bilat with Y on the sidelines"', () => {
    const keys = ruleFacts("New Zealand Prime Minister Mark Hale bilat with Samoa PM Lupe Tuala on the sidelines of the forum.");
    expect(hasSymmetric(keys, 'MET', 'mark hale', 'lupe tuala')).toBe(true);
  });

  it('does not read "bilateral" as an adjective ("bilateral trade with X")', () => {
    const keys = ruleFacts('Fijian Prime Minister Joni Vula praised bilateral trade with the country of US President Tom Walker.');
    expect(hasSymmetric(keys, 'MET', 'joni vula', 'tom walker')).toBe(false);
  });
});
