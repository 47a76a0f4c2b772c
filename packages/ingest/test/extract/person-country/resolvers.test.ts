import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../../src/extract/internal/story.js';
import { COUNTRY_RESOLVERS } from '../../../src/extract/internal/person-country/resolvers.js';
import { story, warmUp } from '../helpers.js';

/** "key=ISO3 (reason)" for every person the person-country stage placed. */
const verdicts = (body: string, source?: string) => [...readStory(story(body, { source })).countries].map(([p, v]) => `${p.key}=${v.country} (${v.reason})`);

describe('the person-country resolvers', () => {
  beforeAll(warmUp, 60_000);

  it('are asked in a fixed order, each with its own id', () => {
    const ids = COUNTRY_RESOLVERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('few-country-title');
  });

  // [what the resolver reads, a story written for it, the verdict with its reason]
  const cases: [string, string, string][] = [
  [
    'few-country-title: a title few states use takes the one the story names',
    'Chancellor Hans Weber met French President Marie Dubois in Berlin on Monday.',
    'hans weber=DEU (few-country-title)',
  ],
  [
    'where-host: the one met "where" a traveller flew is at home there',
    'Japanese Foreign Minister Taro Sato flew to Jakarta on Monday, where he will hold talks with Foreign Minister Budi Santoso.',
    'budi santoso=IDN (where-host)',
  ],
  [
    'side: an official "on the Kenyan side"',
    'The talks in Lusaka were attended on the Kenyan side by Trade Minister Peter Otieno.',
    'peter otieno=KEN (side)',
  ],
  [
    'companion: one who arrived with a leader is of the leader\'s country',
    'Trade Minister Anna Berg, who arrived with Swedish Prime Minister Lars Holm, said the talks went well.',
    'anna berg=SWE (companion)',
  ],
  [
    'story-role: one who speaks in a place and is not said to travel is at home there',
    'Finance Minister Jae Park said in Seoul on Monday that the economy was recovering.',
    'jae park=KOR (story-role:spoke-in)',
  ],
  [
    'story-role: the host of a visitor to the dateline place is the dateline\'s',
    'NAIROBI (Test Wire) -- Brazilian President Carlos Lima arrived in Nairobi on Monday. Lima held talks with President Paul Mwangi.',
    'paul mwangi=KEN (story-role:issuer-or-met-destination)',
  ],
  [
    'met-visitor-in-place: one who meets a foreign leader in a named place is at home there',
    'Foreign Secretary John Smith met Indian Prime Minister Ravi Kumar in London on Monday.',
    'john smith=GBR (met-visitor-in-place)',
  ],
  [
    'welcomer: one who receives a traveller at the airport is at home where the traveller went',
    'Brazilian President Carlos Lima arrived in Nairobi on Monday for a three-day visit. He was received at the airport by Interior Minister Paul Mwangi.',
    'paul mwangi=KEN (welcomer)',
  ],
  [
    'a dateline that is only a venue gives way to the agency\'s country',
    'NEW YORK (KUNA) -- Kuwaiti Foreign Minister Salem Al-Sabah took part on Monday in the UN General Assembly in New York. Al-Sabah met Trade Minister Peter Otieno on the sidelines.',
    'peter otieno=KWT (story-role:issuer-or-met-destination+venue-is-abroad)',
  ],
  [
    'delegation pass: one who accompanied a leader is of the leader\'s country',
    'Swedish Prime Minister Lars Holm visited Ghana on Monday. He was accompanied by Trade Minister Anna Berg.',
    'anna berg=SWE (delegation:joined-by)',
  ],
  ];
  it.each(cases)('%s', (_, body, verdict) => {
    expect(verdicts(body)).toEqual([verdict]);
  });
});
