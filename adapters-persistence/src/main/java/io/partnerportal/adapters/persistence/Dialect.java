package io.partnerportal.adapters.persistence;

import java.util.Map;

/** The few statements that H2 and PostgreSQL spell differently. */
enum Dialect {
    H2(Map.of("orderedText", "VARCHAR(200)"),
            "SELECT NEXT VALUE FOR notification_outbox_id FROM SYSTEM_RANGE(1, ?)",
            "org.eclipse.persistence.platform.database.H2Platform"),
    POSTGRES(Map.of("orderedText", "VARCHAR(200) COLLATE \"C\""),
            "SELECT nextval('notification_outbox_id') FROM generate_series(1, ?)",
            "org.eclipse.persistence.platform.database.PostgreSQLPlatform");

    /** Flyway placeholders: {@code orderedText} compares in code-point order on both databases. */
    final Map<String, String> placeholders;
    /** Draws {@code ?} outbox ids, one by one, in one round trip. */
    final String nextOutboxIds;
    final String eclipseLinkPlatform;

    Dialect(Map<String, String> placeholders, String nextOutboxIds, String eclipseLinkPlatform) {
        this.placeholders = placeholders;
        this.nextOutboxIds = nextOutboxIds;
        this.eclipseLinkPlatform = eclipseLinkPlatform;
    }

    /** Draws {@code ?} values of {@code sequence}, one by one, in one round trip. */
    String nextIds(String sequence) {
        return this == POSTGRES ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
    }

    static Dialect of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRES : H2;
    }
}
