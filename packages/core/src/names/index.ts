// Person names: cleaning a mention into a key (or saying why it names no person), and the variants that name one person.
export { cleanPersonName, type CleanedPersonName, type NotAPersonReason } from './clean.js';
export { nameRelation, STRONG_RELATIONS, type NameRelation, type NameRelationKind } from './variants.js';
export { nameWords, parseName, isInitial, type ParsedName } from './tokens.js';
export { sameSpelling, spellingForm, spellingBlock } from './spelling.js';
export { isFusedPair, keysNaming } from './fused.js';
export { isPatronymicLink } from './nasab.js';
export { storyNames, type StoryPerson } from './story.js';
