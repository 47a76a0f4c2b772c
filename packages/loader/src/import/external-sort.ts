import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { LineSink } from './csv-file.js';
import { ImportError } from './import-error.js';

/**
 * Lines sorted by bytes with the system's `sort`, which spills to disk past its buffer: grouping
 * millions of claims by fact costs a bounded amount of memory in this process and in that one.
 * Lines go to its input as they are made, so it sorts in its own process (the other core) while
 * this one reads and plans; its output is read as a stream. No spool file is written or read
 * again here. Lines are compared whole (LC_ALL=C: byte order, the same everywhere).
 */
export class ExternalSort {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly input: LineSink;
  private readonly exit: Promise<void>;

  constructor(name: string, options: { tmpDir: string; bufferSize?: string }) {
    const args = ['-S', options.bufferSize ?? '256M', '-T', options.tmpDir];
    this.child = spawn('sort', args, { env: { ...process.env, LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let errors = '';
    this.child.stderr.on('data', (c: Buffer) => (errors = (errors + c.toString('utf8')).slice(-2000)));
    // A sort that dies makes its input fail with EPIPE: the exit below says why.
    this.child.stdin.on('error', () => {});
    this.exit = new Promise((resolvePromise, reject) => {
      this.child.on('error', (err: NodeJS.ErrnoException) =>
        reject(new ImportError('SORT_FAILED', err.code === 'ENOENT' ? 'the `sort` command (coreutils) was not found; the import needs it to group claims by fact' : `sort failed: ${err.message}`, { name }, { cause: err })),
      );
      this.child.on('close', (code) => {
        if (code === 0) resolvePromise();
        else reject(new ImportError('SORT_FAILED', `sort of the ${name} failed (exit ${code}): ${errors.trim()}`, { name, exitCode: code }));
      });
    });
    // Observed here so that a failure before anyone awaits it is not an unhandled rejection.
    this.exit.catch(() => {});
    this.input = new LineSink(this.child.stdin);
  }

  /** Adds a line (it must hold no line break); a promise only when the sort's input is backed up. */
  write(line: string): Promise<void> | undefined {
    return this.input.write(line);
  }

  /** Adds lines at once (`text`: `count` lines, each ending in a line break). */
  writeBlock(text: string, count: number): Promise<void> | undefined {
    return this.input.writeBlock(text, count);
  }

  get lines(): number {
    return this.input.lines;
  }

  /** Ends the input and yields the sorted lines (empty ones skipped); fails if the sort did. */
  async *sorted(): AsyncGenerator<string> {
    try {
      await Promise.race([this.input.close(), this.exit]);
    } catch (err) {
      // A sort that died leaves its input failing with EPIPE: its own exit says why.
      await this.exit;
      throw err;
    }
    const out = createInterface({ input: this.child.stdout, crlfDelay: Infinity });
    for await (const line of out) if (line !== '') yield line;
    await this.exit;
  }

  /** Stops the sort (after a failure elsewhere). */
  async abort(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill();
    await once(this.child, 'close').catch(() => {});
  }
}
