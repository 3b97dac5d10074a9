-- V6: the list's search (a LIKE '%…%' on subscription_viewer.search_text) reads a trigram index on
-- PostgreSQL. The extension pg_trgm is created where this role may (a database owner may since
-- PostgreSQL 13); where it cannot be, no index is made and the search scans the contact's rows, which
-- the start says in one WARN line. H2 has no trigram index and scans.
${searchIndex};
