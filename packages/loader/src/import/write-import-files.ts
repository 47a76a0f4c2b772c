import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FACT_TYPES, PREDICATE_SIGNATURES, type Predicate } from '@wiregraph/core';
import { addClaim, type FactAddition } from '../internal/write-batch.js';
import { LineFile } from './csv-file.js';
import { ImportFiles, shortClaimId } from './import-files.js';
import { parseClaimLine, type PlannedChunk, type SpooledClaim } from './planned-chunk.js';
import { groups, spool, type SpooledArticle, type SpooledMention } from './spool.js';

/**
 * Triples → the CSV files of a graph equal to what the loader builds from them. Memory stays
 * flat: rows stream to disk, and the aggregates of each fact are computed in the same pass that
 * writes its claims, from the claims sorted by fact (an external sort); only one entry per
 * distinct entity key is held (names and aliases).
 */

export interface WrittenImport {
  files: ImportFiles;
  runs: number;
  triples: number;
  articles: number;
  claims: number;
  facts: Record<Predicate, number>;
  /** Ids of COOPERATES_ON claims with no partner (the loader stores [], the importer cannot): one a line. */
  claimsWithoutPartners: string;
  claimsWithoutPartnersCount: number;
  /** Milliseconds reading and planning the input (the sorts run meanwhile), then writing the CSVs from the sorted lines. */
  readMs: number;
  writeMs: number;
}

export interface WriteProgress {
  /** read: input planned and sent to the sorts, which sort as lines come; sort: input ended, they finish; csv: sorted lines written as CSV. */
  step: 'read' | 'sort' | 'csv';
  runs?: number;
  triples?: number;
}

/** `chunks`: the input planned, by planning workers (planTriplesInWorkers) or from article runs (plannedRuns). */
export async function writeImportFiles(
  chunks: AsyncIterable<PlannedChunk>,
  dir: string,
  onProgress: (p: WriteProgress) => void = () => {},
): Promise<WrittenImport> {
  await mkdir(dir, { recursive: true });
  const started = Date.now();
  const spooled = await spool(chunks, dir, (r, t) => onProgress({ step: 'read', runs: r, triples: t }));
  const readMs = Date.now() - started;
  onProgress({ step: 'sort', runs: spooled.runs, triples: spooled.triples });
  onProgress({ step: 'csv', runs: spooled.runs, triples: spooled.triples });

  const files = new ImportFiles(dir);
  const noPartners = new LineFile(join(dir, 'claims-without-partners.txt'));
  try {
    // Side by side: while the claims' sort merges its runs, this process writes the articles and mentions.
    const [{ claims, facts }, articles] = await Promise.all([
      writeClaimsAndFacts(spooled.claims.sorted(), files, noPartners),
      writeArticles(spooled.articles.sorted(), files),
      writeMentions(spooled.mentions.sorted(), files),
      spooled.names.write(files),
    ]);
    return {
      files,
      runs: spooled.runs,
      triples: spooled.triples,
      articles,
      claims,
      facts,
      claimsWithoutPartners: noPartners.path,
      claimsWithoutPartnersCount: noPartners.lines,
      readMs,
      writeMs: Date.now() - started - readMs,
    };
  } finally {
    await Promise.all([files.close(), noPartners.close(), spooled.claims.abort(), spooled.articles.abort(), spooled.mentions.abort()]);
  }
}

/**
 * Claims in fact order: each claim's node and links, then each fact with its aggregates (the
 * loader's addClaim). Streamed claim by claim: only the fact being written is held, whatever
 * number of claims it has.
 */
async function writeClaimsAndFacts(sorted: AsyncIterable<string>, files: ImportFiles, noPartners: LineFile) {
  const facts = Object.fromEntries(FACT_TYPES.map((p) => [p, 0])) as Record<Predicate, number>;
  let claims = 0;
  let fact: { first: SpooledClaim; sum: FactAddition | undefined } | undefined;
  let pending: SpooledClaim | undefined;
  // Each returns a promise only when a file's stream is backed up: only then does the loop wait.
  const endFact = () => {
    if (!fact) return undefined;
    facts[fact.first.predicate]++;
    return writeFact(fact.first, fact.sum!, files);
  };
  const takePending = () => {
    if (!pending) return undefined;
    const backedUp = writeClaim(pending, shortClaimId(claims), files, noPartners);
    fact!.sum = addClaim(fact!.sum, pending);
    claims++;
    return backedUp;
  };
  for await (const line of sorted) {
    const c = parseClaimLine(line);
    // The same claim id again (the article came back later in the input): the later one wins.
    if (pending && pending.id === c.id) {
      pending = c;
      continue;
    }
    const claimWritten = takePending();
    if (claimWritten) await claimWritten;
    if (fact?.first.factKey !== c.factKey) {
      const factWritten = endFact();
      if (factWritten) await factWritten;
      fact = { first: c, sum: undefined };
    }
    pending = c;
  }
  await takePending();
  await endFact();
  return { claims, facts };
}

/** A claim's node and links; a promise only when a file's stream is backed up (a million claims go by without one each). */
function writeClaim(c: SpooledClaim, importId: string, files: ImportFiles, noPartners: LineFile): Promise<unknown> | undefined {
  const sig = PREDICATE_SIGNATURES[c.predicate];
  const backedUp = [
    files.claims.write([importId], c.row),
    files.asserts.write([c.article, importId]),
    files.subject[sig.subject].write([importId, c.subjectKey]),
    files.object[sig.object].write([importId, c.objectKey]),
    c.partners !== null && c.partners.length === 0 ? noPartners.write(c.id) : undefined,
  ].filter((p) => p !== undefined);
  return backedUp.length > 0 ? Promise.all(backedUp) : undefined;
}

function writeFact(c: SpooledClaim, a: FactAddition, files: ImportFiles): Promise<void> | undefined {
  const articleIds = [...a.articleIds].sort();
  const office = c.predicate === 'HOLDS_OFFICE';
  return files.facts[c.predicate].write([
    c.subjectKey,
    c.objectKey,
    ...(office ? [c.title ?? ''] : []),
    a.claimCount, a.firstDate, a.lastDate, articleIds.length, articleIds,
    ...(office ? [a.firstDate, a.lastDate] : []),
    ...(c.predicate === 'COOPERATES_ON' ? [a.partners] : []),
  ]);
}

/** One node per article; of several runs of one article, the metadata of the last that had any (as the loader's SET). */
async function writeArticles(sorted: AsyncIterable<string>, files: ImportFiles): Promise<number> {
  let n = 0;
  for await (const group of groups(sorted, (l) => JSON.parse(l) as SpooledArticle, (a) => a[0])) {
    const meta = group.map((a) => a[2]).filter((m) => m !== null).at(-1);
    await files.articles.write([group[0]![0], meta?.source, meta?.url, meta?.title, meta?.published, meta?.dateline, meta?.datelineCountry, meta?.format]);
    n++;
  }
  return n;
}

async function writeMentions(sorted: AsyncIterable<string>, files: ImportFiles): Promise<void> {
  for await (const group of groups(sorted, (l) => JSON.parse(l) as SpooledMention, (m) => `${m[0]}\u0000${m[1]}\u0000${m[2]}`)) {
    const [article, label, key] = group[0]!;
    await files.mentions[label as keyof ImportFiles['mentions']].write([article, key]);
  }
}
