import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@wiregraph/core';
import { bindParameters, parseQueryFile, queryFiles } from '../src/index.js';

const TRAVERSALS = [
  'meetings', 'counterparts', 'office-holders', 'offices-of', 'cooperation', 'partners-on',
  'shared-sectors', 'path', 'neighbourhood', 'timeline', 'evidence', 'search',
];

/** A Cypher map literal of the simple kind the headers use → JSON (quoted keys, single-quoted strings). */
function cypherMapToJson(text: string): unknown {
  const json = text
    .replace(/'((?:[^'\\]|\\.)*)'/g, (_, s: string) => JSON.stringify(s.replace(/\\'/g, "'")))
    .replace(/([{,]\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:/g, '$1"$2":');
  return JSON.parse(json);
}

describe('cypher/queries', () => {
  const files = queryFiles();

  it('has one file per traversal of issue 6', () => {
    for (const name of TRAVERSALS) expect(files.has(name), `${name}.cypher`).toBe(true);
  });

  for (const [name, file] of files) {
    it(`${name}.cypher: its text and parameters are pinned`, () => {
      expect({ parameters: file.parameters, text: file.text }).toMatchSnapshot();
    });

    it(`${name}.cypher: the example :params line sets exactly the declared parameters`, () => {
      const example = cypherMapToJson(file.example) as Record<string, unknown>;
      expect(Object.keys(example).sort()).toEqual([...file.parameters].sort());
    });

    it(`${name}.cypher: takes labels and relationship types only from core's fixed list`, () => {
      const body = file.text.replace(/\/\/.*$/gm, '').replace(/'[^']*'/g, "''");
      const labels = [...body.matchAll(/\(\s*[A-Za-z_]*\s*:\s*([A-Za-z_|]+)/g)].flatMap((m) => m[1]!.split('|'));
      const labelTests = [...body.matchAll(/(?<![[\w])[a-z]\w*:([A-Z]\w*)\b/g)].map((m) => m[1]!);
      const types = [...body.matchAll(/\[\s*[A-Za-z_]*\s*:\s*([A-Za-z_|]+)/g)].flatMap((m) => m[1]!.split('|'));
      for (const l of [...labels, ...labelTests]) expect(NODE_LABELS as readonly string[]).toContain(l);
      for (const t of types) expect(RELATIONSHIP_TYPES as readonly string[]).toContain(t);
      // the label lists written out as strings in projections are the same fixed list
      for (const m of file.text.matchAll(/l IN \[([^\]]*)\]/g)) {
        for (const l of m[1]!.split(',').map((s) => s.trim().replace(/'/g, ''))) expect(NODE_LABELS as readonly string[]).toContain(l);
      }
    });
  }
});

describe('parseQueryFile', () => {
  it('rejects a file whose body uses a parameter the header does not declare', () => {
    const text = '// x\n//\n// Parameters:\n//   $a  string  a\n//\n// Example:\n//   :params {a: 1}\nRETURN $a, $b';
    expect(() => parseQueryFile('x', text)).toThrow(/undeclared: b/);
  });

  it('rejects a file that declares a parameter its body never uses', () => {
    const text = '// x\n// Parameters:\n//   $a  string  a\n//   $c  string  c\n// Example:\n//   :params {a: 1, c: 2}\nRETURN $a';
    expect(() => parseQueryFile('x', text)).toThrow(/unused: c/);
  });

  it('rejects a file with no example :params line', () => {
    expect(() => parseQueryFile('x', '// Parameters:\n//   $a  string  a\nRETURN $a')).toThrow(/example/);
  });

  it('ignores $words inside comments of the body', () => {
    const text = '// Parameters:\n//   $a  string  a\n// Example:\n//   :params {a: 1}\nRETURN $a // not $b';
    expect(parseQueryFile('x', text).parameters).toEqual(['a']);
  });
});

describe('bindParameters', () => {
  const file = parseQueryFile('m', '// Parameters:\n//   $person  string  p\n//   $from  string  f\n// Example:\n//   :params {person: null, from: null}\nRETURN $person, $from');

  it('sends every declared parameter, the missing ones as null', () => {
    expect(bindParameters(file, { person: 'keir starmer' })).toEqual({ person: 'keir starmer', from: null });
  });

  it('refuses a parameter the file does not take (a typo would be silently ignored otherwise)', () => {
    expect(() => bindParameters(file, { persn: 'x' })).toThrow(/takes no parameter \$persn/);
  });
});
