import { beforeAll, describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/internal/dates.js';
import { find, warmUp } from '../helpers.js';

// The first extraction loads the wink model and the gazetteer: not part of any test's time.
beforeAll(() => warmUp(), 120_000);

describe('date resolution against the article date', () => {
  it('reads a weekday as the most recent such day on or before the article date', () => {
    // 2026-02-01 is a Sunday.
    expect(findDates('talks on Saturday (local time)', '2026-02-01').map((d) => d.value)).toEqual(['2026-01-31']);
    expect(findDates('met on Sunday', '2026-02-01').map((d) => d.value)).toEqual(['2026-02-01']);
  });

  it('reads relative and partial dates as precisely as the text fixes them', () => {
    const v = (s: string, ref = '2025-09-18') => findDates(s, ref).map((d) => d.value);
    expect(v('talks last week')).toEqual(['2025-09']);
    expect(v('a state visit in October 2024')).toEqual(['2024-10']);
    expect(v('a state visit in April last year')).toEqual(['2024-04']);
    expect(v('on Nov. 18 last year')).toEqual(['2024-11-18']);
    expect(v('on December 15, 2024')).toEqual(['2024-12-15']);
    expect(v('on 13 January 2026')).toEqual(['2026-01-13']);
    expect(v('said today')).toEqual(['2025-09-18']);
    expect(v('a summit in May', '2026-01-17')).toEqual(['2025-05']);
  });

  it('does not read bounds ("since 2023", "by 2030") as event dates', () => {
    expect(findDates('frozen since 2023 with a target by 2030', '2025-06-01')).toEqual([]);
  });

  it('dates a meeting by its own date and an office by the article date', () => {
    const body = 'Irish Taoiseach Micheál Martin met Canadian Prime Minister Mark Carney in Ottawa on Tuesday.';
    expect(find(body, 'MET', 'micheal martin', 'mark carney', { date: '2025-09-12' })?.date).toBe('2025-09-09');
    expect(find(body, 'HOLDS_OFFICE', 'mark carney', 'CAN', { date: '2025-09-12' })?.date).toBe('2025-09-12');
  });
});

describe('arrival dates', () => {
  it('dates a visit by an arrival sentence that names no place', async () => {
    const { extractTriples } = await import('../../../src/extract/index.js');
    const body = 'Chilean President-elect Ana Ruiz met Argentine President Javier Molina on Tuesday in Buenos Aires. Ruiz arrived late Monday and was received at the Casa Rosada.';
    const t = extractTriples({ id: 't1', source: 'Test Wire', published: '2025-06-11', body, format: 'text' }).find((x) => x.predicate === 'VISITED');
    expect(t?.object.key).toBe('ARG');
    expect(t?.date).toBe('2025-06-09');
  });
});

describe('"this year" and "this month"', () => {
  it('gives the article\'s year or month, as precise as the text is', () => {
    expect(findDates('the agreements signed with Peru this year', '2025-12-02').map((d) => d.value)).toEqual(['2025']);
    expect(findDates('talks held earlier this month', '2025-12-02').map((d) => d.value)).toEqual(['2025-12']);
  });
});

describe('a relative day restated as a calendar date', () => {
  it('takes the calendar date: a release may run the day after its "today"', () => {
    const v = (s: string) => findDates(s, '2024-05-06').map((d) => d.value);
    expect(v('Today, 5 May 2024, on the first day of her visit, the minister held talks.')).toEqual(['2024-05-05']);
    expect(v('The minister met this evening (May 5th) with his counterpart.')).toEqual(['2024-05-05']);
    expect(v('Today the minister met his counterpart, who arrived on 5 May.')).toEqual(['2024-05-06', '2024-05-05']);
  });
});
