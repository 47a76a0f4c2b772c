// wiregraph schema for Neo4j 5.26. Applied by `pnpm wiregraph schema apply` and by the loader
// before its first write. Every statement is IF NOT EXISTS, so applying it again changes nothing.
// Labels and properties follow packages/core/src/graph-schema.ts and cypher/README.md.

// Uniqueness on every key: MERGE on these is index-backed, and two loaders writing at once
// cannot create the same node twice.
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE;
CREATE CONSTRAINT sector_key IF NOT EXISTS FOR (n:Sector) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;

// Properties queries filter on: names and dates.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX sector_name IF NOT EXISTS FOR (n:Sector) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX claim_date IF NOT EXISTS FOR (n:Claim) ON (n.date);
// The loader recomputes a fact's aggregates from its claims, found by this key.
CREATE INDEX claim_fact_key IF NOT EXISTS FOR (n:Claim) ON (n.factKey);

// Retired: an index on Claim.predicate (five values) served no query and cost every claim an
// index write; graphs loaded before it was retired lose it here.
DROP INDEX claim_predicate IF EXISTS;

// Offices as of a date: "who held which office on D" filters HOLDS_OFFICE on from/to.
CREATE INDEX holds_office_from IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.from);
CREATE INDEX holds_office_to IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.to);

// Full-text search over names and aliases, case- and accent-tolerant ("erdogan" finds "Erdoğan").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Country|Sector|Organization) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
