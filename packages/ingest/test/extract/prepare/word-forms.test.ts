import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/extract/internal/nlp.js';

const sentencesOf = (text: string): string[] => parse(text).sentences.map((s) => s.text);

// Some agencies write a short initial against the name it abbreviates ("Kh.Varanbat"); wink
// reads the period as a sentence end and cuts the name in two.
describe('an initial glued to a name', () => {
  it('stays one word and does not end the sentence', () => {
    const p = parse('On Monday, President Kh.Varanbat received the new ambassadors.');
    expect(p.sentences).toHaveLength(1);
    expect(p.toks.map((t) => t.text)).toContain('Kh.');
  });

  it('holds for one- and three-letter initials', () => {
    expect(sentencesOf('Minister Ts.Dorjpalam met Foreign Minister Tsh.Narankhuu in the capital.')).toHaveLength(1);
  });

  it('still lets a sentence end at a short name followed by a space', () => {
    expect(sentencesOf('The minister met Wang Yi. He then left for Oslo.')).toHaveLength(2);
  });
});

describe('a curly apostrophe', () => {
  it('reads as a straight one in the lower-case form', () => {
    const lows = parse('Kenya’s minister flew to Cote d’Ivoire.').toks.map((t) => t.low);
    expect(lows).toContain("'s");
    expect(lows).toContain("d'ivoire");
  });
});
