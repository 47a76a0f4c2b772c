/**
 * `pnpm bench read [--size-mb 256] [--files 20000] [--repeat 3] [--keep]`: throughput and peak memory of the
 * readers, against raw baselines measured in the same run.
 *
 * Inputs (generated under the OS temp folder from the dev corpus, each story made unique):
 *  - a large JSON Lines file (default 256 MB) and one a quarter of its size, to show that
 *    peak RSS does not grow with the input;
 *  - a directory tree of many small .txt stories (default 20,000).
 * Each measurement runs in a fresh Node process so its peak RSS is its own; each is run
 * `--repeat` times (default 3) and the fastest run is reported.
 * Baselines: readline over the same file (raw line reading), readline + JSON.parse, and
 * reading every file of the tree with readFile.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..');

interface Measure {
  ms: number;
  /** CPU time (user + system) of the run: steadier than wall time on a shared machine. */
  cpuMs: number;
  bytes: number;
  items: number;
  maxRssMb: number;
}

async function child(mode: string, path: string): Promise<void> {
  // Module loading (tsx compiling the package) happens before the clock starts.
  const { readArticles } = await import('../../packages/ingest/src/read/index.js');
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let items = 0;
  let bytes = 0;
  if (mode === 'lines' || mode === 'lines+json') {
    const rl = createInterface({ input: createReadStream(path, { highWaterMark: 1024 * 1024 }), crlfDelay: Infinity });
    for await (const line of rl) {
      if (mode === 'lines+json') JSON.parse(line);
      items++;
    }
    bytes = statSync(path).size;
  } else if (mode === 'readfile-tree') {
    const walk = async (dir: string): Promise<void> => {
      for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const p = join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else {
          bytes += (await readFile(p, 'utf8')).length;
          items++;
        }
      }
    };
    await walk(path);
  } else {
    const run = readArticles([path], { dedupe: mode !== 'read-nodedupe', referenceDate: new Date('2026-02-15') });
    for await (const _ of run) items++;
    bytes = run.summary().bytes;
    if (run.summary().skippedTotal) throw new Error(`skipped ${run.summary().skippedTotal}`);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const m: Measure = { ms, cpuMs: (cpu.user + cpu.system) / 1000, bytes, items, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(m) + '\n');
}

function measureOnce(mode: string, path: string): Measure {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, path], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measure;
}

