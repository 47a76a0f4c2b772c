// meetings: the meetings of a person, or of the office holders of a country, with dates and places.
// One row per counterpart and date; places come from the VISITED facts the same story dates to the
// meeting, else from the story's dateline. Partial dates overlap the range ('2025-05' is in May).
//
// Parameters:
//   $person   string|null  Person key, e.g. 'keir starmer' (give person, country or both)
//   $country  string|null  ISO alpha-3; alone: meetings of its office holders; with person: only counterparts holding its offices
//   $from     string|null  earliest date, 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', inclusive
//   $to       string|null  latest date, inclusive
//
// Example:
//   :params {person: 'keir starmer', country: null, from: null, to: null}
CALL () {
  MATCH (p:Person {key: $person})
  RETURN p
  UNION
  MATCH (:Country {iso3: $country})<-[:HOLDS_OFFICE]-(p:Person)
  WHERE $person IS NULL
  RETURN p
}
// a claim is reached from the person (no :Claim label here), so no plan scans the index of every MET claim
CALL (p) {
  MATCH (p)<-[:SUBJECT|OBJECT]-(c)-[:SUBJECT|OBJECT]->(q:Person)
  WHERE c.predicate = 'MET' AND q <> p
    AND ($from IS NULL OR left(c.date, size($from)) >= left($from, size(c.date)))
    AND ($to IS NULL OR left(c.date, size($to)) <= left($to, size(c.date)))
  RETURN c, q
}
WITH p, c, q
WHERE ($person IS NULL OR $country IS NULL OR EXISTS { (q)-[:HOLDS_OFFICE]->(:Country {iso3: $country}) })
  // two office holders of the same country meeting each other: list that meeting once
  AND ($person IS NOT NULL OR p.key < q.key OR NOT EXISTS { (q)-[:HOLDS_OFFICE]->(:Country {iso3: $country}) })
// the story's VISITED claims of the two: a claim's id is its story's id, then its fact key
// (story|VISITED|person key|ISO, '%' and '|' escaped; cypher/README.md), so an index range seek
// finds them without reading every claim of the story
OPTIONAL MATCH (v:Claim)
WHERE v.id STARTS WITH replace(replace(c.article, '%', '%25'), '|', '%7C') + '|VISITED|'
  AND v.subjectKey IN [p.key, q.key]
  AND (v.date = c.date OR v.date IS NULL OR c.date IS NULL)
OPTIONAL MATCH (v)-[:OBJECT]->(visited:Country)
WITH p, c, q, collect(DISTINCT visited {.iso3, .name}) AS visits
// else the story's dateline
OPTIONAL MATCH (art:Article {id: CASE WHEN size(visits) = 0 THEN c.article END})
OPTIONAL MATCH (dateline:Country {iso3: art.datelineCountry})
WITH p, c, q, CASE WHEN size(visits) > 0 THEN visits WHEN dateline IS NULL THEN [] ELSE [dateline {.iso3, .name}] END AS storyPlaces
WITH p, q, c.date AS date, collect(DISTINCT c.article) AS articleIds, count(DISTINCT c) AS evidenceCount, collect(storyPlaces) AS placeLists
RETURN {label: 'Person', key: p.key, name: p.name} AS person,
       {label: 'Person', key: q.key, name: q.name} AS counterpart,
       date,
       reduce(acc = [], ps IN placeLists | acc + [x IN ps WHERE NOT x IN acc]) AS places,
       evidenceCount,
       articleIds
ORDER BY date DESC, person.name, counterpart.name
