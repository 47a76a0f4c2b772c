import { createReadStream } from 'node:fs';
import { articleRuns, readTriples, writeImportFiles } from '../../packages/loader/src/index.js';
const file = process.argv[2]!;
const t0 = performance.now();
let last = t0;
const w = await writeImportFiles(articleRuns(readTriples(createReadStream(file), file, (e) => { throw e; })), '/tmp/imp18/csvwork', (p) => {
  if (p.step !== 'read') { console.log(p.step, ((performance.now() - t0) / 1000).toFixed(1)); }
});
console.log('done', ((performance.now() - t0) / 1000).toFixed(1), 's', w.claims, 'claims', w.facts, 'rss MiB', Math.round(process.resourceUsage().maxRSS / 1024));
