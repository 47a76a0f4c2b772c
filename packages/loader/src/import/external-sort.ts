import { spawn } from 'node:child_process';
import { ImportError } from './import-error.js';

/**
 * Sorts a text file by bytes with the system's `sort`, which spills to disk past its buffer:
 * grouping millions of claims by fact costs a bounded amount of memory in this process and in
 * that one. Lines are compared whole (LC_ALL=C: byte order, the same everywhere).
 */
export function sortFile(input: string, output: string, options: { tmpDir: string; bufferSize?: string }): Promise<void> {
  const args = ['-S', options.bufferSize ?? '256M', '-T', options.tmpDir, '-o', output, input];
  return new Promise((resolvePromise, reject) => {
    const child = spawn('sort', args, { env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (c: Buffer) => (errors = (errors + c.toString('utf8')).slice(-2000)));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(new ImportError('SORT_FAILED', err.code === 'ENOENT' ? 'the `sort` command (coreutils) was not found; the import needs it to group claims by fact' : `sort failed: ${err.message}`, { input }, { cause: err })),
    );
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new ImportError('SORT_FAILED', `sort of ${input} failed (exit ${code}): ${errors.trim()}`, { input, exitCode: code }));
    });
  });
}