function devStories(): { id: string; date: string; source: string; title: string; text: string }[] {
  const file = join(repo, 'fixtures', 'dev-corpus', 'articles.jsonl');
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

async function makeJsonl(path: string, sizeMb: number): Promise<void> {
  if (existsSync(path) && statSync(path).size >= sizeMb * 1024 * 1024) return;
  const stories = devStories();
  const out = createWriteStream(path);
  let written = 0;
  for (let i = 0; written < sizeMb * 1024 * 1024; i++) {
    const s = stories[i % stories.length]!;
    // A unique closing sentence keeps every body distinct, so dedupe drops nothing.
    const line = JSON.stringify({ ...s, id: `${s.id}-${i}`, text: `${s.text.trimEnd()}\n\nThis is copy ${i} of the story.` }) + '\n';
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function makeTree(dir: string, files: number): void {
  const marker = join(dir, `.complete-${files}`);
  if (existsSync(marker)) return;
  rmSync(dir, { recursive: true, force: true });
  const stories = devStories();
  for (let i = 0; i < files; i++) {
    const sub = join(dir, `d${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const s = stories[i % stories.length]!;
    writeFileSync(join(sub, `story-${i}.txt`), `${s.text.trimEnd()}\n\nThis is copy ${i} of the story.\n`);
  }
  writeFileSync(marker, '');
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const sizeMb = arg('size-mb', 256);
  const files = arg('files', 20_000);
  const repeat = arg('repeat', 3);
  const work = join(tmpdir(), 'wiregraph-bench-read');
  mkdirSync(work, { recursive: true });
  const big = join(work, `stories-${sizeMb}mb.jsonl`);
  const small = join(work, `stories-${Math.max(1, Math.round(sizeMb / 4))}mb.jsonl`);
  const tree = join(work, 'tree');
  process.stderr.write(`generating inputs in ${work} …\n`);
  await makeJsonl(big, sizeMb);
  await makeJsonl(small, Math.max(1, Math.round(sizeMb / 4)));
  makeTree(tree, files);

  // Round-robin over the runs, `repeat` times: a burst of load on the shared machine then
  // touches every run alike, and the fastest of each run's repeats is kept.
  const plan: { name: string; mode: string; path: string; input: string; baseline?: string }[] = [
    { name: 'baseline: readline, raw lines', mode: 'lines', path: big, input: `${sizeMb} MB JSONL` },
    { name: 'baseline: readline + JSON.parse', mode: 'lines+json', path: big, input: `${sizeMb} MB JSONL`, baseline: 'lines' },
    { name: 'readArticles (dedupe on)', mode: 'read', path: big, input: `${sizeMb} MB JSONL`, baseline: 'lines' },
    { name: 'readArticles (dedupe off)', mode: 'read-nodedupe', path: big, input: `${sizeMb} MB JSONL`, baseline: 'lines' },
    { name: 'readArticles (dedupe on), ¼ size', mode: 'read', path: small, input: `${Math.round(sizeMb / 4)} MB JSONL`, baseline: 'lines' },
    { name: 'readArticles (dedupe off), ¼ size', mode: 'read-nodedupe', path: small, input: `${Math.round(sizeMb / 4)} MB JSONL`, baseline: 'lines' },
    { name: 'baseline: walk + readFile', mode: 'readfile-tree', path: tree, input: `${files} .txt files` },
    { name: 'readArticles on the tree', mode: 'read', path: tree, input: `${files} .txt files`, baseline: 'readfile-tree' },
  ];
  const results = new Map<string, Measure[]>();
  for (let r = 1; r <= repeat; r++) {
    for (const p of plan) {
      process.stderr.write(`  [${r}/${repeat}] ${p.name} …\n`);
      const key = `${p.name}`;
      results.set(key, [...(results.get(key) ?? []), measureOnce(p.mode, p.path)]);
    }
  }
  const best = (name: string): Measure => {
    const runs = results.get(name)!;
    const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    return { ...fastest, maxRssMb: Math.max(...runs.map((x) => x.maxRssMb)) };
  };
  const baselineOf = (mode: string) => best(plan.find((p) => p.mode === mode && p.name.startsWith('baseline'))!.name);
  const rows = plan.map((p) => ({ name: p.name, input: p.input, m: best(p.name), baseline: p.baseline ? baselineOf(p.baseline) : undefined }));

  const mbps = (m: Measure) => m.bytes / 1024 / 1024 / (m.ms / 1000);
  const mbPerCpuS = (m: Measure) => m.bytes / 1024 / 1024 / (m.cpuMs / 1000);
  const ratio = (a: number, b: number | undefined) => (b === undefined ? '1.00' : (a / b).toFixed(2));
  const table = [
    '| run | input | items | MB/s (wall) | × baseline | MB per CPU-s | × baseline | peak RSS (MB) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ name, input, m, baseline }) =>
      `| ${name} | ${input} | ${m.items} | ${mbps(m).toFixed(1)} | ${ratio(mbps(m), baseline && mbps(baseline))} | ${mbPerCpuS(m).toFixed(1)} | ${ratio(mbPerCpuS(m), baseline && mbPerCpuS(baseline))} | ${m.maxRssMb.toFixed(0)} |`,
    ),
  ];
  process.stdout.write(
    `${table.join('\n')}\n\nWall MB/s is input bytes over the wall time of the fastest of ${repeat} runs; MB per CPU-s divides by that run's CPU time (user + system), ` +
      `steadier on a shared machine. × baseline compares with the readline (JSONL) or readFile (tree) baseline of the same run. Peak RSS is the highest of the repeats.\n`,
  );
  if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else await main();
