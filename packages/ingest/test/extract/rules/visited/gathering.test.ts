import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

describe('a summit the story places abroad (visited.venue)', () => {
  it('places the leaders a sentence about the summit names: "the summit was attended by X and Y"', () => {
    const body =
      'Leaders of the Mekong countries gathered on Wednesday for the regional summit in Hanoi. ' +
      'The summit was attended by Cambodian Prime Minister Sok Vannak and Lao Prime Minister Khamphet Sisavath.';
    expect(visits(body)).toEqual(['VISITED khamphet sisavath|VNM', 'VISITED sok vannak|VNM']);
    expect(visits('The regional summit in Hanoi ended on Friday. Leaders attending included Cambodian Prime Minister Sok Vannak.')).toEqual(['VISITED sok vannak|VNM']);
  });

  it('places those who met on its sidelines, and not those who met elsewhere', () => {
    const body =
      'The annual summit in Hanoi ended on Friday. ' +
      'On the sidelines of the summit, Cambodian Prime Minister Sok Vannak held talks with Lao Prime Minister Khamphet Sisavath. ' +
      'Sok Vannak had met Thai Prime Minister Anan Chaiyo in Bangkok in March.';
    expect(visits(body)).toEqual(['VISITED khamphet sisavath|VNM', 'VISITED sok vannak|THA', 'VISITED sok vannak|VNM']);
  });

  it('places nobody at a summit that is planned or still to come', () => {
    expect(visits('The two ministers plan to hold talks with Defence Minister Arlo Finch of Canada on the sidelines of a regional forum in Singapore in May.')).toEqual([]);
    expect(visits('Cambodian Prime Minister Sok Vannak and Lao Prime Minister Khamphet Sisavath looked forward to meeting at the regional summit in Hanoi next month.')).toEqual([]);
  });

  it('moves talks placed only by a home dateline to the summit the lede places abroad', () => {
    const body =
      'KUALA LUMPUR, May 10 (Bernama) -- At the regional summit in Jakarta today, Malaysian Prime Minister Aziz Rahman held talks with four leaders. ' +
      'Aziz met Vietnamese Prime Minister Tran Van Long.';
    expect(visits(body)).toEqual(['VISITED aziz rahman|IDN', 'VISITED tran van long|IDN']);
  });
});
