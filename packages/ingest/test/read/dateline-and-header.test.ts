import { describe, expect, it } from 'vitest';
import { parseDateline, parseStoryHead } from '../../src/read/index.js';

const REF = new Date('2026-02-15T00:00:00Z');

/** The dateline parsed from the text, its month and day, and the text left after it. */
function expectDateline(text: string, dateline: Record<string, string>, month: number | undefined, day: number | undefined, rest: string): void {
  const d = parseDateline(text);
  expect(d?.dateline).toEqual(dateline);
  expect(d?.month).toBe(month);
  expect(d?.day).toBe(day);
  expect(text.slice(d!.length)).toBe(rest);
}

describe('datelines of each agency style', () => {
  it.each([
    ['Tokyo [Japan], February 1 (ANI): Japan and', { place: 'Tokyo', country: 'JPN', agency: 'ANI' }, 2, 1, 'Japan and'],
    ['LONDON, March 3 (Reuters) - Britain said', { place: 'LONDON', country: 'GBR', agency: 'Reuters' }, 3, 3, 'Britain said'],
    ['NEW DELHI (AP) — India said', { place: 'NEW DELHI', country: 'IND', agency: 'AP' }, undefined, undefined, 'India said'],
    ['BEIJING, Oct. 18 (Xinhua) -- China said', { place: 'BEIJING', country: 'CHN', agency: 'Xinhua' }, 10, 18, 'China said'],
    ['TOKYO (Kyodo) -- Japan said', { place: 'TOKYO', country: 'JPN', agency: 'Kyodo' }, undefined, undefined, 'Japan said'],
    ['NEW DELHI, Oct 8 (PTI) India and France', { place: 'NEW DELHI', country: 'IND', agency: 'PTI' }, 10, 8, 'India and France'],
    ['GYEONGJU, South Korea (AP) — Secretary', { place: 'GYEONGJU', country: 'KOR', agency: 'AP' }, undefined, undefined, 'Secretary'],
    ['TIANJIN, Sept. 1 (Xinhua) -- Chinese', { place: 'TIANJIN', country: 'CHN', agency: 'Xinhua' }, 9, 1, 'Chinese'],
    ['MEXICO CITY (AP) — Mexican', { place: 'MEXICO CITY', country: 'MEX', agency: 'AP' }, undefined, undefined, 'Mexican'],
    ['TOKYO, Feb. 1 (Kyodo) --\nJapan said', { place: 'TOKYO', country: 'JPN', agency: 'Kyodo' }, 2, 1, 'Japan said'],
    ['Johannesburg [South Africa], November 23 (ANI): Prime', { place: 'Johannesburg', country: 'ZAF', agency: 'ANI' }, 11, 23, 'Prime'],
  ])('parses %j', expectDateline);

  it.each([
    'Prime Minister Sir Keir Starmer met Portuguese Prime Minister Luís Montenegro in Downing Street today.',
    '(Sports Network) - A pair of teams coming off big weekend sweeps',
    'Four years ago, relations between Spain and Morocco were at their lowest point in decades.',
    'The aircraft does not exist yet, but the deadline does.',
  ])('finds no dateline in an ordinary first sentence: %j', (text) => {
    expect(parseDateline(text)).toBeUndefined();
  });
});

