import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('presence at a summit in the dateline country', () => {
  const body = 'ROME, April 16 (ANSA) - Premier Anna Conti and Algerian President Ali Bey on Thursday chaired the fifth Italy-Algeria summit. Bey arrived in Rome on Wednesday. Foreign Minister Paolo Toni said Italian companies had signed contracts with Algerian partners on the margins of the summit.';

  it('does not make an untagged minister a visitor: he keeps the host country, not the guest\'s', () => {
    const keys = facts(body, { source: 'ANSA', date: '2026-04-16' });
    expect(keys).toContain('HOLDS_OFFICE paolo toni|ITA');
    expect(keys).not.toContain('HOLDS_OFFICE paolo toni|DZA');
    expect(keys).not.toContain('VISITED paolo toni|ITA');
  });

  it('still places a guest with a country of her own there', () => {
    const keys = facts("ADDIS ABABA, Feb 15, 2026 (AFP) - Namibia's President Nora Nandi, attending the AU summit, held talks with Tanzanian President Samia Hassan.", { source: 'AFP', date: '2026-02-15' });
    expect(keys).toContain('VISITED nora nandi|ETH');
  });
});
