// export-relationships-among: the fact relationships whose both ends are among the given entities.
//
// Parameters:
//   $keys  list  entity keys
//
// Example:
//   :params {keys: ['keir starmer', 'sanae takaichi', 'JPN', 'GBR']}
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Person {key: key}) RETURN n
  UNION
  MATCH (n:Country {iso3: key}) RETURN n
  UNION
  MATCH (n:Sector {key: key}) RETURN n
  UNION
  MATCH (n:Organization {key: key}) RETURN n
}
MATCH (n)-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]->(b)
WHERE CASE WHEN b:Country THEN b.iso3 ELSE b.key END IN $keys
RETURN {label: head([l IN labels(n) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN n:Country THEN n.iso3 ELSE n.key END} AS source,
       {label: head([l IN labels(b) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN b:Country THEN b.iso3 ELSE b.key END} AS target,
       {type: type(r), title: r.title, from: r.from, to: r.to, partners: r.partners,
        firstDate: r.firstDate, lastDate: r.lastDate, articleCount: r.articleCount,
        claimCount: r.claimCount, articleIds: r.articleIds} AS fact
