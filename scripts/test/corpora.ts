import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the tests find their corpora.
 *
 * The repository holds what it may hold: the dev corpus (dev01–dev30, written for the project)
 * in fixtures/dev-corpus, the team corpora and written samples beside the tests that use them.
 * Outside corpora it may not hold (the seed story, the real-copy corpus, the IPTC samples, the
 * upstream spec files) are read in place by the corpus tier (`pnpm test:corpora`, files named
 * *.corpus.test.ts) from the folder WIREGRAPH_CORPORA names, or from ../shared beside the
 * repository. That folder has the layout corpus/dev, corpus/real, conformance/iptc, spec.
 */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The dev corpus inside the repository: 30 stories and their 488 gold triples. */
export const DEV_CORPUS = {
  dir: join(REPO_ROOT, 'fixtures', 'dev-corpus'),
  articles: join(REPO_ROOT, 'fixtures', 'dev-corpus', 'articles.jsonl'),
  gold: join(REPO_ROOT, 'fixtures', 'dev-corpus', 'gold.jsonl'),
} as const;

export interface CorporaLocation {
  /** The folder, or undefined when there is none. */
  root?: string;
  /** Why there is none, in one clause (for "corpus tier not run: …"). */
  missing?: string;
}

/** The outside corpora: WIREGRAPH_CORPORA when set (it must exist), else ../shared when present. */
export function locateCorpora(env: NodeJS.ProcessEnv = process.env, repo = REPO_ROOT): CorporaLocation {
  const named = env.WIREGRAPH_CORPORA?.trim();
  if (named) {
    const root = resolve(repo, named);
    return existsSync(root) ? { root } : { missing: `WIREGRAPH_CORPORA=${named} does not exist` };
  }
  const beside = resolve(repo, '..', 'shared');
  if (existsSync(beside)) return { root: beside };
  return { missing: 'WIREGRAPH_CORPORA is not set and there is no ../shared beside the repository' };
}

/**
 * A path inside the outside corpora, for corpus-tier tests. Throws when they are absent: the
 * corpus tier only runs when they are present, so reaching this without them is a setup error.
 */
export function corporaPath(...parts: string[]): string {
  const { root, missing } = locateCorpora();
  if (!root) throw new Error(`outside corpora not found (${missing}): corpus-tier tests run through \`pnpm test:corpora\``);
  return join(root, ...parts);
}
