import { isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import { TextDecoder } from 'node:util';
import { InputError, silentLogger, type Article } from '@wiregraph/core';
import { bodyFingerprint } from './article-id.js';
import type { StoryContext } from './build-article.js';
import { articleFromJsonLine, articleFromRecord } from './formats/jsonl.js';
import { parseArticleText } from './formats/text.js';
import { fileSource, streamSource, type ByteSource } from './inputs/byte-source.js';
import { assertText, decodeStrict, sniffEncoding, type TextEncoding } from './inputs/decode.js';
import { detectReader } from './inputs/detect-format.js';
import { expandInputs } from './inputs/expand-inputs.js';
import { readJsonLines } from './inputs/json-lines.js';
import { DEFAULT_MAX_LISTED, DEFAULT_MAX_STORY_BYTES, DEFAULT_MAX_XML_FILE_BYTES, type ReadOptions, type ResolvedReadOptions } from './options.js';
import { SummaryCollector, type RunSummary } from './summary.js';
import { readXmlDocument } from './xml/read-xml.js';

/** A read in progress: iterate it (or `.articles`) for the stories, then ask for the summary. */
export interface ReadRun extends AsyncIterable<Article> {
  readonly articles: AsyncIterable<Article>;
  /** The run's counts so far; complete once the articles have been iterated to the end. */
  summary(): RunSummary;
}

const HEAD_BYTES = 64 * 1024;

function resolve(options: ReadOptions): ResolvedReadOptions {
  return {
    logger: options.logger ?? silentLogger,
    maxStoryBytes: options.maxStoryBytes ?? DEFAULT_MAX_STORY_BYTES,
    maxXmlFileBytes: options.maxXmlFileBytes ?? DEFAULT_MAX_XML_FILE_BYTES,
    dedupe: options.dedupe ?? true,
    referenceDate: options.referenceDate,
    stdin: options.stdin ?? process.stdin,
    maxListed: options.maxListed ?? DEFAULT_MAX_LISTED,
    followSymlinks: options.followSymlinks ?? false,
    idRoot: options.idRoot,
  };
}

/**
 * Reads stories from files, directories (recursive), globs and `-` (standard input) into
 * Articles, lazily: one file (and, for JSON Lines, one line) at a time. Nothing throws for
 * bad input: each input or item that cannot be read is logged and listed in the summary,
 * and the run goes on. Duplicates (same id, or same normalised body) are yielded once.
 */
export function readArticles(inputs: readonly string[], options: ReadOptions = {}): ReadRun {
  const o = resolve(options);
  const collector = new SummaryCollector(o.maxListed);
  const seenIds = new Set<string>();
  const seenBodies = new Map<string, string>();

  const skip = (err: InputError) => {
    const item = collector.skip(err);
    o.logger.warn('story skipped', { ...item });
  };

  const admit = (a: Article): boolean => {
    if (!o.dedupe) return true;
    const at = { file: a.origin?.file ?? '-', ...(a.origin?.line !== undefined ? { line: a.origin.line } : {}), ...(a.origin?.item !== undefined ? { item: a.origin.item } : {}) };
    if (seenIds.has(a.id)) {
      collector.duplicate({ ...at, id: a.id, kind: 'id', duplicateOf: a.id });
      o.logger.debug('duplicate story', { ...at, id: a.id, kind: 'id' });
      return false;
    }
    const fp = bodyFingerprint(a.body);
    const first = seenBodies.get(fp);
    if (first !== undefined) {
      collector.duplicate({ ...at, id: a.id, kind: 'body', duplicateOf: first });
      o.logger.debug('duplicate story', { ...at, id: a.id, kind: 'body', duplicateOf: first });
      return false;
    }
    seenIds.add(a.id);
    seenBodies.set(fp, a.id);
    return true;
  };

  async function* articles(): AsyncGenerator<Article> {
    let stdinUsed = false;
    for await (const ref of expandInputs(inputs, { followSymlinks: o.followSymlinks })) {
      if (ref.kind === 'error') {
        skip(ref.error);
        continue;
      }
      if (ref.kind === 'warning') {
        collector.warn({ file: ref.file, code: ref.code, message: ref.message });
        o.logger.warn(ref.message, { file: ref.file, code: ref.code });
        continue;
      }
      let src: ByteSource;
      if (ref.kind === 'stdin') {
        if (stdinUsed) continue; // standard input can be read once
        stdinUsed = true;
        src = streamSource(o.stdin);
      } else {
        try {
          src = await fileSource(ref.path);
        } catch (err) {
          skip(unreadable(ref.path, err));
          continue;
        }
      }
      collector.summary.files++;
      try {
        for await (const r of readSource(src, o, (n) => (collector.summary.bytes += n), (w) => collector.warn(w))) {
          if (r instanceof InputError) skip(r);
          else if (admit(r)) {
            collector.summary.read++;
            yield r;
          }
        }
      } catch (err) {
        skip(err instanceof InputError ? err : unreadable(src.name, err));
      }
    }
  }

  const stream = articles();
  return {
    articles: stream,
    [Symbol.asyncIterator]: () => stream,
    summary: () => collector.summary,
  };
}

/** The same as {@link readArticles}; the name reads better where the run is kept for its summary. */
export const readStories = readArticles;

function unreadable(file: string, err: unknown): InputError {
  const e = err as NodeJS.ErrnoException;
  return new InputError('unreadable', `${file}: cannot read: ${e?.code ?? (e instanceof Error ? e.message : String(err))}`, file, {}, { cause: err });
}

function tooLarge(file: string, limit: number, what: string): InputError {
  return new InputError('too-large', `${file}: ${what} above the limit of ${limit} bytes`, file);
}

async function* readSource(
  src: ByteSource,
  o: ResolvedReadOptions,
  onBytes: (n: number) => void,
  warn: StoryContext['warn'],
): AsyncGenerator<Article | InputError> {
  const file = src.name;
  const head = await src.head(HEAD_BYTES);
  const { encoding, bomLength } = sniffEncoding(head);
  assertText(head.subarray(bomLength), encoding, file);
  const headText = new TextDecoder(encoding).decode(head.subarray(bomLength));
  const kind = detectReader(file, headText);
  const ctx = { file, referenceDate: o.referenceDate, maxStoryBytes: o.maxStoryBytes, warn, pathKey: pathKeyOf(file, o.idRoot) };

  if (kind === 'jsonl') {
    // An escaped JSON string can take twice the bytes of its text, plus the other fields.
    yield* readJsonLines(src, encoding, bomLength, ctx, o.maxStoryBytes * 2 + 64 * 1024, onBytes);
    return;
  }
  // Text and JSON hold one story or a few; XML is parsed whole: each is read with a cap.
  const limit = kind === 'text' ? o.maxStoryBytes + bomLength + 1024 : o.maxXmlFileBytes;
  const text = await readText(src, limit, kind === 'xml' && bomLength === 0 ? declaredXmlEncoding(headText) : undefined, encoding, bomLength, onBytes);
  if (text === undefined) {
    yield tooLarge(file, limit, kind === 'text' ? 'story file' : `${kind.toUpperCase()} file`);
    return;
  }
  if (kind === 'text') {
    try {
      yield parseArticleText(text, { ...ctx });
    } catch (err) {
      if (err instanceof InputError) yield err;
      else throw err;
    }
  } else if (kind === 'json') {
    yield* readJsonArray(text, ctx);
  } else {
    yield* readXmlDocument(text, ctx);
  }
}

/** The file's path under the id root (`a/story.txt`), or undefined when there is no root or it lies outside. */
function pathKeyOf(file: string, root: string | undefined): string | undefined {
  if (root === undefined || file === '-') return undefined;
  const rel = relative(resolvePath(root), resolvePath(file)).split(sep).join('/');
  return rel.startsWith('../') || rel === '..' || isAbsolute(rel) ? undefined : rel;
}

/**
 * The whole input as text, or undefined above `limit` (checked on the file's size before
 * reading). The bytes are dropped once decoded: this generator's frame never holds them while
 * the text is parsed, which keeps a large document's peak memory down by its size.
 */
async function readText(src: ByteSource, limit: number, declared: string | undefined, encoding: TextEncoding, bomLength: number, onBytes: (n: number) => void): Promise<string | undefined> {
  const bytes = await src.readAll(limit);
  if (!bytes) return undefined;
  onBytes(bytes.length);
  return declared ? decodeDeclared(bytes, declared, src.name) : decodeStrict(bytes.subarray(bomLength), encoding, src.name);
}

/** An XML declaration's encoding other than UTF-8/16 ("ISO-8859-1", "windows-1252"), if any. */
function declaredXmlEncoding(head: string): string | undefined {
  const m = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const label = m?.[1]?.toLowerCase();
  return label && !/^utf-?(8|16)/.test(label) ? label : undefined;
}

function decodeDeclared(bytes: Uint8Array, label: string, file: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InputError('invalid-encoding', `${file}: the XML declares the encoding "${label}", which is not supported`, file, { line: 1 });
  }
  try {
    return decoder.decode(bytes);
  } catch (err) {
    throw new InputError('invalid-encoding', `${file}: bytes that are not valid ${label}`, file, {}, { cause: err });
  }
}

