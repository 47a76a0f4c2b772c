// entity: one entity by its key (the lookup every traversal starts with), with its aliases.
//
// Parameters:
//   $key  string  Person key, ISO alpha-3, sector or organisation key
//
// Example:
//   :params {key: 'JPN'}
CALL () {
  MATCH (n:Person {key: $key}) RETURN n
  UNION
  MATCH (n:Country {iso3: toUpper($key)}) RETURN n
  UNION
  MATCH (n:Sector {key: $key}) RETURN n
  UNION
  MATCH (n:Organization {key: $key}) RETURN n
}
RETURN {label: head([l IN labels(n) WHERE l IN ['Person', 'Country', 'Sector', 'Organization']]),
        key: CASE WHEN n:Country THEN n.iso3 ELSE n.key END, name: n.name, aliases: n.aliases, iso2: n.iso2} AS entity
