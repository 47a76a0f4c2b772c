import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corporaPath } from '../../../scripts/test/corpora.js';
import { SECTORS_FILE } from '../src/index.js';

describe('the sector taxonomy (package data) against the upstream spec', () => {
  it('is byte for byte the spec/sectors.yaml of the outside corpora', () => {
    expect(readFileSync(SECTORS_FILE, 'utf8')).toBe(readFileSync(corporaPath('spec', 'sectors.yaml'), 'utf8'));
  });
});
