// cooperation: the countries a country cooperates with, and on which sectors, strongest first
// (most stories, then most sectors).
//
// Parameters:
//   $country  string       ISO alpha-3, e.g. 'JPN'
//   $sector   string|null  sector key of sectors.yaml: keep only partners on that sector
//
// Example:
//   :params {country: 'JPN', sector: null}
MATCH (c:Country {iso3: $country})-[w:COOPERATES_WITH]-(partner:Country)
CALL (c, partner) {
  OPTIONAL MATCH (c)-[o:COOPERATES_ON]->(s:Sector)
  WHERE partner.iso3 IN o.partners
  WITH s ORDER BY s.key
  RETURN collect(s {.key, .name}) AS sectors
}
WITH c, w, partner, sectors
WHERE $sector IS NULL OR any(s IN sectors WHERE s.key = $sector)
RETURN {label: 'Country', key: c.iso3, name: c.name} AS country,
       {label: 'Country', key: partner.iso3, name: partner.name} AS partner,
       sectors, w.firstDate AS firstDate, w.lastDate AS lastDate,
       w.claimCount AS evidenceCount, w.articleIds AS articleIds
ORDER BY size(articleIds) DESC, size(sectors) DESC, partner.name
