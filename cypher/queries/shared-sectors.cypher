// sharedSectors: the sectors two countries both cooperate on; `together` when they cooperate on it
// with each other (one lists the other as a partner).
//
// Parameters:
//   $countryA  string  ISO alpha-3, e.g. 'JPN'
//   $countryB  string  ISO alpha-3, e.g. 'GBR'
//
// Example:
//   :params {countryA: 'JPN', countryB: 'GBR'}
MATCH (a:Country {iso3: $countryA})-[oa:COOPERATES_ON]->(s:Sector)<-[ob:COOPERATES_ON]-(b:Country {iso3: $countryB})
WITH a, b, s, oa, ob, ($countryB IN coalesce(oa.partners, []) OR $countryA IN coalesce(ob.partners, [])) AS together
RETURN {label: 'Country', key: a.iso3, name: a.name} AS countryA,
       {label: 'Country', key: b.iso3, name: b.name} AS countryB,
       {label: 'Sector', key: s.key, name: s.name} AS sector,
       together,
       oa.claimCount + ob.claimCount AS evidenceCount,
       reduce(acc = oa.articleIds, x IN ob.articleIds | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS articleIds
ORDER BY together DESC, evidenceCount DESC, sector.name
