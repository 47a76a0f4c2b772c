import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriples, extractTriplesWith, extractionRules } from '../../../src/extract/index.js';
import { story, warmUp } from '../helpers.js';

/** "rule PREDICATE subject|object" for every triple a story gives. */
const ruled = (body: string, rulesOff: string[] = []) =>
  (rulesOff.length ? extractTriplesWith(story(body), { rulesOff }) : extractTriples(story(body))).map((t) => `${t.rule} ${t.predicate} ${t.subject.key}|${t.object.key}`);

const TOKYO = 'TOKYO (Test Wire) -- ';
const MET = 'Japanese Prime Minister Taro Sato met Indian Prime Minister Ravi Kumar';
const ARRIVED = 'Indian Prime Minister Ravi Kumar arrived in Tokyo on Monday.';

// [finding id, a story written for it, a triple that finding id must give]
const CASES: [string, string, string][] = [
  ['met.verb', `${TOKYO}${MET} on Monday.`, 'met.verb MET taro sato|ravi kumar'],
  ['met.noun', `${TOKYO}Talks between Japanese Prime Minister Taro Sato and Indian Prime Minister Ravi Kumar ended on Monday.`, 'met.noun MET taro sato|ravi kumar'],
  ['met.remote', 'Japanese Prime Minister Taro Sato spoke by phone with Indian Prime Minister Ravi Kumar on Monday.', 'met.remote MET taro sato|ravi kumar'],
  ['visited.meeting-place', `${MET} in Tokyo on Monday.`, 'visited.meeting-place VISITED ravi kumar|JPN'],
  ['visited.dateline', `${TOKYO}${MET} on Monday.`, 'visited.dateline VISITED ravi kumar|JPN'],
  ['visited.guest', 'Japanese Prime Minister Taro Sato held talks with his visiting Indian counterpart Ravi Kumar on Monday.', 'visited.guest VISITED ravi kumar|JPN'],
  ['met.joint-action', `${TOKYO}Japanese Prime Minister Taro Sato and Indian Prime Minister Ravi Kumar agreed on Monday to deepen cooperation in defence.`, 'met.joint-action MET taro sato|ravi kumar'],
  ['visited.joint-action', `${TOKYO}Japanese Prime Minister Taro Sato and Indian Prime Minister Ravi Kumar agreed on Monday to deepen cooperation in defence.`, 'visited.joint-action VISITED ravi kumar|JPN'],
  ['met.signing', 'The accord was signed in Tokyo on Monday by Japanese Prime Minister Taro Sato and Indian Prime Minister Ravi Kumar.', 'met.signing MET taro sato|ravi kumar'],
  ['met.joined', `${MET} in Tokyo on Monday. Indian Foreign Minister Anil Rao, who was unable to travel, joined the talks by video link.`, 'met.joined MET anil rao|taro sato'],
  ['visited.attended', `${TOKYO}${MET} on Monday. The meeting was also attended by Indian Foreign Minister Anil Rao.`, 'visited.attended VISITED anil rao|JPN'],
  ['visited.arrival', `${ARRIVED}`, 'visited.arrival VISITED ravi kumar|JPN'],
  ['visited.move', 'Indian Prime Minister Ravi Kumar travelled to Tokyo on Monday.', 'visited.move VISITED ravi kumar|JPN'],
  ['visited.hosted', 'Japanese Prime Minister Taro Sato welcomed Indian Prime Minister Ravi Kumar to Japan on Monday.', 'visited.hosted VISITED ravi kumar|JPN'],
  ['visited.presence', 'Indian Prime Minister Ravi Kumar attended the G20 summit in Brazil on Monday.', 'visited.presence VISITED ravi kumar|BRA'],
  ['visited.trip', 'The final leg of the tour took Indian Prime Minister Ravi Kumar to Vietnam on Friday.', 'visited.trip VISITED ravi kumar|VNM'],
  ['visited.noun', 'The visit of Indian Prime Minister Ravi Kumar to Vietnam last month strengthened ties.', 'visited.noun VISITED ravi kumar|VNM'],
  ['visited.stay', 'Indian Prime Minister Ravi Kumar, who was in Tokyo on a three-day visit, said ties were strong.', 'visited.stay VISITED ravi kumar|JPN'],
  ['visited.act', 'Indian Prime Minister Ravi Kumar addressed a business forum in Tokyo on Monday.', 'visited.act VISITED ravi kumar|JPN'],
  ['visited.venue', `${MET} on Monday. The summit was held in Tokyo.`, 'visited.venue VISITED ravi kumar|JPN'],
  ['visited.accompanied', `${ARRIVED} Indian Foreign Minister Anil Rao accompanied Kumar.`, 'visited.accompanied VISITED anil rao|JPN'],
  ['visited.delegation', `${ARRIVED} The delegation accompanying Kumar, including Indian Trade Minister Sunil Das, visited a car plant.`, 'visited.delegation VISITED sunil das|JPN'],
  ['coop.with', `${TOKYO}Japanese Prime Minister Taro Sato and Indian Prime Minister Ravi Kumar agreed on Monday to deepen cooperation in defence.`, 'coop.with COOPERATES_WITH JPN|IND'],
  ['coop.on', `${TOKYO}Japanese Prime Minister Taro Sato and Indian Prime Minister Ravi Kumar agreed on Monday to deepen cooperation in defence.`, 'coop.on COOPERATES_ON IND|defence'],
  ['coop.with-hub', 'Cuba maintains medical brigades in Kenya, Ghana and Peru.', 'coop.with-hub COOPERATES_WITH CUB|GHA'],
  ['coop.on-hub', 'Cuba maintains medical brigades in Kenya, Ghana and Peru.', 'coop.on-hub COOPERATES_ON PER|health'],
  ['office.title', `${ARRIVED}`, 'office.title HOLDS_OFFICE ravi kumar|IND'],
];

describe('each rule, on sentences written for it', () => {
  beforeAll(warmUp, 60_000);

  it.each(CASES)('%s', (id, body, triple) => {
    expect(ruled(body)).toContain(triple);
    // Switched off by its id, the rule gives nothing under that id.
    expect(ruled(body, [id]).some((t) => t.startsWith(`${id} `))).toBe(false);
  });

  it('covers every finding id the registry lists', () => {
    const tested = new Set(CASES.map(([id]) => id));
    // met.group-agreement is pinned in registry.test.ts (it only runs when the cue rule finds nothing).
    tested.add('met.group-agreement');
    // The learned meeting scorer's own sentences are in test/extract/learned/meeting-pairs.test.ts.
    tested.add('met.learned');
    expect(extractionRules().flatMap((r) => r.emits).filter((id) => !tested.has(id))).toEqual([]);
  });
});

describe('what a rule must not read', () => {
  beforeAll(warmUp, 60_000);

  it.each([
    ['a planned meeting', `${TOKYO}Japanese Prime Minister Taro Sato will meet Indian Prime Minister Ravi Kumar next week.`],
    ['a denied meeting', `${TOKYO}Japanese Prime Minister Taro Sato denied a report that he had met Indian Prime Minister Ravi Kumar.`],
    ['a postponed visit', 'Indian Prime Minister Ravi Kumar\'s visit to Japan was postponed on Monday.'],
    ['two ministers of one country', `${TOKYO}Japanese Prime Minister Taro Sato met Japanese Foreign Minister Ken Ito on Monday.`],
  ])('%s gives no MET or VISITED', (_, body) => {
    expect(ruled(body).filter((t) => / (MET|VISITED) /.test(t))).toEqual([]);
  });
});
