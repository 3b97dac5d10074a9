-- V6: the list search's trigram index (V23) takes new rows at once. GIN's fast update keeps them in a
-- pending list that every search reads through until a vacuum merges it; after many new subscriptions
-- (an import, a busy day) the searched list read the whole list, 10 ms at 10,000 rows instead of
-- 0.05 ms. Writes pay the index insert with the row instead. Where V23 made no index, and on H2,
-- nothing changes.
${searchIndexDirect};
