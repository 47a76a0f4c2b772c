import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExternalSort } from '../src/import/external-sort.js';

const dir = mkdtempSync(join(tmpdir(), 'wg-external-sort-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(sort: ExternalSort): Promise<string[]> {
  const out: string[] = [];
  for await (const line of sort.sorted()) out.push(line);
  return out;
}

describe('ExternalSort', () => {
  it('sorts lines by bytes as they are written, skipping empty ones', async () => {
    const sort = new ExternalSort('test lines', { tmpDir: dir, bufferSize: '1M' });
    for (const line of ['["b",2]', '', '["a",9]', '["B",1]', '["é",0]', '["a",10]']) await sort.write(line);
    expect(sort.lines).toBe(6);
    // Byte order: upper case before lower case, "1" before "9", non-ASCII last.
    expect(await collect(sort)).toEqual(['["B",1]', '["a",10]', '["a",9]', '["b",2]', '["é",0]']);
  });

  it('takes more lines than its buffer holds (it spills to disk and merges), in order, and leaves no file behind', async () => {
    const sort = new ExternalSort('many lines', { tmpDir: dir, bufferSize: '64K' });
    const n = 60_000;
    for (let i = n - 1; i >= 0; i--) await sort.write(`${String(i).padStart(6, '0')} ${'x'.repeat(40)}`);
    const out = await collect(sort);
    expect(out).toHaveLength(n);
    expect(out[0]!.startsWith('000000 ')).toBe(true);
    expect(out.at(-1)!.startsWith(String(n - 1).padStart(6, '0'))).toBe(true);
    expect(out.every((l, i) => i === 0 || out[i - 1]! <= l)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails with SORT_FAILED and the reason when sort cannot run', async () => {
    const sort = new ExternalSort('bad options', { tmpDir: dir, bufferSize: 'not-a-size' });
    await sort.write('a');
    await expect(collect(sort)).rejects.toMatchObject({ code: 'SORT_FAILED', message: expect.stringMatching(/sort of the bad options failed/) });
  });
});
