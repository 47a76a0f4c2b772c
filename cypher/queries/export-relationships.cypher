// export-relationships: the fact relationships an export selects by filters; all of them when every
// filter is null. A fact passes the country filter when an end is one of the countries or a person
// holding an office of one; the sector filter keeps COOPERATES_ON facts on those sectors; dates
// overlap the fact's first and last date seen.
//
// Parameters:
//   $predicates  list|null    fact types, e.g. ['MET', 'VISITED']
//   $countries   list|null    ISO alpha-3 codes
//   $sectors     list|null    sector keys
//   $from        string|null  earliest date, inclusive
//   $to          string|null  latest date, inclusive
//
// Example:
//   :params {predicates: null, countries: ['JPN'], sectors: null, from: '2026-01-01', to: '2026-03-31'}
MATCH (a)-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]->(b)
WHERE ($predicates IS NULL OR type(r) IN $predicates)
  AND ($from IS NULL OR left(r.lastDate, size($from)) >= left($from, size(r.lastDate)))
  AND ($to IS NULL OR left(r.firstDate, size($to)) <= left($to, size(r.firstDate)))
  AND ($sectors IS NULL OR (b:Sector AND b.key IN $sectors))
  AND ($countries IS NULL OR a.iso3 IN $countries OR b.iso3 IN $countries
       OR EXISTS { (a)-[:HOLDS_OFFICE]->(x:Country) WHERE x.iso3 IN $countries }
       OR EXISTS { (b)-[:HOLDS_OFFICE]->(x:Country) WHERE x.iso3 IN $countries })
RETURN {label: head([l IN labels(a) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN a:Country THEN a.iso3 ELSE a.key END} AS source,
       {label: head([l IN labels(b) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN b:Country THEN b.iso3 ELSE b.key END} AS target,
       {type: type(r), title: r.title, from: r.from, to: r.to, partners: r.partners,
        firstDate: r.firstDate, lastDate: r.lastDate, articleCount: r.articleCount,
        claimCount: r.claimCount, articleIds: r.articleIds} AS fact
