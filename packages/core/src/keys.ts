/**
 * Entity keys as the contract defines them: folded (NFKD, marks removed, ł→l, ø→o, đ→d,
 * ß→ss), lower case, honorifics dropped ("Sheikh" stays part of a name).
 */

const EXTRA_FOLDS: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ı: 'i', þ: 'th', ð: 'd',
};

const ASCII = /^[\x00-\x7f]*$/;

/** Folds accents and special letters and lower-cases: "Radosław" → "radoslaw". */
export function foldText(text: string): string {
  // (Plain ASCII has nothing to decompose or fold: lower-casing is the whole fold. Most words are.)
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁøØđĐßæÆœŒıþð]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .toLowerCase();
}

/** Honorifics the contract drops from person keys (folded, without dots). */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'shri', 'smt', 'h e', 'he', 'the hon', 'hon', 'rt hon', 'the rt hon', 'right honourable', 'the right honourable', 'honourable'];

const HONORIFIC_PREFIX = new RegExp(
  '^(?:(?:the\\s+)?(?:rt\\.?\\s+hon\\.?|right\\s+honourable|hon\\.?|honourable)|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|sir|dame|shri|smt\\.?|h\\.\\s?e\\.?)\\s+',
  'i',
);

/** Strips leading honorifics from a display name: "Sir Keir Starmer" → "Keir Starmer". */
export function stripHonorifics(name: string): string {
  let out = name.trim();
  for (;;) {
    const next = out.replace(HONORIFIC_PREFIX, '');
    if (next === out) return out;
    out = next;
  }
}

/** The Person key of a full name: "Sir Keir Starmer" → "keir starmer", "Radosław Sikorski" → "radoslaw sikorski". */
export function personKey(name: string): string {
  return foldText(stripHonorifics(name))
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The Organization key: folded, lower case. */
export function organizationKey(name: string): string {
  return foldText(name).replace(/\s+/g, ' ').trim();
}
