// search: entities by name or alias through the full-text index entity_names (standard-folding
// analyzer: case and accents do not matter; a surname alone finds the person). $query is Lucene
// syntax; the TypeScript search() builds it from plain text.
//
// Parameters:
//   $query  string   Lucene query, e.g. 'starmer' or 'sanchez~1'
//   $limit  integer  most entities returned
//
// Example:
//   :params {query: 'starmer', limit: 10}
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
// the best $limit first, then their labels and aliases (a surname can match hundreds of people)
WITH node, score ORDER BY score DESC, node.name LIMIT $limit
RETURN {label: head([l IN labels(node) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN node:Country THEN node.iso3 ELSE node.key END, name: node.name} AS entity,
       coalesce(node.aliases, []) AS aliases,
       score
ORDER BY score DESC, entity.name
LIMIT $limit
