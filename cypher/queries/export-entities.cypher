// export-entities: entities by their keys, with every exported property (the nodes of an export
// whose selection is a query file's result).
//
// Parameters:
//   $keys  list  entity keys
//
// Example:
//   :params {keys: ['keir starmer', 'JPN']}
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
RETURN {label: head([l IN labels(n) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN n:Country THEN n.iso3 ELSE n.key END, name: n.name, aliases: n.aliases, iso2: n.iso2} AS entity
