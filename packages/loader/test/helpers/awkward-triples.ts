import type { EntityRef, Triple } from '@wiregraph/core';

/**
 * Triples written to catch what a CSV path can get wrong, each case once: quotes, commas, line
 * breaks and an empty evidence; a missing date and title; a COOPERATES_ON with no partner; the
 * same fact twice in one article (the later wins); an article that comes back later in the input
 * (a second run adds to the first); a country code outside the reference list; several spellings
 * of one person (aliases).
 */
const person = (key: string, name: string): EntityRef => ({ type: 'Person', key, name });
const country = (key: string, name: string): EntityRef => ({ type: 'Country', key, name });
const sector = (key: string, name: string): EntityRef => ({ type: 'Sector', key, name });

export function awkwardTriples(): Triple[] {
  const ada = person('ada quill', 'Ada Quill');
  const adaShort = person('ada quill', 'A. Quill');
  const bo = person('bo renner', 'Bo "The Broker" Renner');
  const cy = person('cy varga; jr', 'Cy Varga; Jr, the younger');
  return [
    { article: 'awk-1', subject: ada, predicate: 'MET', object: bo, date: '2024-05-02', evidence: 'Quill met "the Broker", Renner, on Thursday.', confidence: 0.9, sentence: 0, start: 0, end: 44, rule: 'met.verb' },
    { article: 'awk-1', subject: bo, predicate: 'MET', object: ada, date: '2024-05-03', evidence: 'A second line\nabout the same meeting.', sentence: 3 },
    { article: 'awk-1', subject: ada, predicate: 'HOLDS_OFFICE', object: country('FRA', 'France'), date: null, evidence: '', title: 'Minister of Ports, Roads & Canals' },
    { article: 'awk-1', subject: cy, predicate: 'HOLDS_OFFICE', object: country('ZZZ', 'Zedland'), date: '2023', evidence: 'Cy Varga; Jr. leads Zedland.' },
    { article: 'awk-2', subject: country('FRA', 'French'), predicate: 'COOPERATES_ON', object: sector('energy', 'Energy'), date: '2024-06', evidence: 'France and its partners agreed on energy.', partners: [] },
    { article: 'awk-2', subject: country('DEU', 'Germany'), predicate: 'COOPERATES_ON', object: sector('energy', 'Energy'), date: '2024-06-10', evidence: 'Germany joined, with Poland and Czechia.', partners: ['POL', 'CZE', 'POL'] },
    { article: 'awk-2', subject: adaShort, predicate: 'VISITED', object: country('ZZZ', 'Zed Land'), date: '2024-06-11', evidence: 'Quill visited Zedland.' },
    { article: 'awk-2', subject: adaShort, predicate: 'HOLDS_OFFICE', object: country('FRA', 'France'), date: '2024-06-11', evidence: 'Minister Quill', title: 'Minister of Ports, Roads & Canals' },
    { article: 'awk-1', subject: ada, predicate: 'HOLDS_OFFICE', object: country('FRA', 'France'), date: '2022-01-01', evidence: 'Quill, minister since 2022', title: 'Minister of Ports, Roads & Canals' },
    { article: 'awk-1', subject: country('ZZZ', 'Zedland'), predicate: 'COOPERATES_WITH', object: country('FRA', 'France'), date: null, evidence: 'Zedland and France, together.' },
  ];
}
