import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '@wiregraph/core';

/** One thing to read: a file (with the name to show), standard input, an input that names nothing, or a note for the summary. */
export type InputRef =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'error'; error: InputError }
  | { kind: 'warning'; file: string; code: string; message: string };

export interface WalkOptions {
  /**
   * Follow symbolic links found inside a folder (default false). Unfollowed, a link is passed
   * over with a warning, as `watch` passes it over: a link in an input folder to a file outside
   * it (/etc/passwd) is not read unless asked for. Followed, each directory is entered once by
   * its real path, so a link back to a parent is one `symlink-loop`, not 2^40 paths.
   */
  followSymlinks?: boolean;
}

interface WalkState {
  follow: boolean;
  /** Real paths of the directories entered in this walk. */
  entered: Set<string>;
}

/**
 * Files under a directory, depth first in name order, one directory listing in memory at a
 * time (so 100,000 files are walked without holding 100,000 paths). Dot files and dot
 * directories (.git, .DS_Store) are passed over.
 */
export async function* walk(dir: string, options: WalkOptions = {}): AsyncGenerator<InputRef> {
  yield* walkDir(dir, { follow: options.followSymlinks ?? false, entered: new Set() });
}

async function* walkDir(dir: string, state: WalkState): AsyncGenerator<InputRef> {
  const real = await realpath(dir).catch(() => dir);
  if (state.entered.has(real)) {
    yield { kind: 'error', error: new InputError('symlink-loop', `${dir}: a symbolic link leads back to ${real}, already read in this walk; not read again`, dir) };
    return;
  }
  state.entered.add(real);
  const entries: { name: string; isDir: boolean; isFile: boolean }[] = [];
  try {
    for await (const e of await opendir(dir)) {
      if (e.name.startsWith('.')) continue;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const path = join(dir, e.name);
        if (!state.follow) {
          yield { kind: 'warning', file: path, code: 'symlink-not-followed', message: `${path}: a symbolic link; not followed (--follow-symlinks reads it)` };
          continue;
        }
        const st = await stat(path).catch(() => undefined);
        isDir = !!st?.isDirectory();
        isFile = !!st?.isFile();
      }
      if (isDir || isFile) entries.push({ name: e.name, isDir, isFile });
    }
  } catch (err) {
    // An unreadable directory is one skipped input; the walk goes on with its siblings.
    const e = err as NodeJS.ErrnoException;
    yield { kind: 'error', error: new InputError('unreadable', `${dir}: cannot list the directory: ${e.code ?? e.message}`, dir, {}, { cause: err }) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDir) yield* walkDir(path, state);
    else yield { kind: 'file', path };
  }
}

/**
 * Expands paths, directories (recursive), globs and `-` into inputs, lazily and in order. A
 * path named on the command line is read even if it is a link: the user named it.
 */
export async function* expandInputs(inputs: readonly string[], options: WalkOptions = {}): AsyncGenerator<InputRef> {
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    const st = await stat(input).catch(() => undefined);
    if (st?.isFile()) {
      yield { kind: 'file', path: input };
      continue;
    }
    if (st?.isDirectory()) {
      yield* walk(input, options);
      continue;
    }
    const scan = picomatch.scan(input);
    if (scan.isGlob) {
      const base = scan.base || '.';
      const isMatch = picomatch(scan.glob, { dot: false });
      let matched = 0;
      const baseStat = await stat(base).catch(() => undefined);
      if (baseStat?.isDirectory()) {
        for await (const ref of walk(base, options)) {
          if (ref.kind !== 'file') {
            yield ref;
            continue;
          }
          const rel = relative(base, ref.path).split(sep).join('/');
          if (isMatch(rel)) {
            matched++;
            yield ref;
          }
        }
      }
      if (matched === 0) yield { kind: 'error', error: new InputError('not-found', `${input}: the pattern matches no file`, input) };
      continue;
    }
    yield { kind: 'error', error: new InputError('not-found', `${input}: no such file or directory`, input) };
  }
}

