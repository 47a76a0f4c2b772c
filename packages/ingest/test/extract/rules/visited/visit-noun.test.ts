import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

describe('a visit noun with its modifiers (visited.move)', () => {
  it('reads "his two-day official visit to X, <subject> …" as the subject\'s visit', () => {
    expect(visits("On his two-day official visit to Dhaka, Pakistan's Deputy Prime Minister and Foreign Minister Tariq Aziz arrived on Saturday.")).toEqual(['VISITED tariq aziz|BGD']);
    expect(visits('At a press conference after his two-day visit to the Chinese capital, Japanese Prime Minister Ken Sato said the talks went well.')).toEqual(['VISITED ken sato|CHN']);
  });

  it('reads a visit being ended as under way: "will end his six-day working visit to China today"', () => {
    expect(visits('Fijian Prime Minister Tevita Rabuka will end his six-day working visit to China today.')).toEqual(['VISITED tevita rabuka|CHN']);
    expect(visits('Fijian Prime Minister Tevita Rabuka will visit China next week.')).toEqual([]);
  });

  it('takes a country whose name can be an adjective when nothing follows it: "visit to New Zealand,"', () => {
    expect(visits("During Chinese Premier Wang Lei's ongoing visit to New Zealand, trade topped the agenda.")).toEqual(['VISITED wang lei|NZL']);
  });
});

describe('a tour named by its count of countries (visited.move)', () => {
  it('takes the places listed after "including", not a country in the count\'s description', () => {
    expect(visits('Chinese Foreign Minister Wang Wei is paying official visits to eight countries with strong ties to China including Fiji, Kiribati, Samoa and Tonga.')).toEqual([
      'VISITED wang wei|FJI',
      'VISITED wang wei|KIR',
      'VISITED wang wei|TON',
      'VISITED wang wei|WSM',
    ]);
  });
});
