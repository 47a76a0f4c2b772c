// export-nodes: the entities an export selects by filters: every entity when $whole is true, else the
// ends of the facts export-relationships.cypher selects with the same filters (same WHERE).
//
// Parameters:
//   $whole       boolean      true: every Person, Country, Sector and Organization
//   $predicates  list|null    fact types
//   $countries   list|null    ISO alpha-3 codes
//   $sectors     list|null    sector keys
//   $from        string|null  earliest date, inclusive
//   $to          string|null  latest date, inclusive
//
// Example:
//   :params {whole: false, predicates: null, countries: ['JPN'], sectors: null, from: '2026-01-01', to: '2026-03-31'}
CALL () {
  MATCH (n:Person) WHERE $whole RETURN n
  UNION ALL
  MATCH (n:Country) WHERE $whole RETURN n
  UNION ALL
  MATCH (n:Sector) WHERE $whole RETURN n
  UNION ALL
  MATCH (n:Organization) WHERE $whole RETURN n
  UNION ALL
  MATCH (a)-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]->(b)
  WHERE NOT $whole
    AND ($predicates IS NULL OR type(r) IN $predicates)
    AND ($from IS NULL OR left(r.lastDate, size($from)) >= left($from, size(r.lastDate)))
    AND ($to IS NULL OR left(r.firstDate, size($to)) <= left($to, size(r.firstDate)))
    AND ($sectors IS NULL OR (b:Sector AND b.key IN $sectors))
    AND ($countries IS NULL OR a.iso3 IN $countries OR b.iso3 IN $countries
         OR EXISTS { (a)-[:HOLDS_OFFICE]->(x:Country) WHERE x.iso3 IN $countries }
         OR EXISTS { (b)-[:HOLDS_OFFICE]->(x:Country) WHERE x.iso3 IN $countries })
  UNWIND [a, b] AS n
  RETURN DISTINCT n
}
RETURN {label: head([l IN labels(n) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN n:Country THEN n.iso3 ELSE n.key END, name: n.name, aliases: n.aliases, iso2: n.iso2} AS entity
