import { describe, expect, it } from 'vitest';
import { planResolution } from '../src/internal/resolve/cluster.js';
import type { PersonRecord } from '../src/internal/resolve/people.js';

/** A person as resolution reads it: key, the countries of their offices (title "president" unless given). */
const person = (key: string, countries: string[] = [], extra: Partial<PersonRecord> = {}): PersonRecord => ({
  key,
  name: key,
  aliases: [],
  aliasKeys: [],
  keepApart: [],
  offices: countries.map((country) => ({ country, title: 'President', from: null, to: null })),
  ...extra,
});
const merged = (people: PersonRecord[]) =>
  Object.fromEntries(planResolution(people).merges.map((m) => [m.into, m.merged.map((x) => x.key).sort()]));

describe('resolution plan', () => {
  it('joins spellings, hyphens and a surname-only mention into the fullest name', () => {
    const plan = merged([person('abdel fattah al-sisi', ['EGY']), person('abdel fattah el sisi', ['EGY']), person('sisi', ['EGY']), person('el-sisi')]);
    expect(plan).toEqual({ 'abdel fattah al-sisi': ['abdel fattah el sisi', 'el-sisi', 'sisi'] });
  });
  it('keeps a surname-only mention apart when two full-named people of that surname and country exist', () => {
    const people = [person('joe biden', ['USA']), person('jill biden'), person('biden')];
    expect(merged(people)).toEqual({});
    const plan = planResolution(people);
    expect(plan.pairs.filter((p) => p.shorter === 'biden').every((p) => p.decision === 'apart' && /ambiguous/.test(p.reason))).toBe(true);
  });
  it('prefers the one candidate of the mention’s country', () => {
    expect(merged([person('joe biden', ['USA']), person('hunter biden', ['UKR']), person('biden', ['USA'])])).toEqual({ 'joe biden': ['biden'] });
  });
  it('lets a shared office join when the surname is ambiguous', () => {
    const office = (title: string) => ({ offices: [{ country: 'IND', title, from: null, to: null }] });
    const people = [person('rajnath singh', [], office('Defence Minister')), person('manmohan singh', [], office('Prime Minister')), person('singh', [], office('Defence Minister'))];
    expect(merged(people)).toEqual({ 'rajnath singh': ['singh'] });
  });
  it('never joins a one-word name to a group that writes it as a father\'s name, even through a form without "bin"', () => {
    const people = [person('faris bin nadir al haddad', ['SAU']), person('faris nadir', ['SAU']), person('nadir', ['SAU'])];
    expect(merged(people)).toEqual({ 'faris bin nadir al haddad': ['faris nadir'] });
    expect(merged([...people].reverse())).toEqual({ 'faris bin nadir al haddad': ['faris nadir'] });
    expect(merged([person('omar faris haddad', ['SAU']), person('haddad', ['SAU'])])).toEqual({ 'omar faris haddad': ['haddad'] });
  });
  it('joins a nasab written shorter (the father’s compound name in one word or two) to the full name, never a grandson or a brother', () => {
    const people = [
      person('salim bin abdul karim al harbi', ['SAU']),
      person('salim bin abdulkarim', ['SAU']),
      person('samir bin abdulkarim', ['SAU']),
      person('salim bin faris bin abdulkarim', ['SAU']),
    ];
    expect(merged(people)).toEqual({ 'salim bin abdul karim al harbi': ['salim bin abdulkarim'] });
    expect(merged([...people].reverse())).toEqual({ 'salim bin abdul karim al harbi': ['salim bin abdulkarim'] });
  });
  it('compares a name whose only shared word is an Arabic compound written in one word or two', () => {
    expect(merged([person('abdul karim', ['JOR']), person('abdulkarim', ['JOR'])])).toEqual({ 'abdul karim': ['abdulkarim'] });
  });
  it('joins a given name alone only to the one person holding the same office at a near date', () => {
    const spell = (title: string, from: string, to = from) => ({ country: 'PHL', title, from, to });
    const junior = person('ramon dalisay tolentino jr', [], { offices: [spell('President', '2024-02-01', '2025-11-30')] });
    const senior = person('ramon tolentino sr', [], { offices: [spell('President', '1971-03-01', '1983-06-30')] });
    const ramon = (title: string, date: string) => person('ramon', [], { offices: [spell(title, date)] });
    expect(merged([junior, senior, ramon('President', '2021-09-06')])).toEqual({ 'ramon dalisay tolentino jr': ['ramon'] });
    expect(merged([junior, senior, ramon('President', '1975-05-01')])).toEqual({ 'ramon tolentino sr': ['ramon'] });
    expect(merged([junior, ramon('Senator', '2024-05-01')])).toEqual({});
    expect(merged([junior, ramon('President', '2012-05-01')])).toEqual({});
  });
  it('joins a given name alone to the one candidate its own story names in another way', () => {
    const full = person('ramon dalisay tolentino', ['PHL']);
    const other = person('ramon ibarra', ['PHL']);
    expect(merged([full, other, person('ramon', [], { storyPeople: ['ramon dalisay tolentino', 'lena marsh'] })])).toEqual({ 'ramon dalisay tolentino': ['ramon'] });
    expect(merged([full, other, person('ramon', [], { storyPeople: ['lena marsh'] })])).toEqual({});
    // A one-word name that is also a surname elsewhere: the candidate its story names wins.
    const surnamed = person('lena ramon', ['ESP']);
    expect(merged([full, surnamed, person('ramon', [], { storyPeople: ['ramon dalisay tolentino'] })])).toEqual({ 'ramon dalisay tolentino': ['ramon'] });
  });
  it('takes no country from a one-holder office that someone else holds in the same story', () => {
    const office = (country: string, title: string, articles: string[]) => ({ country, title, from: '2018-04-10', to: '2018-04-10', articles });
    const host = person('elena vasquez', [], { offices: [office('ARG', 'President', ['s1'])] });
    const visitor = person('brandt', [], { offices: [office('ARG', 'President', ['s1'])] });
    const full = person('conrad brandt', [], { offices: [office('USA', 'President', ['s2', 's3'])] });
    expect(merged([host, visitor, full])).toEqual({ 'conrad brandt': ['brandt'] });
    const minister = (key: string, articles: string[]) => person(key, [], { offices: [office('ARG', 'Minister', articles)] });
    expect(merged([minister('elena vasquez', ['s1']), minister('brandt', ['s1']), full])).toEqual({});
  });
  it('never merges across different countries, even on the same full name', () => {
    expect(merged([person('sergei lavrov', ['RUS']), person('sergey lavrov', ['FRA'])])).toEqual({});
  });
  it('keeps two people apart once a split said so', () => {
    expect(merged([person('abdullah ii', ['JOR']), person('abdullah', ['JOR'], { keepApart: ['abdullah ii'] })])).toEqual({});
    expect(merged([person('abdullah ii', ['JOR']), person('abdullah', ['JOR'])])).toEqual({ 'abdullah ii': ['abdullah'] });
  });
  it('does not give a bare name that several countries use to one king', () => {
    expect(merged([person('abdullah ii', ['JOR']), person('abdullah', ['JOR', 'SAU'])])).toEqual({});
  });
  it('joins a misspelling only within one country', () => {
    expect(merged([person('macky sall', ['SEN']), person('machy sall', ['SEN'])])).toEqual({ 'machy sall': ['macky sall'] });
    expect(merged([person('macky sall', ['SEN']), person('machy sall')])).toEqual({});
  });
  it('never merges a key that runs two names together', () => {
    const plan = planResolution([person('mohammed bin salman', ['SAU']), person('adel abdul mahdi', ['IRQ']), person('mohammed bin salman adel abdul mahdi', ['SAU'])]);
    expect(plan.merges).toEqual([]);
    expect(plan.fused).toEqual(['mohammed bin salman adel abdul mahdi']);
  });
  it('keeps a node that carries no style when the other kept one (a database loaded before the guard)', () => {
    expect(merged([person('md touhid hossain', ['BGD']), person('touhid hossain', ['BGD'])])).toEqual({ 'touhid hossain': ['md touhid hossain'] });
  });
  it('gives the same plan whatever order the people come in', () => {
    const people = [
      person('abdel fattah al-sisi', ['EGY']), person('sisi', ['EGY']), person('nana akufo-addo', ['GHA']), person('akufo-addo'),
      person('nana addo dankwa akufo-addo', ['GHA']), person('jacob zuma', ['ZAF']), person('jacob gedleyihlekisa zuma'), person('zuma'),
      person('yoshihide suga', ['JPN']), person('suga yoshihide', ['JPN']), person('s jaishankar', ['IND']), person('subrahmanyam jaishankar', ['IND']),
    ];
    const expected = planResolution(people);
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = [...people].sort((a, b) => ((a.key.length * 31 + seed * 17) % 7) - ((b.key.length * 31 + seed * 17) % 7));
      expect(planResolution(shuffled)).toEqual(expected);
    }
    expect(expected.merges.map((m) => m.into)).toEqual(['abdel fattah al-sisi', 'jacob gedleyihlekisa zuma', 'nana addo dankwa akufo-addo', 'subrahmanyam jaishankar', 'suga yoshihide']);
  });
});

