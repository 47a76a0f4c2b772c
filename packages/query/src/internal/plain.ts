import neo4j from 'neo4j-driver';

/**
 * Turns driver values into plain JS: Integer → number, temporal values → ISO strings, nodes and
 * relationships → their properties, so no driver type leaks out of the query package.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** A record's fields as a plain object. */
export function recordToPlain(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}
