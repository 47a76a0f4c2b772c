// evidence: the stories and sentences behind one fact, one row per claim (a story's assertion).
// Symmetric facts (MET, COOPERATES_WITH) are found whichever way round a story told them.
//
// Parameters:
//   $predicate  string       'MET', 'VISITED', 'HOLDS_OFFICE', 'COOPERATES_WITH' or 'COOPERATES_ON'
//   $subject    string       subject key (Person key or ISO alpha-3)
//   $object     string       object key (Person key, ISO alpha-3 or sector key)
//   $title      string|null  HOLDS_OFFICE only: keep the claims of this title
//
// Example:
//   :params {predicate: 'MET', subject: 'keir starmer', object: 'sanae takaichi', title: null}
CALL () {
  MATCH (n:Person {key: $subject}) RETURN n
  UNION
  MATCH (n:Country {iso3: toUpper($subject)}) RETURN n
}
WITH n AS s LIMIT 1
CALL () {
  MATCH (n:Person {key: $object}) RETURN n
  UNION
  MATCH (n:Country {iso3: toUpper($object)}) RETURN n
  UNION
  MATCH (n:Sector {key: $object}) RETURN n
  UNION
  MATCH (n:Organization {key: $object}) RETURN n
}
WITH s, n AS o LIMIT 1
// every claim carries its fact's key, predicate|subject key|object key (HOLDS_OFFICE: |title
// follows), '%' and '|' escaped: the claims are found by index, however many claims either end has.
// Symmetric facts are keyed with the smaller key first; both orders are looked up.
WITH s, o,
     replace(replace(CASE WHEN s:Country THEN s.iso3 ELSE s.key END, '%', '%25'), '|', '%7C') AS a,
     replace(replace(CASE WHEN o:Country THEN o.iso3 ELSE o.key END, '%', '%25'), '|', '%7C') AS b
UNWIND CASE WHEN $predicate IN ['MET', 'COOPERATES_WITH'] AND a <> b THEN [a + '|' + b, b + '|' + a] ELSE [a + '|' + b] END AS ends
CALL (ends) {
  MATCH (c:Claim {factKey: $predicate + '|' + ends})
  WHERE $predicate <> 'HOLDS_OFFICE'
  RETURN c
  UNION
  MATCH (c:Claim)
  WHERE $predicate = 'HOLDS_OFFICE' AND c.factKey STARTS WITH 'HOLDS_OFFICE|' + ends + '|'
  RETURN c
}
WITH s, o, c
WHERE $title IS NULL OR c.title = $title
MATCH (art:Article)-[:ASSERTS]->(c)
RETURN {label: head([l IN labels(s) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN s:Country THEN s.iso3 ELSE s.key END, name: s.name} AS subject,
       {label: head([l IN labels(o) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN o:Country THEN o.iso3 ELSE o.key END, name: o.name} AS object,
       art.id AS articleId, art.title AS articleTitle, art.source AS source, art.url AS url,
       art.published AS published, c.date AS date, c.evidence AS sentence, c.title AS title,
       c.partners AS partners, c.confidence AS confidence
ORDER BY date, articleId
