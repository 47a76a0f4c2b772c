// neighbourhood: the fact relationships around an entity, up to $depth hops (1-3): every fact
// touching a node closer than $depth, so the nodes reach out to $depth hops. One row per fact.
// With a type or date filter, only facts that pass it are walked and returned (a fact's dates are
// its first and last date seen; partial dates overlap the range).
//
// Parameters:
//   $key    string        entity key: Person key, ISO alpha-3, sector or organisation key
//   $depth  integer       1 to 3
//   $types  list|null     fact types to follow, e.g. ['MET', 'VISITED']; null for all
//   $from   string|null   earliest date, inclusive
//   $to     string|null   latest date, inclusive
//
// Example:
//   :params {key: 'keir starmer', depth: 2, types: null, from: null, to: null}
CALL () {
  MATCH (n:Person {key: $key}) RETURN n
  UNION
  MATCH (n:Country {iso3: toUpper($key)}) RETURN n
  UNION
  MATCH (n:Sector {key: $key}) RETURN n
  UNION
  MATCH (n:Organization {key: $key}) RETURN n
}
WITH n AS start LIMIT 1
CALL (start) {
  RETURN start AS inner
  UNION
  WITH start WHERE $depth >= 2
  MATCH (start)-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]-(inner)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($from IS NULL OR left(r.lastDate, size($from)) >= left($from, size(r.lastDate)))
    AND ($to IS NULL OR left(r.firstDate, size($to)) <= left($to, size(r.firstDate)))
  RETURN inner
  UNION
  WITH start WHERE $depth >= 3
  MATCH (start)-[r1:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]-(middle)
  WHERE ($types IS NULL OR type(r1) IN $types)
    AND ($from IS NULL OR left(r1.lastDate, size($from)) >= left($from, size(r1.lastDate)))
    AND ($to IS NULL OR left(r1.firstDate, size($to)) <= left($to, size(r1.firstDate)))
  WITH DISTINCT middle
  MATCH (middle)-[r2:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]-(inner)
  WHERE ($types IS NULL OR type(r2) IN $types)
    AND ($from IS NULL OR left(r2.lastDate, size($from)) >= left($from, size(r2.lastDate)))
    AND ($to IS NULL OR left(r2.firstDate, size($to)) <= left($to, size(r2.firstDate)))
  RETURN inner
}
MATCH (inner)-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]-(other)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR left(r.lastDate, size($from)) >= left($from, size(r.lastDate)))
  AND ($to IS NULL OR left(r.firstDate, size($to)) <= left($to, size(r.firstDate)))
WITH DISTINCT start, r
WITH start, r, startNode(r) AS s, endNode(r) AS t
RETURN {label: head([l IN labels(start) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN start:Country THEN start.iso3 ELSE start.key END, name: start.name} AS start,
       {label: head([l IN labels(s) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN s:Country THEN s.iso3 ELSE s.key END, name: s.name, aliases: s.aliases, iso2: s.iso2} AS source,
       {label: head([l IN labels(t) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN t:Country THEN t.iso3 ELSE t.key END, name: t.name, aliases: t.aliases, iso2: t.iso2} AS target,
       {type: type(r), title: r.title, from: r.from, to: r.to, partners: r.partners,
        firstDate: r.firstDate, lastDate: r.lastDate, articleCount: r.articleCount,
        claimCount: r.claimCount, articleIds: r.articleIds} AS fact
