// One story through every stage: preparation, scene, travel, person countries, rules, triples.
import type { Article, Triple } from '@wiregraph/core';
import { prepareStory, type PreparedStory } from './prepare.js';
import type { Person } from './people.js';
import type { Finding, StoryContext } from './types.js';
import { textScene } from './scene/scene.js';
import { readTravel } from './scene/travel.js';
import { guestMentions } from './scene/guest-references.js';
import { storyMeetings } from './scene/meetings.js';
import { storyHome } from './scene/home.js';
import { meetPlaces, resolvePersonCountries, type CountryVerdict } from './person-country/index.js';
import { runSentenceRules, runStoryRules, type RulesOff } from './rules/registry.js';
import { newRuleState } from './rules/state.js';
import { toTriples } from './triples.js';
import { followUpDay, newsDayOf } from './dates.js';

const NO_RULES_OFF: RulesOff = new Set();
const ARRIVAL_WORDS = /\b(?:arrived|arrives|landed|flew in)\b/;

/** What the stages before the rules read in one story. */
export interface StoryReading {
  story: PreparedStory;
  /** The context the rules read: the final scene, travel, mentions. */
  ctx: StoryContext;
  eventDate: string | undefined;
  /** The person-country stage's verdicts, with their reasons. */
  countries: Map<Person, CountryVerdict>;
}

/** Runs every stage before the rules: preparation, scene, travel, meetings, home, person countries. */
export function readStory(article: Article): StoryReading {
  const story = prepareStory(article);
  const { parsed, m, lex, articleDate, dates, relDates, datelineCountry } = story;
  // Undated news carries the day the story's lead gives it, not the day the copy ran.
  const newsDay = newsDayOf(dates, articleDate, parsed.sentences.map((s) => s.text));
  const base: StoryContext = { articleId: article.id, articleDate, newsDay, parsed, m, lex, dates, relDates, datelineCountry, sceneCountry: datelineCountry };
  // The scene as the text sets it; travel and meetings are read in it.
  const early: StoryContext = { ...base, ...textScene(base) };
  const travel = readTravel(early);
  guestMentions(early, travel.travelled);
  const meetings = storyMeetings(early);
  const home = storyHome(article, story, travel);
  const countries = resolvePersonCountries({ ctx: early, travel, meetings: meetings.meetings, home, meetPlace: meetPlaces(meetings.meetings, travel), address: article.url });
  // The rules read p.country: the stage's verdicts are written once, here.
  for (const [p, v] of countries) {
    p.country = v.country;
    p.countryStrength = v.strength;
  }
  // The final scene: at a summit venue abroad nobody is the host side, and every meeting there is a sideline meeting.
  const ctx: StoryContext = { ...early, summitHere: early.summitHere || home.venueAbroad || undefined, away: travel.visited };
  return { story, ctx, eventDate: meetings.eventDate, countries };
}

/** Extracts the triples one article asserts (see docs/triples.md). Pure: same article, same triples. */
export function extractFromArticle(article: Article, off: RulesOff = NO_RULES_OFF): Triple[] {
  return extractStory(article, off).triples;
}

/** The rules' triples with the prepared story and every person it names, for the learned stages. */
export interface StoryExtraction {
  triples: Triple[];
  story: PreparedStory;
  persons: readonly Person[];
}

export function extractStory(article: Article, off: RulesOff = NO_RULES_OFF): StoryExtraction {
  const { story, ctx, eventDate } = readStory(article);
  const persons = story.m.registry.persons;
  return { triples: toTriples(article.id, runRules(ctx, eventDate, off), story.parsed.sentences, story.offset, persons), story, persons };
}

/** Every rule over the story: the sentence rules sentence by sentence, then the story rules. */
function runRules(ctx: StoryContext, eventDate: string | undefined, off: RulesOff): Finding[] {
  const { parsed, dates } = ctx;
  const findings: Finding[] = [];
  const state = newRuleState(followUpDay(eventDate, ctx.newsDay, ctx.articleDate));
  const arrivals = ARRIVAL_WORDS.test(parsed.text);
  for (const s of parsed.sentences) {
    // "a day earlier" counts from the last meeting reported so far (or the story's main event).
    ctx.relBase = state.lastMeetingDate ?? state.eventDate;
    if (s.index > 0 && arrivals && ARRIVAL_WORDS.test(parsed.sentences[s.index - 1]!.text)) {
      const d = [...dates[s.index - 1]!].reverse().find((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.value));
      if (d) ctx.arrivalBase = d.value;
    }
    runSentenceRules(ctx, s, state, findings, off);
  }
  runStoryRules(ctx, findings, off);
  return findings;
}
