import { UsageError } from '@wiregraph/core';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Cypher of every traversal lives in cypher/queries/*.cypher, so users paste the very same text
 * into Neo4j Browser. Each file starts with a `//` header naming its parameters (`//   $name  type
 * description`) and an example `:params {…}` line; the body is what runs.
 */
export interface QueryFile {
  /** File name without `.cypher`, e.g. `office-holders`. */
  name: string;
  /** The whole file as stored (header included: Cypher ignores comments). */
  text: string;
  /** The parameters the header declares, in order. */
  parameters: string[];
  /** The example parameter line for Neo4j Browser, without the `:params` prefix (`{person: 'keir starmer'}`). */
  example: string;
}

export const QUERIES_DIR = fileURLToPath(new URL('../../../../cypher/queries/', import.meta.url));

const HEADER_PARAM = /^\/\/\s+\$([A-Za-z_][A-Za-z0-9_]*)\s/;
const EXAMPLE = /^\/\/\s+:params\s+(\{.*\})\s*$/;

/** Parses one file's header and checks that the body uses exactly the parameters it declares. */
export function parseQueryFile(name: string, text: string): QueryFile {
  const lines = text.split(/\r?\n/);
  const parameters: string[] = [];
  let example: string | undefined;
  let bodyStart = 0;
  for (const [i, line] of lines.entries()) {
    if (!line.startsWith('//')) {
      bodyStart = i;
      break;
    }
    const param = HEADER_PARAM.exec(line);
    if (param) parameters.push(param[1]!);
    const ex = EXAMPLE.exec(line);
    if (ex) example = ex[1]!;
  }
  if (example === undefined) throw new Error(`cypher/queries/${name}.cypher: the header has no example ":params {…}" line`);
  const body = lines
    .slice(bodyStart)
    .map((l) => l.replace(/\/\/.*$/, ''))
    .join('\n');
  const used = new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  const declared = new Set(parameters);
  const undeclared = [...used].filter((p) => !declared.has(p));
  const unused = parameters.filter((p) => !used.has(p));
  if (undeclared.length || unused.length) {
    throw new Error(`cypher/queries/${name}.cypher: header and body disagree (undeclared: ${undeclared.join(', ') || '-'}; unused: ${unused.join(', ') || '-'})`);
  }
  return { name, text, parameters, example };
}

let cache: Map<string, QueryFile> | undefined;

/** Reads every query file once, on first use, and keeps them for the life of the process. */
export function queryFiles(dir = QUERIES_DIR): Map<string, QueryFile> {
  if (dir === QUERIES_DIR && cache) return cache;
  const files = new Map<string, QueryFile>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()) {
    const name = file.slice(0, -'.cypher'.length);
    files.set(name, parseQueryFile(name, readFileSync(dir + file, 'utf8')));
  }
  if (dir === QUERIES_DIR) cache = files;
  return files;
}

export function queryFile(name: string): QueryFile {
  const file = queryFiles().get(name);
  if (!file) throw new Error(`no query file cypher/queries/${name}.cypher`);
  return file;
}

/**
 * The parameters a query file runs with: exactly the declared ones, missing ones as null (Cypher's
 * "not given"), and an error for a name the file does not declare (a typo would otherwise be ignored).
 */
export function bindParameters(file: QueryFile, given: Record<string, unknown>): Record<string, unknown> {
  const unknown = Object.keys(given).filter((k) => !file.parameters.includes(k));
  if (unknown.length) throw new UsageError(`cypher/queries/${file.name}.cypher takes no parameter ${unknown.map((u) => '$' + u).join(', ')} (it takes ${file.parameters.map((p) => '$' + p).join(', ')})`);
  // Own keys only: "constructor" or "__proto__" must never reach an inherited member.
  return Object.fromEntries(file.parameters.map((p) => [p, Object.hasOwn(given, p) && given[p] !== undefined ? given[p] : null]));
}
