/**
 * `tsx scripts/people-dump.ts [--keys]`: counts Person nodes of the configured database and,
 * with --keys, prints every Person key with its aliases and countries (one per line), for the
 * hand count of split pairs and non-persons in docs/entity-resolution.md.
 */
import { loadConfig } from '../packages/core/src/index.js';
import { connect } from '../packages/loader/src/index.js';

const { driver, database } = await connect(loadConfig());
try {
  const s = driver.session({ database });
  try {
    const count = await s.run('MATCH (p:Person) RETURN count(p) AS n');
    console.log(`Person nodes: ${count.records[0]!.get('n')}`);
    if (process.argv.includes('--keys')) {
      const rows = await s.run(
        `MATCH (p:Person)
         OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(c:Country)
         RETURN p.key AS key, coalesce(p.aliasKeys, []) AS aliasKeys, collect(DISTINCT c.iso3) AS countries ORDER BY key`,
      );
      for (const r of rows.records) {
        const aliases = (r.get('aliasKeys') as string[]).filter((k) => k !== r.get('key'));
        console.log(`${r.get('key')}\t${(r.get('countries') as string[]).join(',')}\t${aliases.join(' | ')}`);
      }
    }
  } finally {
    await s.close();
  }
} finally {
  await driver.close();
}