function* readJsonArray(text: string, ctx: Omit<StoryContext, 'item' | 'line'>): Generator<Article | InputError> {
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (err) {
    // Not one JSON value: records one a line, as in JSON Lines.
    if (/^\s*\{/.test(text) && text.trim().includes('\n')) {
      yield* readJsonLinesText(text, ctx);
      return;
    }
    throw new InputError('malformed-json', `${ctx.file}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`, ctx.file, {}, { cause: err });
  }
  const list = Array.isArray(records) ? records : [records];
  let item = 0;
  for (const record of list) {
    item++;
    try {
      // A JSON array has no line per record: the item index says where.
      const a = articleFromRecord(record, { ...ctx, pathKey: ctx.pathKey === undefined ? undefined : `${ctx.pathKey}#${item}` });
      a.origin = { file: ctx.file, item };
      yield a;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield new InputError(err.code, err.message.replace(ctx.file, `${ctx.file} item ${item}`), ctx.file, { item }, { cause: err });
    }
  }
}

function* readJsonLinesText(text: string, ctx: Omit<StoryContext, 'item' | 'line'>): Generator<Article | InputError> {
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    if (!raw.trim()) continue;
    try {
      yield articleFromJsonLine(raw, { ...ctx, line });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield err;
    }
  }
}
