import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WiregraphError } from '@wiregraph/core';
import { OutputFiles, outputError } from '../src/export/output.js';
import { streamSink } from '../src/export/sink.js';

const dir = () => mkdtempSync(join(tmpdir(), 'wg-export-out-'));

async function failure(run: () => unknown): Promise<WiregraphError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(WiregraphError);
    return err as WiregraphError;
  }
  throw new Error('expected a failure');
}

describe('export output files', () => {
  it('refuses an existing file without force, and overwrites it with force', async () => {
    const file = join(dir(), 'graph.graphml');
    writeFileSync(file, 'keep me');
    const err = await failure(() => new OutputFiles(false).open(file));
    expect(err.message).toBe(`${file} already exists: choose another path, or add --force to overwrite it`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    const sink = streamSink(new OutputFiles(true).open(file));
    await sink.write('new');
    await sink.end();
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('names the path and the reason for a path it cannot write', async () => {
    const file = join(dir(), 'a-file');
    writeFileSync(file, '');
    expect((await failure(() => new OutputFiles(false).open(join(file, 'x.json')))).message).toBe(`cannot write ${join(file, 'x.json')}: a part of the path is not a directory (ENOTDIR)`);
    expect((await failure(() => new OutputFiles(false).open(join(dir(), 'no', 'such', 'x.json')))).message).toMatch(/: no such directory \(ENOENT\)$/);
    expect((await failure(() => new OutputFiles(false).directory(file))).message).toMatch(/it exists and is not a directory/);
  });

  it('turns a full disk into one error from the sink, never an unhandled error event', async () => {
    const sink = streamSink(new OutputFiles(true).open('/dev/full'), (err) => outputError('/dev/full', err));
    const err = await failure(async () => {
      for (let i = 0; i < 100; i++) await sink.write('x'.repeat(100_000));
      await sink.end();
    });
    expect(err.message).toBe('cannot write /dev/full: no space left on the device (ENOSPC)');
  });

  // (Tried on a regular file only: a regression here must not be able to delete a device.)
  it('never removes a file it did not create: a failed --force export leaves an existing file in place', async () => {
    const existing = join(dir(), 'existing.json');
    writeFileSync(existing, 'old');
    const again = new OutputFiles(true);
    again.open(existing);
    again.removeAll();
    expect(existsSync(existing)).toBe(true);
  });

  it('removes the files of a failed export', async () => {
    const d = dir();
    const files = new OutputFiles(false);
    files.open(join(d, 'nodes.csv'));
    files.removeAll();
    expect(existsSync(join(d, 'nodes.csv'))).toBe(false);
  });
});
