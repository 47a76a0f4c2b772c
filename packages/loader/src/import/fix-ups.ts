import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABELS, assertNodeLabel, assertRelationshipType } from '@wiregraph/core';

/**
 * The one thing a CSV cannot say: an empty list (the importer reads an empty field as null).
 * The loader stores [] for an entity with no alias, for a COOPERATES_ON claim with no partner and
 * for its fact when no claim has one; these statements set exactly those, after the import.
 */
const emptyAliases = (label: string) =>
  `MATCH (n:${assertNodeLabel(label)}) WHERE n.aliases IS NULL CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS`;

const EMPTY_FACT_PARTNERS = `MATCH ()-[r:${assertRelationshipType('COOPERATES_ON')}]->() WHERE r.partners IS NULL
CALL (r) { SET r.partners = [] } IN TRANSACTIONS OF 10000 ROWS`;

const EMPTY_CLAIM_PARTNERS = `UNWIND $ids AS id
MATCH (c:${assertNodeLabel('Claim')} {id: id})
SET c.partners = []`;

export async function applyEmptyLists(driver: Driver, database: string, claimsWithoutPartners: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction (session.run).
    for (const l of ENTITY_LABELS) await session.run(emptyAliases(l));
    await session.run(EMPTY_FACT_PARTNERS);
  } finally {
    await session.close();
  }
  let ids: string[] = [];
  const flush = async () => {
    if (ids.length === 0) return;
    const rows = ids;
    ids = [];
    await driver.executeQuery(EMPTY_CLAIM_PARTNERS, { ids: rows }, { database });
  };
  for await (const id of createInterface({ input: createReadStream(claimsWithoutPartners, 'utf8'), crlfDelay: Infinity })) {
    if (id === '') continue;
    ids.push(id);
    if (ids.length >= 10_000) await flush();
  }
  await flush();
}
