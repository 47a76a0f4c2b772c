import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

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

describe('an untagged minister speaking in a city', () => {
  it('is at home where he "said in Seoul", not in the dateline\'s country', () => {
    const keys = facts("TOKYO, Nov 13 (Reuters) - The yen weakened on Thursday. South Korea's won also fell. Finance Minister Kim Sung-ho said in Seoul that authorities were ready to act.", { source: 'Reuters', date: '2025-11-13' });
    expect(keys).toContain('HOLDS_OFFICE kim sung-ho|KOR');
  });

  it('but not when the story has him travel there', () => {
    const keys = facts("TOKYO, Nov 13 (Reuters) - Finance Minister Kim Sung-ho travelled to Seoul on Monday for talks with South Korean Finance Minister Lee Jae-won. Finance Minister Kim Sung-ho said in Seoul that the yen was too weak.", { source: 'Reuters', date: '2025-11-13' });
    expect(keys).not.toContain('HOLDS_OFFICE kim sung-ho|KOR');
  });
});
