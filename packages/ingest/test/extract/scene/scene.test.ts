import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../../src/extract/internal/story.js';
import { textScene } from '../../../src/extract/internal/scene/scene.js';
import { story, warmUp } from '../helpers.js';

const sceneOf = (body: string) => {
  const { sceneCountry, summitCountry, summitHere, datelineCountry } = readStory(story(body)).ctx;
  return { sceneCountry, summitCountry, summitHere, datelineCountry };
};

describe('the scene stage', () => {
  beforeAll(warmUp, 60_000);

  it('sets a story without a dateline where its summit is', () => {
    expect(sceneOf('Leaders gathered for the climate summit in Belém on Monday. Norwegian Prime Minister Lars Holm met Brazilian President Carlos Lima.')).toMatchObject({ sceneCountry: 'BRA', datelineCountry: undefined });
  });

  it('keeps the dateline as the scene, and the lede\'s summit as the summit, when they differ', () => {
    const body = 'JAKARTA (Test Wire) -- Vietnamese Prime Minister Van Minh met Thai Prime Minister Somchai Chan on the sidelines of the ASEAN Summit in Kuala Lumpur on Monday.';
    expect(sceneOf(body)).toEqual({ sceneCountry: 'IDN', summitCountry: 'MYS', summitHere: undefined, datelineCountry: 'IDN' });
  });

  it('reads a summit "here" as held at the dateline place', () => {
    expect(sceneOf('MANILA (Test Wire) -- Leaders attending the summit here agreed on Monday to expand trade.').summitHere).toBe(true);
    expect(sceneOf('MANILA (Test Wire) -- Leaders agreed here on Monday to expand trade.').summitHere).toBeUndefined();
  });

  it('is one frozen object, computed before the rules', () => {
    const { ctx } = readStory(story('MANILA (Test Wire) -- Leaders attending the summit here agreed on Monday to expand trade.'));
    const scene = textScene(ctx);
    expect(Object.isFrozen(scene)).toBe(true);
    expect(scene).toEqual({ datelineCountry: 'PHL', sceneCountry: 'PHL', summitHere: true });
  });
});
