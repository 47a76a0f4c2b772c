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

  it('few-country-title: a title few states use takes the one the story names', () => {
    expect(verdicts('Chancellor Hans Weber met French President Marie Dubois in Berlin on Monday.')).toEqual(['hans weber=DEU (few-country-title)']);
  });

  it('where-host: the one met "where" a traveller flew is at home there', () => {
    expect(verdicts('Japanese Foreign Minister Taro Sato flew to Jakarta on Monday, where he will hold talks with Foreign Minister Budi Santoso.')).toEqual(['budi santoso=IDN (where-host)']);
  });

  it('side: an official "on the Kenyan side"', () => {
    expect(verdicts('The talks in Lusaka were attended on the Kenyan side by Trade Minister Peter Otieno.')).toEqual(['peter otieno=KEN (side)']);
  });

  it('companion: one who arrived with a leader is of the leader\'s country', () => {
    expect(verdicts('Trade Minister Anna Berg, who arrived with Swedish Prime Minister Lars Holm, said the talks went well.')).toEqual(['anna berg=SWE (companion)']);
  });

  it('story-role: one who speaks in a place and is not said to travel is at home there', () => {
    expect(verdicts('Finance Minister Jae Park said in Seoul on Monday that the economy was recovering.')).toEqual(['jae park=KOR (story-role:spoke-in)']);
  });

  it('story-role: the host of a visitor to the dateline place is the dateline\'s', () => {
    expect(verdicts('NAIROBI (Test Wire) -- Brazilian President Carlos Lima arrived in Nairobi on Monday. Lima held talks with President Paul Mwangi.')).toEqual(['paul mwangi=KEN (story-role:issuer-or-met-destination)']);
  });

  it('met-visitor-in-place: one who meets a foreign leader in a named place is at home there', () => {
    expect(verdicts('Foreign Secretary John Smith met Indian Prime Minister Ravi Kumar in London on Monday.')).toEqual(['john smith=GBR (met-visitor-in-place)']);
  });

  it('welcomer: one who receives a traveller at the airport is at home where the traveller went', () => {
    expect(verdicts('Brazilian President Carlos Lima arrived in Nairobi on Monday for a three-day visit. He was received at the airport by Interior Minister Paul Mwangi.')).toEqual(['paul mwangi=KEN (welcomer)']);
  });

  it('a dateline that is only a venue gives way to the agency\'s country', () => {
    const body = 'NEW YORK (KUNA) -- Kuwaiti Foreign Minister Salem Al-Sabah took part on Monday in the UN General Assembly in New York. Al-Sabah met Trade Minister Peter Otieno on the sidelines.';
    expect(verdicts(body)).toEqual(['peter otieno=KWT (story-role:issuer-or-met-destination+venue-is-abroad)']);
  });

  it('delegation pass: one who accompanied a leader is of the leader\'s country', () => {
    expect(verdicts('Swedish Prime Minister Lars Holm visited Ghana on Monday. He was accompanied by Trade Minister Anna Berg.')).toEqual(['anna berg=SWE (delegation:joined-by)']);
  });
});
