// officesOf: the dated offices a person holds in the news (from = first date seen, to = last date seen).
//
// Parameters:
//   $person  string  Person key, e.g. 'sanae takaichi'
//
// Example:
//   :params {person: 'sanae takaichi'}
MATCH (p:Person {key: $person})-[h:HOLDS_OFFICE]->(c:Country)
RETURN {label: 'Person', key: p.key, name: p.name} AS person,
       {label: 'Country', key: c.iso3, name: c.name} AS country,
       h.title AS title, h.from AS from, h.to AS to,
       h.claimCount AS evidenceCount, h.articleIds AS articleIds
ORDER BY from, title
