export * from './triple.js';
export * from './article.js';
export * from './errors.js';
export * from './keys.js';
export * from './log.js';
export * from './reference/countries.js';
export * from './reference/sectors.js';
export * from './config.js';
