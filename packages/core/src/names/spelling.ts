import { GIVEN_NAME_SHORT_FORMS } from './vocabulary.js';

/**
 * One word of a name as its romanisations meet: kh→h, ph→f, dzh/dj→j, x→ks, q→k (the Arabic qaf,
 * written both ways: "Tariq" = "Tarik"; not before i or u, where it is pinyin's q or the Latin qu), doubled letters
 * single, the Slavic endings -ey/-iy/-yy/-y read as -i ("Sergey" = "Sergei", "Zelenskyy" = "Zelensky"), and
 * -ow/-ew as -ov/-ev.
 */
export function spellingForm(word: string): string {
  let form = forms.get(word);
  if (form === undefined) {
    if (forms.size > 100_000) forms.clear();
    forms.set(word, (form = computeForm(word)));
  }
  return form;
}

// Resolution compares each word with many others: each word's form is computed once.
const forms = new Map<string, string>();

function computeForm(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/dzh|dj/g, 'j')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/q(?![iu])/g, 'k')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?:ey|iy|yi|ii)$/, 'i')
    .replace(/y$/, 'i')
    // -ov/-ev written -ow/-ew in German and Polish romanisations ("Annamuradow").
    .replace(/(?<=\p{L}{3}[eo])w$/u, 'v');
}

const VOWELS = /[aeiouy]/;
const LETTERS = /^\p{L}+$/u;

/** Consonant outline: a leading vowel as '*', later vowels and h dropped ("Mohammed", "Muhammad" → "mmd"). */
function skeleton(form: string): string {
  const head = VOWELS.test(form[0]!) ? '*' : form[0]!;
  return head + form.slice(1).replace(/[aeiouyh]/g, '').replace(/(.)\1+/g, '$1');
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Whether two words are one name in two romanisations ("Sergey"/"Sergei", "Omar"/"Omer",
 * "Mohammed"/"Muhammad", "Nazarbaev"/"Nazarbayev"). Short words must match exactly (Li is not
 * Lee), the consonant outline must agree (Hassan is not Hussein), and a differing final vowel is
 * a different name (Maria is not Mario, Aleksandra is not Aleksandr).
 */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  // Words with digits or other marks are not names written another way.
  if (!LETTERS.test(a) || !LETTERS.test(b)) return false;
  if (genitiveOf(a, b) || genitiveOf(b, a)) return true;
  const fa = spellingForm(a);
  const fb = spellingForm(b);
  if (fa === fb) return true;
  if (fa.length < 4 || fb.length < 4) return false;
  if (spellingBlock(a) !== spellingBlock(b)) return false;
  const la = fa[fa.length - 1]!;
  const lb = fb[fb.length - 1]!;
  if (la !== lb && (VOWELS.test(la) || VOWELS.test(lb))) return false;
  const limit = Math.min(fa.length, fb.length) >= 6 ? 2 : 1;
  return distance(fa, fb, limit) <= limit;
}

/** Mongolian patronymics are genitives of the father's name: "Ukhnaagiin" is "Ukhnaa"'s (written both ways). */
function genitiveOf(word: string, base: string): boolean {
  return base.length >= 4 && word.startsWith(base) && /^(?:g|n)?(?:iin|yn)$/.test(word.slice(base.length));
}

/**
 * One letter of a long word mistyped ("Machy Sall" for "Macky Sall"): same length give or take
 * one, same first and last letter. Weak: it joins only people of the same country.
 */
export function oneLetterOff(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5 || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  if (!LETTERS.test(a) || !LETTERS.test(b)) return false;
  return distance(a, b, 1) <= 1;
}

const SHORT_FORMS = new Map<string, Set<string>>();
for (const [a, b] of GIVEN_NAME_SHORT_FORMS) {
  if (!SHORT_FORMS.has(a)) SHORT_FORMS.set(a, new Set());
  if (!SHORT_FORMS.has(b)) SHORT_FORMS.set(b, new Set());
  SHORT_FORMS.get(a)!.add(b);
  SHORT_FORMS.get(b)!.add(a);
}

/** "Mike" and "Michael": a given name and its usual short form. */
export function sameGivenName(a: string, b: string): boolean {
  return SHORT_FORMS.get(a)?.has(b) ?? false;
}

const blocks = new Map<string, string>();

/** A word's block for finding candidate pairs: words spelt alike (sameSpelling) share it. */
export function spellingBlock(word: string): string {
  let block = blocks.get(word);
  if (block === undefined) {
    if (blocks.size > 100_000) blocks.clear();
    blocks.set(word, (block = skeleton(spellingForm(word))));
  }
  return block;
}
