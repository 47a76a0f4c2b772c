// Words of travelling with someone, shared by the companion rules and the person-country resolvers.
export const ACCOMPANY = new Set(['accompanied', 'accompanying', 'accompanies']);
export const TRAVEL_VERBS = new Set(['arrived', 'travelling', 'traveling', 'travelled', 'traveled', 'came', 'flew']);
export const TRAVEL_WITH = /\b(?:arrived|travell?ing|travell?ed|came|flew) with\b/;

