// neighbourhood: the fact relationships around an entity, up to $depth hops (1-3), strongest first.
// Hop 1 is the facts touching the entity; hop k+1 the facts touching the nodes hop k reached (and
// not an earlier hop's nodes). Each hop keeps its $limit strongest facts (most stories; ties in the
// database's order), and the next hop starts from the nodes those reach. With $limit null nothing is
// cut: every fact touching a node closer than $depth, so the nodes reach out to $depth hops.
// One row per fact, hop by hop; each row also says how many facts the walk found before the cut
// (foundFacts: the whole neighbourhood unless an inner hop was cut) and whether it cut (truncated).
// A fact lists at most $articleIds of its stories' ids (articleCount is how many there are).
// With a type or date filter, only facts that pass it are walked and returned (a fact's dates are
// its first and last date seen; partial dates overlap the range).
//
// Parameters:
//   $key         string        entity key: Person key, ISO alpha-3, sector or organisation key
//   $depth       integer       1 to 3
//   $types       list|null     fact types to follow, e.g. ['MET', 'VISITED']; null for all
//   $from        string|null   earliest date, inclusive
//   $to          string|null   latest date, inclusive
//   $limit       integer|null  most facts kept at each hop, strongest first; null for all
//   $articleIds  integer|null  most article ids listed per fact; null for all
//
// Example:
//   :params {key: 'keir starmer', depth: 2, types: null, from: null, to: null, limit: 100, articleIds: 20}
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
  MATCH (start)-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]-()
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($from IS NULL OR left(r.lastDate, size($from)) >= left($from, size(r.lastDate)))
    AND ($to IS NULL OR left(r.firstDate, size($to)) <= left($to, size(r.firstDate)))
  // one pass: the facts grouped by strength, strongest group first, then the first $limit of them
  WITH r.articleCount AS strength, collect(r) AS tier ORDER BY strength DESC
  WITH collect(tier) AS tiers, sum(size(tier)) AS found
  RETURN found AS found1, reduce(kept = [], tier IN tiers | CASE WHEN size(kept) >= coalesce($limit, found) THEN kept ELSE kept + tier[0..coalesce($limit, found) - size(kept)] END) AS hop1
}
CALL (start, hop1) {
  WITH start, hop1 WHERE $depth >= 2
  UNWIND hop1 AS r1
  WITH DISTINCT start, CASE WHEN startNode(r1) = start THEN endNode(r1) ELSE startNode(r1) END AS m
  MATCH (m)-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]-(x)
  WHERE x <> start
    AND ($types IS NULL OR type(r) IN $types)
    AND ($from IS NULL OR left(r.lastDate, size($from)) >= left($from, size(r.lastDate)))
    AND ($to IS NULL OR left(r.firstDate, size($to)) <= left($to, size(r.firstDate)))
  WITH DISTINCT r
  // one pass: the facts grouped by strength, strongest group first, then the first $limit of them
  WITH r.articleCount AS strength, collect(r) AS tier ORDER BY strength DESC
  WITH collect(tier) AS tiers, sum(size(tier)) AS found
  RETURN found AS found2, reduce(kept = [], tier IN tiers | CASE WHEN size(kept) >= coalesce($limit, found) THEN kept ELSE kept + tier[0..coalesce($limit, found) - size(kept)] END) AS hop2
}
CALL (start, hop1, hop2) {
  WITH start, hop1, hop2 WHERE $depth >= 3
  WITH start, hop2, [r IN hop1 | CASE WHEN startNode(r) = start THEN endNode(r) ELSE startNode(r) END] AS near
  UNWIND hop2 AS r2
  UNWIND [startNode(r2), endNode(r2)] AS m
  WITH DISTINCT start, near, m
  WHERE NOT m IN near
  MATCH (m)-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]-(x)
  WHERE x <> start AND NOT x IN near
    AND ($types IS NULL OR type(r) IN $types)
    AND ($from IS NULL OR left(r.lastDate, size($from)) >= left($from, size(r.lastDate)))
    AND ($to IS NULL OR left(r.firstDate, size($to)) <= left($to, size(r.firstDate)))
  WITH DISTINCT r
  // one pass: the facts grouped by strength, strongest group first, then the first $limit of them
  WITH r.articleCount AS strength, collect(r) AS tier ORDER BY strength DESC
  WITH collect(tier) AS tiers, sum(size(tier)) AS found
  RETURN found AS found3, reduce(kept = [], tier IN tiers | CASE WHEN size(kept) >= coalesce($limit, found) THEN kept ELSE kept + tier[0..coalesce($limit, found) - size(kept)] END) AS hop3
}
WITH start, found1 + found2 + found3 AS foundFacts, size(hop1) + size(hop2) + size(hop3) AS kept,
     [r IN hop1 | [r, 1]] + [r IN hop2 | [r, 2]] + [r IN hop3 | [r, 3]] AS facts
UNWIND facts AS f
WITH start, foundFacts, kept < foundFacts AS truncated, f[0] AS r, f[1] AS hop
WITH start, foundFacts, truncated, r, hop, startNode(r) AS s, endNode(r) AS t
RETURN {label: head([l IN labels(start) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN start:Country THEN start.iso3 ELSE start.key END, name: start.name} AS start,
       {label: head([l IN labels(s) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN s:Country THEN s.iso3 ELSE s.key END, name: s.name, aliases: s.aliases, iso2: s.iso2} AS source,
       {label: head([l IN labels(t) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN t:Country THEN t.iso3 ELSE t.key END, name: t.name, aliases: t.aliases, iso2: t.iso2} AS target,
       {type: type(r), title: r.title, from: r.from, to: r.to, partners: r.partners,
        firstDate: r.firstDate, lastDate: r.lastDate, articleCount: r.articleCount,
        claimCount: r.claimCount, articleIds: r.articleIds[0..coalesce($articleIds, size(r.articleIds))]} AS fact,
       hop, foundFacts, truncated
