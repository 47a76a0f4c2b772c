import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

describe('a departure for a country (visited.move)', () => {
  it('reads "left for X" and "departed for X" as a trip there', () => {
    expect(visits('South Korean President Kim Dae-ho left for Japan on Sunday for talks with Japanese Prime Minister Ken Sato.')).toContain('VISITED kim dae-ho|JPN');
    expect(visits('Indian Foreign Minister Ravi Menon departed for Brazil on Monday.')).toEqual(['VISITED ravi menon|BRA']);
  });

  it('gives nothing for leaving for home or a planned departure', () => {
    expect(visits('Japanese Prime Minister Ken Sato left for home on Sunday.')).toEqual([]);
    expect(visits('Indian Foreign Minister Ravi Menon is scheduled to depart for Brazil on Monday.')).toEqual([]);
  });
});
