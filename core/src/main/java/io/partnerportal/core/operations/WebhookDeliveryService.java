package io.partnerportal.core.operations;

import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.application.DeliveryTally;
import io.partnerportal.core.application.OutboxLoop.Outcome;
import io.partnerportal.core.application.OutboxLoop;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import io.partnerportal.core.port.out.PartnerEventStore.PartnerEvent;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.WebhookSender;
import io.partnerportal.core.port.out.WebhookStore.Attempt;
import io.partnerportal.core.port.out.WebhookStore.Delivery;
import io.partnerportal.core.port.out.WebhookStore.Status;
import io.partnerportal.core.port.out.WebhookStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The webhook outbox (R20) as one lane of the {@link OutboxLoop}: the store claims each endpoint's
 * oldest due delivery, so each endpoint receives its events in order; a delivery is POSTed outside any
 * unit of work, sent on a 2xx, else retried on the emails' schedule and dead after the last try. The
 * store cannot renew a lease, so the lease (2 min) is long and a pass starts no attempt in its second
 * half: a pass never outlives its lease. One endpoint failing does not stop the pass for the others.
 */
final class WebhookDeliveryService implements WebhookDelivery, OutboxLoop.Queue<Delivery> {
    /** Deliveries one pass claims (one per endpoint). */
    static final int BATCH = 8;
    /** How long a claim holds. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final String GONE = "the endpoint or the event no longer exists";
    /** With several workers, one claim gives an endpoint up to this many deliveries in a row (V3). */
    static final int RUN = 500;

    private final WebhookStore webhooks;
    private final PartnerEventStore events;
    private final WebhookSender sender;
    private final Clock clock;
    private final OutboxLoop<Delivery> loop;
    /** How long a read endpoint is used before it is read again. */
    static final Duration ENDPOINT_FRESH = Duration.ofSeconds(1);
    private final Map<UUID, Read> endpoints = new ConcurrentHashMap<>();
    /** Deliveries one claim takes from one endpoint: 1 on one worker, else a run. */
    private final int perEndpoint;
    /** With workers, how long a sent delivery may wait to be recorded together with others (V3). */
    static final Duration RECORD_TOGETHER = Duration.ofMillis(20);
    /** With workers, the events of the deliveries claimed, read with the claim (by delivery id) until tried or given back. */
    private final Map<Long, PartnerEvent> claimedEvents = new ConcurrentHashMap<>();

    WebhookDeliveryService(WebhookStore webhooks, PartnerEventStore events, WebhookSender sender, Clock clock,
                           String claimant, System.Logger log, int parallelism) {
        this.webhooks = webhooks;
        this.events = events;
        this.sender = sender;
        this.clock = clock;
        this.perEndpoint = parallelism == 1 ? 1 : RUN;
        this.loop = new OutboxLoop<>(this, clock, claimant, parallelism == 1 ? BATCH : parallelism, LEASE, LEASE,
                false, "Webhook delivery", log, parallelism);
    }

    @Override
    public DeliveryReport deliverDue() {
        return loop.pass();
    }

    @Override
    public Map<String, DeliveryTally> tally() {
        return loop.tally();
    }

    // ---- the lane ----

