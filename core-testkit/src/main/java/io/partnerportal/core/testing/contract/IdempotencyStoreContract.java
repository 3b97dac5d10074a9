package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.IdempotencyStore.IdempotencyRecord;
import io.partnerportal.core.port.out.IdempotencyStore.State;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code IdempotencyStore}: one record per scope and key, lock take-over, completion, purge. */
public abstract class IdempotencyStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private final String partner = "partner:" + PartnerId.random();

    private IdempotencyRecord started(String key, Instant at) {
        return new IdempotencyRecord(partner, key, "hash-1", State.IN_PROGRESS, null, null, at,
                at.plus(Duration.ofSeconds(60)));
    }

    @Test
    void aKeyIsStartedOncePerScope() {
        txRun(() -> storage.idempotency().start(started("k1", T0)));
        assertThatThrownBy(() -> txRun(() -> storage.idempotency().start(started("k1", T0))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
        String other = "support:key-1";
        txRun(() -> storage.idempotency().start(new IdempotencyRecord(other, "k1", "h", State.IN_PROGRESS, null,
                null, T0, T0.plusSeconds(60))));
        assertThat(storage.idempotency().find(partner, "k1").orElseThrow().requestHash()).isEqualTo("hash-1");
        assertThat(storage.idempotency().find(other, "k1").orElseThrow().requestHash()).isEqualTo("h");
    }

    @Test
    void aCompletedRecordKeepsTheResponse() {
        txRun(() -> storage.idempotency().start(started("k2", T0)));
        txRun(() -> storage.idempotency().complete(partner, "k2", 201, "{\"ok\":\"日本\"}"));
        IdempotencyRecord r = storage.idempotency().find(partner, "k2").orElseThrow();
        assertThat(r.state()).isEqualTo(State.COMPLETED);
        assertThat(r.responseStatus()).isEqualTo(201);
        assertThat(r.responseBody()).isEqualTo("{\"ok\":\"日本\"}");
        assertThat(r.createdAt()).isEqualTo(T0);
        txRun(() -> storage.idempotency().release(partner, "k2"));
        assertThat(storage.idempotency().find(partner, "k2")).isPresent();
    }

    @Test
    void aStaleInProgressRecordCanBeTakenOverOnce() {
        txRun(() -> storage.idempotency().start(started("k3", T0)));
        assertThat(tx(() -> storage.idempotency().takeOver(partner, "k3", "hash-1", T0.plusSeconds(30),
                T0.plusSeconds(90)))).isFalse();
        assertThat(tx(() -> storage.idempotency().takeOver(partner, "k3", "hash-1", T0.plusSeconds(61),
                T0.plusSeconds(121)))).isTrue();
        assertThat(tx(() -> storage.idempotency().takeOver(partner, "k3", "hash-1", T0.plusSeconds(62),
                T0.plusSeconds(122)))).isFalse();
        assertThat(storage.idempotency().find(partner, "k3").orElseThrow().lockedUntil())
                .isEqualTo(T0.plusSeconds(121));
    }

    @Test
    void releaseDeletesAnInProgressRecord() {
        txRun(() -> storage.idempotency().start(started("k4", T0)));
        txRun(() -> storage.idempotency().release(partner, "k4"));
        assertThat(storage.idempotency().find(partner, "k4")).isEmpty();
    }

    @Test
    void oldRecordsArePurged() {
        txRun(() -> {
            storage.idempotency().start(started("old", T0.minus(Duration.ofHours(49))));
            storage.idempotency().start(started("new", T0));
        });
        assertThat(tx(() -> storage.idempotency().purgeCreatedBefore(T0.minus(Duration.ofHours(48))))).isEqualTo(1);
        assertThat(storage.idempotency().find(partner, "old")).isEmpty();
        assertThat(storage.idempotency().find(partner, "new")).isPresent();
    }
}
