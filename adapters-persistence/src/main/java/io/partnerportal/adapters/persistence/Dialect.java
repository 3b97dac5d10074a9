package io.partnerportal.adapters.persistence;

import java.util.Map;

/** The few statements that H2 and PostgreSQL spell differently. */
enum Dialect {
    H2(Map.of("orderedText", "VARCHAR(200)", "unitSeparator", "CHAR(31)", "liveRowsOnly", "",
            "searchIndex", "SELECT 1", "searchIndexDirect", "SELECT 1"),
            "SELECT NEXT VALUE FOR notification_outbox_id FROM SYSTEM_RANGE(1, ?)",
            "org.eclipse.persistence.platform.database.H2Platform",
            // the embedded database has one instance; its primary key still refuses a second row
            "INSERT INTO reminder_sent (entitlement_number, term_date, kind, person_id, sent_at)"
                    + " SELECT ?1, ?2, ?3, ?4, ?5 FROM (VALUES (0)) x WHERE NOT EXISTS (SELECT 1 FROM reminder_sent"
                    + " WHERE entitlement_number = ?1 AND term_date = ?2 AND kind = ?3 AND person_id = ?4)"),
    POSTGRES(Map.of("orderedText", "VARCHAR(200) COLLATE \"C\"", "unitSeparator", "CHR(31)",
            "liveRowsOnly", "WHERE next_reminder_on IS NOT NULL", "searchIndex", Ddl.SEARCH_INDEX,
            "searchIndexDirect", Ddl.SEARCH_INDEX_DIRECT),
            "SELECT nextval('notification_outbox_id') FROM generate_series(1, ?)",
            "org.eclipse.persistence.platform.database.PostgreSQLPlatform",
            // another instance's uncommitted row makes this wait, then do nothing: never two
            "INSERT INTO reminder_sent (entitlement_number, term_date, kind, person_id, sent_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING");

    /**
     * Flyway placeholders: {@code orderedText} compares in code-point order on both databases;
     * {@code unitSeparator} is the character U+001F, which no search text holds (it refuses control
     * characters), between the parts of a row's search text; {@code liveRowsOnly} makes the
     * reminder schedule's index partial where the database can (V22); {@code searchIndex} creates
     * the list search's trigram index where the extension can be created (V23); {@code searchIndexDirect}
     * makes that index take new rows at once, without GIN's pending list (V26).
     */
    final Map<String, String> placeholders;
    /** Draws {@code ?} outbox ids, one by one, in one round trip. */
    final String nextOutboxIds;
    final String eclipseLinkPlatform;
    /** R17: records a reminder unless its unique key is there; answers 1 the first time, 0 after. */
    final String insertReminder;

    Dialect(Map<String, String> placeholders, String nextOutboxIds, String eclipseLinkPlatform,
            String insertReminder) {
        this.placeholders = placeholders;
        this.nextOutboxIds = nextOutboxIds;
        this.eclipseLinkPlatform = eclipseLinkPlatform;
        this.insertReminder = insertReminder;
    }

    /**
     * Statements of a migration that only one database runs. V23 on PostgreSQL: the list search's
     * trigram index where {@code pg_trgm} can be created (a database owner may since PostgreSQL 13);
     * where it cannot, a notice and no index - the search scans the contact's rows, and the start
     * says so ({@link #HAS_SEARCH_INDEX}).
     */
    static final class Ddl {
        static final String SEARCH_INDEX = """
                DO $$
                BEGIN
                    BEGIN
                        CREATE EXTENSION IF NOT EXISTS pg_trgm;
                        CREATE INDEX IF NOT EXISTS subscription_viewer_search
                            ON subscription_viewer USING gin (search_text gin_trgm_ops);
                    EXCEPTION WHEN OTHERS THEN
                        RAISE NOTICE 'no trigram index for the list search: %', SQLERRM;
                    END;
                END
                $$""";

        /** V26: the trigram index, where V23 made it, without a pending list that searches read through. */
        static final String SEARCH_INDEX_DIRECT = """
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'subscription_viewer_search'
                               AND schemaname = current_schema()) THEN
                        ALTER INDEX subscription_viewer_search SET (fastupdate = off);
                        PERFORM gin_clean_pending_list('subscription_viewer_search'::regclass);
                    END IF;
                END
                $$""";

        private Ddl() {
        }
    }

    /** V6: whether the list search reads a trigram index ({@code pg_trgm}); asked at start. */
    static final String HAS_SEARCH_INDEX = "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'subscription_viewer_search'"
            + " AND schemaname = current_schema()";

    /** Draws {@code ?} values of {@code sequence}, one by one, in one round trip. */
    String nextIds(String sequence) {
        return this == POSTGRES ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
    }

    static Dialect of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRES : H2;
    }
}
