package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import io.partnerportal.core.port.out.WebhookStore.Attempt;
import io.partnerportal.core.port.out.WebhookStore.Delivery;
import io.partnerportal.core.port.out.WebhookStore.Finish;
import io.partnerportal.core.port.out.WebhookStore.NewDelivery;
import io.partnerportal.core.port.out.WebhookStore.Status;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@code WebhookStore} (R20): endpoints stored and rotated as given; deliveries claimed oldest
 * first, one at a time per endpoint (an older pending delivery blocks newer ones), never by two
 * claimants at once; expired leases claimed again; only the holder records outcomes; retries of
 * finished deliveries; an endpoint's deletion takes its deliveries.
 */
public abstract class WebhookStoreContract extends StorageContract {
    protected static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(2);

    protected WebhookEndpoint endpoint(PartnerId partner, List<String> events) {
        WebhookEndpoint e = new WebhookEndpoint(UUID.randomUUID(), partner,
                URI.create("https://hooks.example.com/portal?x=" + UUID.randomUUID()), events, "whsec_one", null, null,
                T0);
        txRun(() -> storage.webhooks().addEndpoint(e));
        return e;
    }

    protected void enqueue(WebhookEndpoint e, int count) {
        List<NewDelivery> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new NewDelivery(e.id(), e.partner(), UUID.randomUUID(), "usage.reported", T0));
        }
        txRun(() -> storage.webhooks().enqueue(rows));
    }

    @Test
    void O4_aDeliveryKeepsTheTraceOfTheRequestThatCausedItsEventThroughClaimsAndRetries() {
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        WebhookEndpoint e = endpoint(PartnerId.random(), List.of());
        txRun(() -> storage.webhooks().enqueue(List.of(
                new NewDelivery(e.id(), e.partner(), UUID.randomUUID(), "usage.reported", T0, trace),
                new NewDelivery(e.id(), e.partner(), UUID.randomUUID(), "usage.reported", T0))));

        Delivery first = storage.webhooks().claim(T0, LEASE, "one", 10).get(0);
        assertThat(first.traceParent()).isEqualTo(trace);
        storage.webhooks().finish(first.id(), "one", new Attempt(T0, 500, "http 500"),
                Status.PENDING, T0.plusSeconds(60));
        Delivery again = storage.webhooks().claim(T0.plusSeconds(60), LEASE, "two", 10).get(0);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.traceParent()).isEqualTo(trace);
        storage.webhooks().finish(again.id(), "two", new Attempt(T0.plusSeconds(61), 200, null),
                Status.SENT, null);
        assertThat(storage.webhooks().claim(T0.plusSeconds(62), LEASE, "two", 10)).singleElement()
                .satisfies(d -> assertThat(d.traceParent()).isNull());
    }

    @Test
    void R20_endpointsAreStoredAndRotatedAsGiven() {
        PartnerId partner = PartnerId.random();
        WebhookEndpoint e = endpoint(partner, List.of("cancellation.scheduled", "subscription.ordered"));
        endpoint(PartnerId.random(), List.of());
        assertThat(storage.webhooks().endpoint(e.id())).contains(e);
        assertThat(storage.webhooks().endpoints(partner)).containsExactly(e);
        WebhookEndpoint rotated = e.rotated("whsec_two", T0.plusSeconds(60));
        txRun(() -> storage.webhooks().updateEndpoint(rotated));
        assertThat(storage.webhooks().endpoint(e.id())).contains(rotated);
        assertThat(rotated.signingSecrets(T0.plus(Duration.ofHours(1)))).containsExactly("whsec_two", "whsec_one");
    }

    @Test
    void R20_deliveriesAreClaimedInOrderOnePerEndpoint() {
        WebhookEndpoint a = endpoint(PartnerId.random(), List.of());
        WebhookEndpoint b = endpoint(PartnerId.random(), List.of());
        enqueue(a, 2);
        enqueue(b, 1);
        List<Delivery> first = storage.webhooks().claim(T0, LEASE, "one", 10);
        assertThat(first).extracting(Delivery::endpoint).containsExactly(a.id(), b.id());
        assertThat(storage.webhooks().claim(T0, LEASE, "two", 10)).isEmpty();
        Delivery d = first.get(0);
        assertThat(storage.webhooks().finish(d.id(), "two", new Attempt(T0, 200, null), Status.SENT, null))
                .as("not the holder").isFalse();
        assertThat(storage.webhooks().finish(d.id(), "one", new Attempt(T0, 500, "answered 500"), Status.PENDING,
                T0.plusSeconds(60))).isTrue();
        assertThat(storage.webhooks().claim(T0.plusSeconds(30), LEASE, "one", 10))
                .as("the older delivery of a is not due yet and blocks the newer one").isEmpty();
        List<Delivery> again = storage.webhooks().claim(T0.plusSeconds(60), LEASE, "one", 10);
        assertThat(again).extracting(Delivery::id).containsExactly(d.id());
        assertThat(again.get(0).attempts()).isEqualTo(1);
        assertThat(again.get(0).responseCode()).isEqualTo(500);
        storage.webhooks().finish(d.id(), "one", new Attempt(T0.plusSeconds(61), 204, null), Status.SENT, null);
        List<Delivery> next = storage.webhooks().claim(T0.plusSeconds(61), LEASE, "one", 10);
        assertThat(next).hasSize(1);
        assertThat(next.get(0).id()).isGreaterThan(d.id());
        List<Delivery> listed = storage.webhooks().deliveries(a.id(), 10);
        assertThat(listed).extracting(Delivery::id).containsExactly(next.get(0).id(), d.id());
        assertThat(listed.get(1).status()).isEqualTo(Status.SENT);
        assertThat(listed.get(1).attempts()).isEqualTo(2);
        assertThat(listed.get(1).lastAttemptAt()).isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void V3_aRunClaimsAnEndpointsDeliveriesInOrderAndNobodyElseTakesThem() {
        WebhookEndpoint a = endpoint(PartnerId.random(), List.of());
        WebhookEndpoint b = endpoint(PartnerId.random(), List.of());
        enqueue(a, 5);
        enqueue(b, 2);
        List<Delivery> runs = storage.webhooks().claimRuns(T0, LEASE, "one", 10, 3);
        assertThat(runs).extracting(Delivery::endpoint).containsExactly(a.id(), a.id(), a.id(), b.id(), b.id());
        List<Long> ofA = runs.subList(0, 3).stream().map(Delivery::id).toList();
        assertThat(ofA).isSorted();
        assertThat(storage.webhooks().deliveries(a.id(), 10)).extracting(Delivery::id).containsAll(ofA);
        // the rest of a waits: its oldest pending delivery is held
        assertThat(storage.webhooks().claimRuns(T0, LEASE, "two", 10, 3)).isEmpty();
        assertThat(storage.webhooks().claim(T0, LEASE, "two", 10)).isEmpty();
        // only the holder records; the run is sent in order, then the next run starts after it
        for (Delivery d : runs.subList(0, 3)) {
            assertThat(storage.webhooks().finish(d.id(), "two", new Attempt(T0, 200, null), Status.SENT, null)).isFalse();
            assertThat(storage.webhooks().finish(d.id(), "one", new Attempt(T0, 200, null), Status.SENT, null)).isTrue();
        }
        List<Delivery> next = storage.webhooks().claimRuns(T0.plusSeconds(1), LEASE, "two", 10, 3);
        assertThat(next).extracting(Delivery::endpoint).containsExactly(a.id(), a.id());
        assertThat(next.get(0).id()).isGreaterThan(ofA.get(2));
    }

    @Test
    void V3_aRunEndsBeforeADeliveryNotYetDueAndAReleasedRunIsClaimableAgain() {
        WebhookEndpoint a = endpoint(PartnerId.random(), List.of());
        enqueue(a, 3);
        List<Delivery> run = storage.webhooks().claimRuns(T0, LEASE, "one", 10, 50);
        assertThat(run).hasSize(3);
        // the head will be tried again later: the rest is given back and waits behind it
        storage.webhooks().finish(run.get(0).id(), "one", new Attempt(T0, 500, "http 500"), Status.PENDING,
                T0.plusSeconds(60));
        assertThat(storage.webhooks().release(run.get(1).id(), "one")).isTrue();
        assertThat(storage.webhooks().release(run.get(2).id(), "one")).isTrue();
        assertThat(storage.webhooks().claimRuns(T0.plusSeconds(1), LEASE, "two", 10, 50)).isEmpty();
        assertThat(storage.webhooks().claimRuns(T0.plusSeconds(60), LEASE, "two", 10, 50))
                .extracting(Delivery::id).containsExactly(run.get(0).id(), run.get(1).id(), run.get(2).id());
    }

    @Test
    void V3_aRunIsRecordedAtOnceAndOnlyWhatTheCallerHolds() {
        WebhookEndpoint a = endpoint(PartnerId.random(), List.of());
        enqueue(a, 4);
        List<Delivery> run = storage.webhooks().claimRuns(T0, LEASE, "one", 10, 3);
        assertThat(run).hasSize(3);
        List<Finish> sent = run.stream().map(d -> new Finish(d.id(), new Attempt(T0.plusSeconds(1), 204, null),
                Status.SENT, null)).toList();
        assertThat(storage.webhooks().finishAll(sent, "two")).as("another claimant's").isEmpty();
        assertThat(storage.webhooks().finishAll(List.of(), "one")).isEmpty();
        assertThat(storage.webhooks().finishAll(sent, "one"))
                .containsExactlyInAnyOrderElementsOf(run.stream().map(Delivery::id).toList());
        assertThat(storage.webhooks().finishAll(sent, "one")).as("recorded once").isEmpty();
        List<Delivery> recorded = storage.webhooks().deliveries(a.id(), 10);
        for (Delivery d : run) {
            Delivery now = recorded.stream().filter(r -> r.id() == d.id()).findFirst().orElseThrow();
            assertThat(now.status()).isEqualTo(Status.SENT);
            assertThat(now.attempts()).isEqualTo(1);
            assertThat(now.responseCode()).isEqualTo(204);
        }
        // the fourth is the endpoint's oldest pending one now
        assertThat(storage.webhooks().claimRuns(T0.plusSeconds(2), LEASE, "two", 10, 3)).hasSize(1);
    }

    @Test
    void R20_anExpiredLeaseIsClaimedAgainAndAReleasedDeliveryAtOnce() {
        WebhookEndpoint a = endpoint(PartnerId.random(), List.of());
        enqueue(a, 1);
        Delivery d = storage.webhooks().claim(T0, LEASE, "dead-instance", 10).get(0);
        assertThat(storage.webhooks().claim(T0.plus(LEASE).minusSeconds(1), LEASE, "other", 10)).isEmpty();
        assertThat(storage.webhooks().claim(T0.plus(LEASE), LEASE, "other", 10)).extracting(Delivery::id)
                .containsExactly(d.id());
        assertThat(storage.webhooks().release(d.id(), "dead-instance")).isFalse();
        assertThat(storage.webhooks().release(d.id(), "other")).isTrue();
        assertThat(storage.webhooks().claim(T0.plus(LEASE), LEASE, "third", 10)).hasSize(1);
    }

    @Test
    void R20_aDeadDeliveryNoLongerBlocksAndCanBeRetried() {
        WebhookEndpoint a = endpoint(PartnerId.random(), List.of());
        enqueue(a, 2);
        Delivery d = storage.webhooks().claim(T0, LEASE, "one", 1).get(0);
        storage.webhooks().finish(d.id(), "one", new Attempt(T0, null, "connection refused"), Status.DEAD, null);
        assertThat(storage.webhooks().claim(T0, LEASE, "one", 10)).extracting(Delivery::id).doesNotContain(d.id())
                .hasSize(1);
        Delivery retried = tx(() -> storage.webhooks().retry(a.id(), d.id(), T0.plusSeconds(5))).orElseThrow();
        assertThat(retried.status()).isEqualTo(Status.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(tx(() -> storage.webhooks().retry(UUID.randomUUID(), d.id(), T0))).as("another endpoint's").isEmpty();
    }

    @Test
    void R20_deletingAnEndpointDeletesItsDeliveries() {
        WebhookEndpoint a = endpoint(PartnerId.random(), List.of());
        enqueue(a, 3);
        assertThat(tx(() -> storage.webhooks().deleteEndpoint(a.id()))).isTrue();
        assertThat(storage.webhooks().endpoint(a.id())).isEmpty();
        assertThat(storage.webhooks().deliveries(a.id(), 10)).isEmpty();
        assertThat(storage.webhooks().claim(T0, LEASE, "one", 10)).isEmpty();
        assertThat(tx(() -> storage.webhooks().deleteEndpoint(a.id()))).isFalse();
    }

    @Test
    void R20_housekeepingDeletesOnlyFinishedOldDeliveries() {
        WebhookEndpoint a = endpoint(PartnerId.random(), List.of());
        enqueue(a, 2);
        Delivery d = storage.webhooks().claim(T0, LEASE, "one", 1).get(0);
        storage.webhooks().finish(d.id(), "one", new Attempt(T0, 200, null), Status.SENT, null);
        assertThat(tx(() -> storage.webhooks().deleteFinishedBefore(T0.plusSeconds(1)))).isEqualTo(1);
        assertThat(storage.webhooks().deliveries(a.id(), 10)).hasSize(1);
    }

    @Test
    void R20_concurrentClaimantsNeverShareADelivery() throws Exception {
        for (int i = 0; i < 40; i++) {
            enqueue(endpoint(PartnerId.random(), List.of()), 1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Delivery>>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String who = "claimant-" + i;
                claims.add(() -> storage.webhooks().claim(T0, LEASE, who, 40));
            }
            Set<Long> seen = new HashSet<>();
            int total = 0;
            for (Future<List<Delivery>> f : pool.invokeAll(claims)) {
                for (Delivery d : f.get()) {
                    seen.add(d.id());
                    total++;
                }
            }
            assertThat(total).isEqualTo(seen.size()).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }
}
