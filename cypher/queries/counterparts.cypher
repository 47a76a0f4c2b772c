// counterparts: the people a person met, how often (distinct meeting dates) and when last.
//
// Parameters:
//   $person  string  Person key, e.g. 'keir starmer'
//
// Example:
//   :params {person: 'keir starmer'}
MATCH (p:Person {key: $person})
// a claim is reached from the person (no :Claim label here), so no plan scans the index of every MET claim
CALL (p) {
  MATCH (p)<-[:SUBJECT|OBJECT]-(c)-[:SUBJECT|OBJECT]->(q:Person)
  WHERE c.predicate = 'MET' AND q <> p
  // an undated report counts as one meeting per story
  RETURN q, count(DISTINCT coalesce(c.date, 'story ' + c.article)) AS meetings, min(c.date) AS firstDate, max(c.date) AS lastDate,
         count(c) AS evidenceCount, collect(DISTINCT c.article) AS articleIds
}
RETURN {label: 'Person', key: p.key, name: p.name} AS person,
       {label: 'Person', key: q.key, name: q.name} AS counterpart,
       meetings, firstDate, lastDate, evidenceCount, articleIds
ORDER BY meetings DESC, lastDate DESC, counterpart.name
