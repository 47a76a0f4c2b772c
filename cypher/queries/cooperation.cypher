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
// partners and the sector facts naming them, joined by ISO code in one grouping: each sector fact is
// read once (not once per partner, nor its partner list searched once per partner)
CALL (c) {
  MATCH (c)-[w:COOPERATES_WITH]-(partner:Country)
  RETURN partner.iso3 AS iso, w, partner, null AS s
  UNION ALL
  MATCH (c)-[o:COOPERATES_ON]->(s:Sector)
  UNWIND o.partners AS iso
  RETURN iso, null AS w, null AS partner, s
}
WITH c, iso, w, partner, s ORDER BY s.key
WITH c, iso, collect(w)[0] AS w, collect(partner)[0] AS partner, collect(DISTINCT s {.key, .name}) AS sectors
WHERE w IS NOT NULL AND ($sector IS NULL OR any(s IN sectors WHERE s.key = $sector))
RETURN {label: 'Country', key: c.iso3, name: c.name} AS country,
       {label: 'Country', key: partner.iso3, name: partner.name} AS partner,
       sectors, w.firstDate AS firstDate, w.lastDate AS lastDate,
       w.claimCount AS evidenceCount, w.articleIds AS articleIds
ORDER BY size(articleIds) DESC, size(sectors) DESC, partner.name
