import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('coordinated titles: "<Demonym> Title A and Title B"', () => {
  const body = 'Turkish Foreign Minister Emre Kaya travelled to Baghdad on Wednesday, where he held talks with Iraqi Prime Minister Ali Karim and Foreign Minister Hadi Nouri.';

  it('gives the second office holder the first one\'s country word', () => {
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE ali karim|IRQ');
    expect(keys).toContain('HOLDS_OFFICE hadi nouri|IRQ');
    expect(keys).toContain('HOLDS_OFFICE emre kaya|TUR');
  });

  it('pairs the visitor with both hosts, but not the two hosts of one delegation', () => {
    const keys = facts(body);
    expect(keys).toContain('MET emre kaya|ali karim');
    expect(keys).toContain('MET emre kaya|hadi nouri');
    expect(keys.some((k) => k === 'MET ali karim|hadi nouri' || k === 'MET hadi nouri|ali karim')).toBe(false);
  });

  it('does not share the country word between two holders of the same office', () => {
    const keys = facts('Chinese President Wang Lei and President Budi Santoso held talks in Beijing on Monday.');
    expect(keys).toContain('HOLDS_OFFICE wang lei|CHN');
    expect(keys).not.toContain('HOLDS_OFFICE budi santoso|CHN');
  });

  it('does not share it with the last of a list or a "host" title', () => {
    const keys = facts('Vietnamese Prime Minister Tran Van Ba, Philippine President Jose Reyes and host Prime Minister Ahmad Zaki held a trilateral meeting on Sunday.');
    expect(keys).not.toContain('HOLDS_OFFICE ahmad zaki|PHL');
  });
});
