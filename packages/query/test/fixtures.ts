import type { Triple } from '@wiregraph/core';
import type { GraphNode, GraphRelationship } from '../src/index.js';

/** A small graph whose names hold what each format must escape: quotes, ampersands, markup, non-Latin scripts. */
export const TRICKY_NAME = 'Ayşe "Ace" O\'Brien & Sons <b>';
export const nodes: GraphNode[] = [
  { id: 'Person:ayse ace obrien', label: 'Person', key: 'ayse ace obrien', name: TRICKY_NAME, aliases: ['Ace & Co', 'Айше'], iso2: null },
  { id: 'Person:xi jinping', label: 'Person', key: 'xi jinping', name: '习近平', aliases: [], iso2: null },
  { id: 'Person:mohammed bin salman', label: 'Person', key: 'mohammed bin salman', name: 'محمد بن سلمان', aliases: ['MBS'], iso2: null },
  { id: 'Country:CHN', label: 'Country', key: 'CHN', name: 'China', aliases: ["People's Republic of China"], iso2: 'CN' },
  { id: 'Sector:critical-minerals', label: 'Sector', key: 'critical-minerals', name: 'Critical minerals', aliases: [], iso2: null },
];

const claim: Triple = {
  article: 'dev,01 "quoted"',
  subject: { type: 'Person', key: 'ayse ace obrien', name: TRICKY_NAME },
  predicate: 'MET',
  object: { type: 'Person', key: 'xi jinping', name: '习近平' },
  date: '2025-05',
  evidence: 'They met & talked: "<script>alert(1)</script>" — 会谈, then\nleft.',
  confidence: 0.9,
};

export const relationships: GraphRelationship[] = [
  {
    id: 'MET:Person:ayse ace obrien->Person:xi jinping', type: 'MET', source: 'Person:ayse ace obrien', target: 'Person:xi jinping',
    symmetric: true, firstDate: '2025-05', lastDate: '2026-01-31', articleCount: 2, evidenceCount: 3,
    articleIds: ['dev,01 "quoted"', 'seed'], title: null, from: null, to: null, partners: [], claims: [claim],
  },
  {
    id: 'HOLDS_OFFICE:Person:xi jinping->Country:CHN#President', type: 'HOLDS_OFFICE', source: 'Person:xi jinping', target: 'Country:CHN',
    symmetric: false, firstDate: '2025', lastDate: '2025-02', articleCount: 1, evidenceCount: 1, articleIds: ['dev20'],
    title: 'President', from: '2025', to: '2025-02', partners: [],
  },
  {
    id: 'COOPERATES_ON:Country:CHN->Sector:critical-minerals', type: 'COOPERATES_ON', source: 'Country:CHN', target: 'Sector:critical-minerals',
    symmetric: false, firstDate: null, lastDate: null, articleCount: 1, evidenceCount: 1, articleIds: ['dev20'],
    title: null, from: null, to: null, partners: ['PAK', 'KAZ'],
  },
];