describe('general wire datelines', () => {
  it.each([
    ['OSLO: The minister said', { place: 'OSLO', country: 'NOR' }, undefined, undefined, 'The minister said'],
    ['Nairobi — The president said', { place: 'Nairobi', country: 'KEN' }, undefined, undefined, 'The president said'],
    ['Lima: The minister said', { place: 'Lima', country: 'PER' }, undefined, undefined, 'The minister said'],
    ['QUITO, ECUADOR—The president said', { place: 'QUITO', country: 'ECU' }, undefined, undefined, 'The president said'],
    ['KAMPALA (June 4): The president said', { place: 'KAMPALA', country: 'UGA' }, 6, 4, 'The president said'],
    ['Accra, June 4, GXA - The president said', { place: 'Accra', country: 'GHA', agency: 'GXA' }, 6, 4, 'The president said'],
    ['Dakar, March 9, 2024 (SNA)— The minister said', { place: 'Dakar', country: 'SEN', agency: 'SNA' }, 3, 9, 'The minister said'],
    ['HAVANA, Sept. 9, 2024 /Wirenews/ - Today the minister', { place: 'HAVANA', country: 'CUB', agency: 'Wirenews' }, 9, 9, 'Today the minister'],
    ['Nairobi, 02 August 2019 The president said', { place: 'Nairobi', country: 'KEN' }, 8, 2, 'The president said'],
    ['Oslo [Norway], May 16 : The minister said', { place: 'Oslo', country: 'NOR' }, 5, 16, 'The minister said'],
  ])('parses %j', expectDateline);

  it.each([
    'Nairobi, the capital, hosted the talks.',
    'Kenya: President meets envoys',
    'Press release: minister meets envoys',
    'Oslo, Lima and Quito signed the accord.',
    'Lima, June 4 was a busy day for the minister.',
    'Thursday, June 4th 2024 - 20:45 UTC The minister said',
  ])('finds no dateline where the form is not a dateline form: %j', (text) => {
    expect(parseDateline(text)).toBeUndefined();
  });

  it('takes the year a dateline states as its date, with no reference date', () => {
    const head = parseStoryHead('Dakar, March 9, 2024 (SNA)— The minister said.', undefined);
    expect(head.datelineDate).toBe('2024-03-09');
    expect(head.dateline).toEqual({ place: 'Dakar', country: 'SEN', agency: 'SNA' });
  });

  it('finds the dateline after a headline line and a timestamp line', () => {
    const head = parseStoryHead('4 June 2024, 18:54\n\nMinisters meet in the capital\n\nLIMA: The minister said.', REF, { headlines: true });
    expect(head.dateline).toEqual({ place: 'LIMA', country: 'PER' });
    expect(head.body).toBe('The minister said.');
  });

  it('skips a third line before a dateline, but keeps it in the body when no dateline follows', () => {
    const withDateline = parseStoryHead('4 June 2024, 18:54\n\nMinisters meet\n\nThe minister (photo: Wirenews)\n\nLIMA (Wirenews) -- The minister said.', REF, { headlines: true });
    expect(withDateline.dateline).toEqual({ place: 'LIMA', country: 'PER', agency: 'Wirenews' });
    expect(withDateline.body).toBe('The minister said.');
    const without = parseStoryHead('4 June 2024, 18:54\n\nMinisters meet\n\nThe minister (photo: Wirenews)\n\nThe minister said.', REF, { headlines: true });
    expect(without.dateline).toBeUndefined();
    expect(without.body).toBe('The minister (photo: Wirenews)\n\nThe minister said.');
  });
});

describe('story head: header, headline lines and dateline', () => {
  it('takes the date from the " date YYYY-MM-DD" header and the dateline on the same line', () => {
    const head = parseStoryHead(' date 2026-02-01 Tokyo [Japan], February 1 (ANI): Japan and the UK agreed.\n\nMore.', REF);
    expect(head.headerDate).toBe('2026-02-01');
    expect(head.dateline).toEqual({ place: 'Tokyo', country: 'JPN', agency: 'ANI' });
    expect(head.body).toBe('Japan and the UK agreed.\n\nMore.');
  });

  it('gives a dateline without a year the latest year not after the reference date', () => {
    expect(parseStoryHead('LONDON, March 3 (Reuters) - Text.', REF).datelineDate).toBe('2025-03-03');
    expect(parseStoryHead('LONDON, Dec 30 (Reuters) - Text.', REF).datelineDate).toBe('2025-12-30');
    expect(parseStoryHead('LONDON, Dec 30 (Reuters) - Text.', new Date('2026-06-01')).datelineDate).toBe('2025-12-30');
    // Read in November, a March dateline is the past March, not the coming one.
    expect(parseStoryHead('LONDON, March 3 (Reuters) - Text.', new Date('2026-11-25')).datelineDate).toBe('2026-03-03');
    // A day or two ahead of the file's time is a time-zone difference, not next year.
    expect(parseStoryHead('TOKYO, Nov 26 (Kyodo) -- Text.', new Date('2026-11-25T20:00:00Z')).datelineDate).toBe('2026-11-26');
  });

  it('splits off a headline line after the header and keeps it as the title', () => {
    const head = parseStoryHead(' date 2026-01-13 India-Uzbekistan Joint Statement on the State Visit (12-14 January 2026)\n\n1. At the invitation of the Prime Minister, the President is on a visit.', REF);
    expect(head.headerDate).toBe('2026-01-13');
    expect(head.title).toBe('India-Uzbekistan Joint Statement on the State Visit (12-14 January 2026)');
    expect(head.body).toBe('1. At the invitation of the Prime Minister, the President is on a visit.');
  });

  it('never takes a sentence for a headline', () => {
    const head = parseStoryHead('The leaders met on Monday.\n\nThey agreed on trade.', REF);
    expect(head.title).toBeUndefined();
    expect(head.body).toBe('The leaders met on Monday.\n\nThey agreed on trade.');
  });

  it('leaves a one-paragraph story whole even without punctuation', () => {
    expect(parseStoryHead('Leaders meet in Rome', REF).body).toBe('Leaders meet in Rome');
  });
});
