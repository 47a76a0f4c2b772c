// timeline: every dated fact about an entity, in date order: one row per fact and date, with the
// stories behind it. Symmetric facts (MET, COOPERATES_WITH) are listed with the smaller key first.
//
// Parameters:
//   $key    string       entity key: Person key, ISO alpha-3, sector or organisation key
//   $from   string|null  earliest date, inclusive
//   $to     string|null  latest date, inclusive
//   $limit  integer      most rows returned (earliest first)
//
// Example:
//   :params {key: 'keir starmer', from: null, to: null, limit: 1000}
CALL () {
  MATCH (n:Person {key: $key}) RETURN n
  UNION
  MATCH (n:Country {iso3: toUpper($key)}) RETURN n
  UNION
  MATCH (n:Sector {key: $key}) RETURN n
  UNION
  MATCH (n:Organization {key: $key}) RETURN n
}
WITH n AS e LIMIT 1
MATCH (e)<-[:SUBJECT|OBJECT]-(c)
WHERE c.date IS NOT NULL
  AND ($from IS NULL OR left(c.date, size($from)) >= left($from, size(c.date)))
  AND ($to IS NULL OR left(c.date, size($to)) <= left($to, size(c.date)))
MATCH (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
WITH c, s, o, (c.predicate IN ['MET', 'COOPERATES_WITH'] AND c.objectKey < c.subjectKey) AS swap
WITH c, CASE WHEN swap THEN o ELSE s END AS s, CASE WHEN swap THEN s ELSE o END AS o
WITH c.date AS date, c.predicate AS predicate, s, o, c.title AS title,
     count(c) AS evidenceCount, collect(DISTINCT c.article) AS articleIds
RETURN date, predicate,
       {label: head([l IN labels(s) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN s:Country THEN s.iso3 ELSE s.key END, name: s.name} AS subject,
       {label: head([l IN labels(o) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN o:Country THEN o.iso3 ELSE o.key END, name: o.name} AS object,
       title, evidenceCount, articleIds
ORDER BY date, predicate, subject.key, object.key
LIMIT $limit
