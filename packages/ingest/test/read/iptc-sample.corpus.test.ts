import { describe, expect, it } from 'vitest';
import { corporaPath } from '../../../../scripts/test/corpora.js';
import { readAll } from './helpers.js';

// The IPTC's own example (conformance/iptc): read in place, never copied into the project.
const IPTC_SAMPLE = corporaPath('conformance', 'iptc', 'LISTING_22_Sports_story_in_NewsML-G2NITF.xml');

describe('IPTC conformance (the IPTC sample, read in place from the outside corpora)', () => {
  it('reads the NewsML-G2 item with NITF body exactly as the folder README says', async () => {
    const { articles, summary } = await readAll([IPTC_SAMPLE]);
    expect(summary.skippedTotal).toBe(0);
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    expect(a.id).toBe('tag:xmlteam.com,2016:xt.5932656-preview');
    expect(a.title).toBe('Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.');
    expect(a.published?.slice(0, 10)).toBe('2016-10-19');
    expect(a.dateline).toMatchObject({ place: 'Philadelphia', country: 'USA' });
    const paragraphs = a.body.split('\n\n');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]!.startsWith('(Sports Network) - A pair of teams')).toBe(true);
    expect(paragraphs.every((p) => !/\s{2,}|\n/.test(p))).toBe(true);
    expect(a.format).toBe('newsml');
  });
});
