// partnersOn: the countries cooperating on a sector, and with whom. With a date range, only the
// claims dated in it count (partial dates overlap the range).
//
// Parameters:
//   $sector  string       sector key of sectors.yaml, e.g. 'critical-minerals'
//   $from    string|null  earliest date, inclusive
//   $to      string|null  latest date, inclusive
//
// Example:
//   :params {sector: 'critical-minerals', from: null, to: null}
MATCH (s:Sector {key: $sector})
CALL (s) {
  WITH s WHERE $from IS NULL AND $to IS NULL
  MATCH (s)<-[o:COOPERATES_ON]-(c:Country)
  RETURN c, coalesce(o.partners, []) AS partnerCodes, o.firstDate AS firstDate, o.lastDate AS lastDate,
         o.claimCount AS evidenceCount, o.articleIds AS articleIds
  UNION ALL
  WITH s WHERE $from IS NOT NULL OR $to IS NOT NULL
  MATCH (s)<-[:OBJECT]-(cl)-[:SUBJECT]->(c:Country)
  WHERE cl.predicate = 'COOPERATES_ON'
    AND ($from IS NULL OR left(cl.date, size($from)) >= left($from, size(cl.date)))
    AND ($to IS NULL OR left(cl.date, size($to)) <= left($to, size(cl.date)))
  WITH c, collect(coalesce(cl.partners, [])) AS lists, min(cl.date) AS firstDate, max(cl.date) AS lastDate,
       count(cl) AS evidenceCount, collect(DISTINCT cl.article) AS articleIds
  RETURN c, reduce(acc = [], l IN lists | acc + [x IN l WHERE NOT x IN acc]) AS partnerCodes,
         firstDate, lastDate, evidenceCount, articleIds
}
CALL (partnerCodes) {
  UNWIND partnerCodes AS code
  MATCH (pc:Country {iso3: code})
  RETURN collect({label: 'Country', key: pc.iso3, name: pc.name}) AS partners
}
RETURN {label: 'Sector', key: s.key, name: s.name} AS sector,
       {label: 'Country', key: c.iso3, name: c.name} AS country,
       partners, firstDate, lastDate, evidenceCount, articleIds
ORDER BY evidenceCount DESC, country.name
