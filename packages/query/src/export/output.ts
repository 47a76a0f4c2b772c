import { closeSync, createWriteStream, mkdirSync, openSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { WiregraphError } from '@wiregraph/core';

/**
 * Export files: an existing file is never overwritten unless asked (`--force`), a path that
 * cannot be written is one clear error before any query runs, and a failed export removes
 * what it created, so no half-written file is left behind.
 */
export class OutputError extends WiregraphError {
  constructor(code: string, message: string, path: string, options?: { cause?: unknown }) {
    super(code, message, { path }, options);
  }
}

/** The error a user can act on, for a file system error on `path`. */
export function outputError(path: string, err: unknown): OutputError {
  if (err instanceof OutputError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'EEXIST') return new OutputError('OUTPUT_EXISTS', `${path} already exists: choose another path, or add --force to overwrite it`, path, { cause: err });
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    ENOENT: 'no such directory',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
    EDQUOT: 'disk quota exceeded',
  };
  const reason = (e?.code && why[e.code]) ?? e?.message ?? String(err);
  return new OutputError('OUTPUT_UNWRITABLE', `cannot write ${path}: ${reason}${e?.code ? ` (${e.code})` : ''}`, path, { cause: err });
}

/** Files one export opened, to remove if it fails. */
export class OutputFiles {
  private readonly created: string[] = [];
  private readonly streams: WriteStream[] = [];
  constructor(private readonly force: boolean) {}

  /** A directory for the csv files (made if missing; an existing non-directory is refused). */
  directory(path: string): void {
    try {
      mkdirSync(path, { recursive: true });
      if (!statSync(path).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'EEXIST' || e.code === 'ENOTDIR') throw new OutputError('OUTPUT_UNWRITABLE', `cannot write the csv files into ${path}: it exists and is not a directory (csv -o names a directory)`, path, { cause: err });
      throw outputError(path, err);
    }
  }

  /** A write stream on a file opened now (so a refusal comes before any work). */
  open(path: string): WriteStream {
    let fd: number;
    let created = true;
    try {
      try {
        fd = openSync(path, 'wx');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !this.force) throw err;
        // --force on an existing file (or a device): overwritten, but never removed on failure.
        created = false;
        fd = openSync(path, 'w');
      }
    } catch (err) {
      throw outputError(path, err);
    }
    if (created) this.created.push(path);
    let stream: WriteStream;
    try {
      stream = createWriteStream(path, { fd });
    } catch (err) {
      closeSync(fd);
      throw outputError(path, err);
    }
    this.streams.push(stream);
    return stream;
  }

  /** Removes the files this export created (after a failure); a file that existed before is left. */
  removeAll(): void {
    for (const stream of this.streams) stream.destroy();
    for (const path of this.created) rmSync(path, { force: true });
  }
}
