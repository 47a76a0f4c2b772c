import { readFileSync } from 'node:fs';

/** cypher/schema.cypher at the repository root: the one place the schema is written down. */
export const SCHEMA_FILE = new URL('../../../../cypher/schema.cypher', import.meta.url);

/** Splits a Cypher script into statements: `//` comment lines dropped, statements end with `;`. */
export function splitCypherScript(text: string): string[] {
  const withoutComments = text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function schemaStatements(file: URL | string = SCHEMA_FILE): string[] {
  return splitCypherScript(readFileSync(file, 'utf8'));
}
