import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

describe('a guest a national leader hosts with no place given (visited.hosted)', () => {
  it('places the guest in the host\'s country: "X received P at the palace"', () => {
    expect(visits('Peruvian President Ana Ruiz received her Ecuadorian counterpart Luis Mena at the Palace on Thursday.')).toEqual(['VISITED luis mena|PER']);
    expect(visits('US President John Carter hosted Australian Prime Minister Tom Reid and Japanese Prime Minister Ken Sato at the summit.')).toEqual(['VISITED ken sato|USA', 'VISITED tom reid|USA']);
  });

  it('reads the passive: "P was welcomed by X", the guest before, the host after "by"', () => {
    expect(visits('Beninese President Paul Dossou was welcomed by South African President Thabo Nkosi on Monday.')).toEqual(['VISITED paul dossou|ZAF']);
  });

  it('places nobody for a call, a possessive, or an envoy posted there', () => {
    expect(visits('Peruvian President Ana Ruiz received a call from President Luis Mena of Ecuador on Thursday.')).toEqual([]);
    expect(visits("Peruvian President Ana Ruiz welcomed Ecuadorian President Luis Mena's attendance at the forum.")).toEqual([]);
    expect(visits('Sri Lankan Prime Minister Nila Perera received the new Australian High Commissioner to Sri Lanka, Jane Moss, on Tuesday.')).toEqual([]);
  });
});
