import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

// Who receives an envoy's credentials is of the country the envoy is sent to.
describe('the receiver of credentials', () => {
  it('is of the country the ambassador is sent to, among other countries named', () => {
    const keys = facts('The new Chilean ambassador to Peru, Ana Diaz, along with the envoys of Cuba and Ghana, presented her credentials to President Luis Pena on Thursday. Diaz said Chile would deepen its ties with its neighbour, as Chile had done for decades.');
    expect(keys).toContain('HOLDS_OFFICE luis pena|PER');
    expect(keys).toContain('HOLDS_OFFICE ana diaz|CHL');
  });

  it('is of that country also when another country is named more often', () => {
    const keys = facts('On Tuesday the Minister for Foreign Affairs, Marta Gil, received the credentials of the new Cuban ambassador to Uruguay, Jose Rey. Rey said Cuba and Mexico were close friends, and thanked Mexico for its help to Cuba.');
    expect(keys).toContain('HOLDS_OFFICE marta gil|URY');
    expect(keys).not.toContain('HOLDS_OFFICE marta gil|MEX');
  });
});
