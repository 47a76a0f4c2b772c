import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

// Office holders a story lists as members of a visiting delegation, with no country of their own.
describe('members a delegation "included"', () => {
  it('are of the leader who "led a delegation which also included his Minister X"', () => {
    const keys = facts('LOME, March 3 (AFP) - President Kofi Mensah of Ghana led a high-level delegation which also included his Minister for Foreign Affairs Ama Owusu. Togolese President Yao Agbeko received them in Lome.', { source: 'AFP', date: '2026-03-03' });
    expect(keys).toContain('HOLDS_OFFICE ama owusu|GHA');
    expect(keys).not.toContain('HOLDS_OFFICE ama owusu|TGO');
  });

  it('are of the leader the delegation accompanied, up to the verb that ends the list', () => {
    const keys = facts('DOHA, May 2 (AFP) - The delegation accompanying Syrian President Omar Haddad included Foreign Minister Sami Nasser and Deputy Minister Rami Aziz. Qatari Foreign Minister Khalid Saad met them at the airport.', { source: 'AFP', date: '2026-05-02' });
    expect(keys).toContain('HOLDS_OFFICE sami nasser|SYR');
    expect(keys).toContain('HOLDS_OFFICE rami aziz|SYR');
    expect(keys).toContain('HOLDS_OFFICE khalid saad|QAT');
  });
});
