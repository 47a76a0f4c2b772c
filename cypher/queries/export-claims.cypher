// export-claims: the claims (one story's triple each) behind a batch of facts, in the triple
// contract's shape: what the JSON Lines export writes and the HTML export shows on click. A claim
// is found by its fact key: predicate|start key|end key[|title] with '%' and '|' escaped, the key
// the loader gives every claim (symmetric facts: the smaller key first, as the fact is stored).
//
// Parameters:
//   $facts  list          maps {id, type, source, target, title}: source/target are the stored fact's end keys
//   $limit  integer|null  most claims per fact, earliest first (null: all)
//
// Example:
//   :params {facts: [{id: 'f1', type: 'MET', source: 'keir starmer', target: 'sanae takaichi', title: null}], limit: null}
UNWIND $facts AS f
WITH f, [part IN [f.type, f.source, f.target] + CASE WHEN f.type = 'HOLDS_OFFICE' THEN [coalesce(f.title, '')] ELSE [] END
         | replace(replace(part, '%', '%25'), '|', '%7C')] AS parts
WITH f, reduce(key = head(parts), part IN tail(parts) | key + '|' + part) AS factKey
CALL (f, factKey) {
  MATCH (c:Claim {factKey: factKey})
  WITH c ORDER BY c.date, c.article
  RETURN collect(c)[0..coalesce($limit, 2147483647)] AS claims
}
UNWIND claims AS c
MATCH (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
RETURN f.id AS factId,
       {article: c.article, predicate: c.predicate,
        subject: {type: head([l IN labels(s) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
                  key: CASE WHEN s:Country THEN s.iso3 ELSE s.key END, name: s.name},
        object: {type: head([l IN labels(o) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
                 key: CASE WHEN o:Country THEN o.iso3 ELSE o.key END, name: o.name},
        date: c.date, evidence: c.evidence, confidence: c.confidence, title: c.title, partners: c.partners,
        sentence: c.sentence, start: c.start, end: c.end, rule: c.rule} AS triple
