// cooperation: the countries a country cooperates with, and on which sectors, strongest first
// (most stories, then most sectors).
//
// Parameters:
//   $country  string       ISO alpha-3, e.g. 'JPN'
//   $sector   string|null  sector key of sectors.yaml: keep only partners on that sector
//
// Example:
//   :params {country: 'JPN', sector: null}
MATCH (c:Country {iso3: $country})
// the country's sector facts are read once and grouped by partner (not once per partner)
CALL (c) {
  OPTIONAL MATCH (c)-[o:COOPERATES_ON]->(s:Sector)
  UNWIND coalesce(o.partners, []) AS iso
  WITH DISTINCT iso, s ORDER BY s.key
  RETURN collect({iso: iso, sector: s {.key, .name}}) AS onSectors
}
MATCH (c)-[w:COOPERATES_WITH]-(partner:Country)
WITH c, w, partner, [x IN onSectors WHERE x.iso = partner.iso3 | x.sector] AS sectors
WHERE $sector IS NULL OR any(s IN sectors WHERE s.key = $sector)
RETURN {label: 'Country', key: c.iso3, name: c.name} AS country,
       {label: 'Country', key: partner.iso3, name: partner.name} AS partner,
       sectors, w.firstDate AS firstDate, w.lastDate AS lastDate,
       w.claimCount AS evidenceCount, w.articleIds AS articleIds
ORDER BY size(articleIds) DESC, size(sectors) DESC, partner.name
