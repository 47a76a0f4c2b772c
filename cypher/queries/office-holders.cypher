// officeHolders: who holds a country's offices. Without $asOf, every holder the news has shown, latest
// first; with $asOf, per office the holder last seen in it on or before that date (offices as of a date
// seen in the news: from = first date seen, to = last date seen).
//
// Parameters:
//   $country  string       ISO alpha-3, e.g. 'GBR'
//   $asOf     string|null  'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'
//
// Example:
//   :params {country: 'GBR', asOf: '2026-02-01'}
MATCH (c:Country {iso3: $country})<-[h:HOLDS_OFFICE]-(p:Person)
WHERE $asOf IS NULL OR left(h.from, size($asOf)) <= left($asOf, size(h.from))
WITH c, h, p,
     CASE WHEN $asOf IS NULL OR left(h.to, size($asOf)) < left($asOf, size(h.to)) THEN h.to ELSE $asOf END AS seen
ORDER BY seen DESC, h.claimCount DESC, p.key
WITH c, toLower(h.title) AS office, collect({h: h, p: p}) AS holders
UNWIND (CASE WHEN $asOf IS NULL THEN holders ELSE holders[0..1] END) AS holder
WITH c, holder.h AS h, holder.p AS p
RETURN {label: 'Country', key: c.iso3, name: c.name} AS country,
       {label: 'Person', key: p.key, name: p.name} AS person,
       h.title AS title, h.from AS from, h.to AS to,
       h.claimCount AS evidenceCount, h.articleIds AS articleIds
ORDER BY to DESC, title, person.name