describe('the stories of a bare name two people share', () => {
  const king = (country: string, from: string, articles: string[]) => ({ country, title: 'King', from, to: null, articles });
  const rashid = (...offices: ReturnType<typeof king>[]) => person('rashid', [], { offices });
  const moves = (people: PersonRecord[]) => planResolution(people).storyMoves.map((m) => `${m.key} ${m.articles.join(',')} → ${m.into}`);
  it('moves each story to the one person it means: the same office of the same country at a near date', () => {
    const people = [person('rashid ii', [], { offices: [king('BHR', '2019-03-01', ['k1'])] }), rashid(king('BHR', '2020-06-24', ['s1', 's2']), king('OMN', '2006-01-24', ['s3']))];
    expect(moves(people)).toEqual(['rashid s1,s2 → rashid ii']);
    expect(merged(people)).toEqual({});
    expect(moves([...people].reverse())).toEqual(moves(people));
  });
  it('moves a story to the group the candidate joined, under that group’s fullest key', () => {
    const people = [
      person('rashid ii', [], { offices: [king('BHR', '2019-03-01', ['k1'])] }),
      person('sheikh rashid ii', [], { offices: [king('BHR', '2018-03-01', ['k2'])] }),
      rashid(king('BHR', '2020-06-24', ['s1']), king('OMN', '2006-01-24', ['s3'])),
    ];
    expect(merged(people)).toEqual({ 'sheikh rashid ii': ['rashid ii'] });
    expect(moves(people)).toEqual(['rashid s1 → sheikh rashid ii']);
  });
  it('moves nothing when the bare name’s offices agree (a whole merge decides), or when no one or two people explain a story', () => {
    expect(moves([person('rashid ii', [], { offices: [king('BHR', '2019-03-01', ['k1'])] }), rashid(king('BHR', '2020-06-24', ['s1']))])).toEqual([]);
    // The office of the story held ten years from it: another reign.
    expect(moves([person('rashid ii', [], { offices: [king('BHR', '2009-03-01', ['k1'])] }), rashid(king('BHR', '2020-06-24', ['s1']), king('OMN', '2006-01-24', ['s3']))])).toEqual([]);
    // Two candidates hold the story's office: the story does not say which.
    const two = [
      person('rashid ii', [], { offices: [king('BHR', '2019-03-01', ['k1'])] }),
      person('rashid al-mansur', [], { offices: [king('BHR', '2021-03-01', ['k3'])] }),
      rashid(king('BHR', '2020-06-24', ['s1']), king('OMN', '2006-01-24', ['s3'])),
    ];
    expect(moves(two)).toEqual([]);
  });
  it('moves nothing to a person a split keeps apart', () => {
    const people = [person('rashid ii', [], { keepApart: ['rashid'], offices: [king('BHR', '2019-03-01', ['k1'])] }), rashid(king('BHR', '2020-06-24', ['s1']), king('OMN', '2006-01-24', ['s3']))];
    expect(moves(people)).toEqual([]);
  });
});