    @Override
    public List<Delivery> claim(Instant now, Duration lease, String claimant, int limit) {
        if (perEndpoint == 1) {
            return webhooks.claim(now, lease, claimant, limit);
        }
        List<Delivery> claimed = webhooks.claimRuns(now, lease, claimant, limit, perEndpoint);
        // the runs' events in one read per partner, not one per delivery
        Map<PartnerId, Map<UUID, List<Long>>> wanted = new LinkedHashMap<>();
        for (Delivery d : claimed) {
            wanted.computeIfAbsent(d.partner(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(d.eventId(), e -> new ArrayList<>()).add(d.id());
        }
        if (claimedEvents.size() > 10_000) {
            claimedEvents.clear(); // rows lost to another instance are never tried here; a miss reads the event again
        }
        wanted.forEach((partner, byEvent) -> {
            for (PartnerEvent e : events.findAll(partner, byEvent.keySet())) {
                byEvent.getOrDefault(e.id(), List.of()).forEach(id -> claimedEvents.put(id, e));
            }
        });
        return claimed;
    }

    @Override
    public Duration recordTogetherWithin() {
        return perEndpoint == 1 ? Duration.ZERO : RECORD_TOGETHER;
    }

    @Override
    public void recordSent(List<OutboxLoop.Recorded<Delivery>> sent, String claimant) {
        List<WebhookStore.Finish> finishes = new ArrayList<>(sent.size());
        for (OutboxLoop.Recorded<Delivery> r : sent) {
            finishes.add(new WebhookStore.Finish(r.row().id(), new Attempt(r.at(), r.outcome().code(), null),
                    Status.SENT, null));
        }
        webhooks.finishAll(finishes, claimant);
    }

    @Override
    public Optional<Set<Long>> renew(Collection<Long> ids, String claimant, Instant until) {
        return Optional.empty();
    }

    @Override
    public void release(Delivery row, String claimant) {
        claimedEvents.remove(row.id());
        webhooks.release(row.id(), claimant);
    }

    @Override
    public long id(Delivery row) {
        return row.id();
    }

    @Override
    public String key(Delivery row) {
        return row.endpoint().toString();
    }

    @Override
    public String type(Delivery row) {
        return row.eventType();
    }

    @Override
    public int attempts(Delivery row) {
        return row.attempts();
    }

    /**
     * With workers, an endpoint as read at most {@link #ENDPOINT_FRESH} ago: a run of deliveries to one endpoint reads
     * it once, not once per delivery. A change to it (deleted, secret rotated) is seen within that time;
     * a rotation keeps the old secret valid far longer (R20).
     */
    private Optional<WebhookEndpoint> endpoint(UUID id) {
        if (perEndpoint == 1) {
            return webhooks.endpoint(id); // one delivery at a time: read each time
        }
        long now = System.nanoTime();
        Read read = endpoints.get(id);
        if (read == null || now - read.at() > ENDPOINT_FRESH.toNanos()) {
            read = new Read(webhooks.endpoint(id), now);
            if (endpoints.size() > 10_000) {
                endpoints.clear();
            }
            endpoints.put(id, read);
        }
        return read.endpoint();
    }

    private record Read(Optional<WebhookEndpoint> endpoint, long at) {
    }

    @Override
    public Outcome attempt(Delivery d, Instant now) {
        Optional<WebhookEndpoint> endpoint = endpoint(d.endpoint());
        PartnerEvent read = claimedEvents.remove(d.id());
        Optional<PartnerEvent> event = read != null ? Optional.of(read) : events.find(d.partner(), d.eventId());
        if (endpoint.isEmpty() || event.isEmpty()) {
            return new Outcome.GaveUp(GONE);
        }
        WebhookSender.Result result;
        try {
            result = sender.send(endpoint.get().url(), event.get().body(), endpoint.get().signingSecrets(now), now,
                    d.traceParent());
        } catch (RuntimeException e) {
            result = new WebhookSender.Result(null, "failed");
        }
        return result.succeeded() ? new Outcome.Sent(result.responseCode())
                : new Outcome.Failed(true, result.error(), result.error(), result.responseCode());
    }

    @Override
    public void record(Delivery d, String claimant, Outcome outcome, int attempts, Instant at, Instant nextTry) {
        if (outcome instanceof Outcome.Sent s) {
            webhooks.finish(d.id(), claimant, new Attempt(at, s.code(), null), Status.SENT, null);
        } else if (outcome instanceof Outcome.Failed f) {
            webhooks.finish(d.id(), claimant, new Attempt(at, f.code(), f.reason()),
                    nextTry != null ? Status.PENDING : Status.DEAD, nextTry);
        } else if (outcome instanceof Outcome.GaveUp g) {
            webhooks.finish(d.id(), claimant, new Attempt(at, null, g.reason()), Status.DEAD, null);
        }
    }
}
