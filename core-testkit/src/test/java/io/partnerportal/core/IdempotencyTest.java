package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.Idempotency;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.IdempotencyStore;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency keys (SPEC §4). */
class IdempotencyTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void partner() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
    }

    private Idempotency.Outcome order(String key, String hash, String site) {
        return fx.core.idempotency().run(new Idempotency.Call(partner, key, hash), () -> {
            runs.incrementAndGet();
            String en = fx.order(partner, account, "jira").site(site).contact("ken@example.jp").placeOne()
                    .entitlementNumber();
            return new Idempotency.Response(201, "{\"entitlementNumber\":\"" + en + "\"}");
        });
    }

    private int subscriptions() {
        return fx.partners().subscriptions(PartnerOperations.ListSubscriptions.parse(partner, null, null, null, null))
                .items().size();
    }

    @Test
    void theSameKeyAndRequestReplayTheRecordedResponse() {
        Idempotency.Outcome first = order("key-1", "hash-a", "acme");
        Idempotency.Outcome second = order("key-1", "hash-a", "acme");
        assertThat(first.replayed()).isFalse();
        assertThat(second.replayed()).isTrue();
        assertThat(second.response()).isEqualTo(first.response());
        assertThat(runs).hasValue(1);
        assertThat(subscriptions()).isEqualTo(1);
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).hasSize(2);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        order("key-2", "hash-a", "acme");
        assertThatThrownBy(() -> order("key-2", "hash-b", "beta")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        assertThat(subscriptions()).isEqualTo(1);
    }

    @Test
    void keysArePerPartner() {
        order("shared", "hash-a", "acme");
        PartnerId other = PortalFixture.id(fx.partner("Other"));
        String theirAccount = fx.account(other, "Theirs");
        Idempotency.Outcome theirs = fx.core.idempotency().run(new Idempotency.Call(other, "shared", "hash-a"),
                () -> new Idempotency.Response(201, fx.order(other, theirAccount, "jira").site("theirs")
                        .contact("x@example.jp").placeOne().entitlementNumber()));
        assertThat(theirs.replayed()).isFalse();
    }

    @Test
    void aSupportKeysKeysAreItsOwn() {
        order("shared", "hash-a", "acme");
        Idempotency.Outcome support = fx.core.idempotency().run(Idempotency.Call.forSupport("key-1", "shared",
                "hash-b"), () -> new Idempotency.Response(200, "{}"));
        assertThat(support.replayed()).isFalse();
        assertThat(fx.core.idempotency().run(Idempotency.Call.forSupport("key-1", "shared", "hash-b"),
                () -> new Idempotency.Response(500, "never")).response()).isEqualTo(support.response());
    }

    @Test
    void aKeyStillRunningIsRefusedUntilItsLockRunsOut() {
        fx.storage.unitOfWork().run(() -> fx.storage.idempotency().start(new IdempotencyStore.IdempotencyRecord(
                Idempotency.Call.scopeOf(partner), "busy", "hash-a", IdempotencyStore.State.IN_PROGRESS, null, null,
                fx.clock.instant(), fx.clock.instant().plus(Duration.ofMinutes(5)))));
        assertThatThrownBy(() -> order("busy", "hash-a", "acme")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS));
        assertThat(runs).hasValue(0);
        // the request that held it never committed (a crash): after the lock, the key is free again
        fx.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(order("busy", "hash-a", "acme").replayed()).isFalse();
        assertThat(subscriptions()).isEqualTo(1);
    }

    @Test
    void aFailedCommandRecordsNothingAndFreesTheKey() {
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").place();
        assertThatThrownBy(() -> order("k", "hash-a", "acme")).isInstanceOf(RuntimeException.class);
        assertThat(fx.storage.idempotency().find(Idempotency.Call.scopeOf(partner), "k")).isEmpty();
        assertThat(order("k", "hash-a", "beta").replayed()).isFalse();
    }

    @Test
    void aCrashAfterTheCommandLeavesNeitherTheChangeNorTheRecord() {
        assertThatThrownBy(() -> fx.core.idempotency().run(new Idempotency.Call(partner, "crash", "h"), () -> {
            fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").place();
            throw new IllegalStateException("process dies before the response is recorded");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(subscriptions()).isZero();
        assertThat(fx.storage.outbox().counts().pending()).isZero();
        assertThat(fx.storage.idempotency().find(Idempotency.Call.scopeOf(partner), "crash")).isEmpty();
    }

    @Test
    void aMalformedKeyIsAValidationError() {
        assertThatThrownBy(() -> order("bad key with spaces", "h", "acme"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("Idempotency-Key"));
        assertThatThrownBy(() -> order("x".repeat(256), "h", "acme")).isInstanceOf(ValidationException.class);
    }

    @Test
    void recordsAreKeptAtLeastADayThenPurged() {
        order("old", "hash-a", "acme");
        fx.clock.advance(Duration.ofHours(24));
        fx.core.housekeeping().purgeExpired();
        assertThat(order("old", "hash-a", "acme").replayed()).isTrue();
        fx.clock.advance(Duration.ofHours(25));
        assertThat(fx.core.housekeeping().purgeExpired().idempotencyRecords()).isEqualTo(1);
        assertThat(fx.storage.idempotency().find(Idempotency.Call.scopeOf(partner), "old")).isEmpty();
    }
}
