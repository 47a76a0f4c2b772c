// path: the shortest connections between two entities through fact relationships (MET, VISITED,
// HOLDS_OFFICE, COOPERATES_WITH, COOPERATES_ON, either direction), at most $maxHops long (1-6).
//
// Parameters:
//   $source   string          entity key: Person key, ISO alpha-3, sector or organisation key
//   $target   string          entity key
//   $maxHops  integer         1 to 6
//   $types    list|null       fact types the path may use, e.g. ['MET', 'HOLDS_OFFICE']; null for all
//   $limit    integer         most paths returned
//
// Example:
//   :params {source: 'keir starmer', target: 'narendra modi', maxHops: 4, types: null, limit: 10}
CALL () {
  MATCH (n:Person {key: $source}) RETURN n
  UNION
  MATCH (n:Country {iso3: toUpper($source)}) RETURN n
  UNION
  MATCH (n:Sector {key: $source}) RETURN n
  UNION
  MATCH (n:Organization {key: $source}) RETURN n
}
WITH n AS a LIMIT 1
CALL () {
  MATCH (n:Person {key: $target}) RETURN n
  UNION
  MATCH (n:Country {iso3: toUpper($target)}) RETURN n
  UNION
  MATCH (n:Sector {key: $target}) RETURN n
  UNION
  MATCH (n:Organization {key: $target}) RETURN n
}
WITH a, n AS b LIMIT 1
MATCH p = allShortestPaths((a)-[:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON*..6]-(b))
WHERE a <> b AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
WITH p
WHERE length(p) <= $maxHops
WITH p, reduce(total = 0, r IN relationships(p) | total + r.claimCount) AS evidenceCount
RETURN [n IN nodes(p) | {label: head([l IN labels(n) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
                         key: CASE WHEN n:Country THEN n.iso3 ELSE n.key END, name: n.name}] AS nodes,
       [r IN relationships(p) | {type: type(r),
                                 source: CASE WHEN startNode(r):Country THEN startNode(r).iso3 ELSE startNode(r).key END,
                                 target: CASE WHEN endNode(r):Country THEN endNode(r).iso3 ELSE endNode(r).key END,
                                 title: r.title, firstDate: r.firstDate, lastDate: r.lastDate,
                                 evidenceCount: r.claimCount, articleIds: r.articleIds}] AS relationships,
       length(p) AS hops,
       evidenceCount,
       reduce(acc = [], r IN relationships(p) | acc + [x IN r.articleIds WHERE NOT x IN acc]) AS articleIds
ORDER BY evidenceCount DESC
LIMIT $limit
