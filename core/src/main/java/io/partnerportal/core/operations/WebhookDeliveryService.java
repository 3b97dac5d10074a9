package io.partnerportal.core.operations;

import io.partnerportal.core.domain.notification.RetrySchedule;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.operations.WebhookDelivery;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.PartnerEventStore.PartnerEvent;
import io.partnerportal.core.port.out.WebhookSender;
import io.partnerportal.core.port.out.WebhookStore;
import io.partnerportal.core.port.out.WebhookStore.Attempt;
import io.partnerportal.core.port.out.WebhookStore.Delivery;
import io.partnerportal.core.port.out.WebhookStore.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * One pass of the webhook outbox (R20), like the email outbox's: claim each endpoint's oldest due
 * delivery under a lease, POST it outside any unit of work, then record the outcome - sent on a
 * 2xx, else retried after the emails' schedule (1 min, 5 min, 30 min, 2 h, 12 h) and dead after
 * the last try. Time comes from the clock. The lease (2 min) outlasts a batch of sends of at most
 * 10 s each, so a pass never needs to renew it; a killed instance's deliveries are claimed again
 * when it runs out.
 */
public final class WebhookDeliveryService implements WebhookDelivery {
    /** Deliveries one pass claims (one per endpoint). */
    public static final int BATCH = 8;
    /** How long a claim holds: more than {@link #BATCH} sends of at most 10 s. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final WebhookStore webhooks;
    private final PartnerEventStore events;
    private final WebhookSender sender;
    private final Clock clock;
    private final String claimant;
    private final System.Logger log;
    private final Map<String, long[]> tally = new TreeMap<>();

    public WebhookDeliveryService(WebhookStore webhooks, PartnerEventStore events, WebhookSender sender, Clock clock,
                           String claimant) {
        this.webhooks = webhooks;
        this.events = events;
        this.sender = sender;
        this.clock = clock;
        this.claimant = claimant;
        this.log = System.getLogger(WebhookDelivery.class.getName());
    }

    @Override
    public Report deliverDue() {
        List<Delivery> claimed = webhooks.claim(clock.instant(), LEASE, claimant, BATCH);
        int sent = 0;
        int retried = 0;
        int dead = 0;
        for (Delivery d : claimed) {
            Optional<WebhookEndpoint> endpoint = webhooks.endpoint(d.endpoint());
            Optional<PartnerEvent> event = events.find(d.partner(), d.eventId());
            WebhookSender.Result result;
            if (endpoint.isEmpty() || event.isEmpty()) {
                result = new WebhookSender.Result(null, "the endpoint or the event no longer exists");
            } else {
                try {
                    result = sender.send(endpoint.get().url(), event.get().body(),
                            endpoint.get().signingSecrets(clock.instant()), clock.instant());
                } catch (RuntimeException e) {
                    result = new WebhookSender.Result(null, e.getClass().getSimpleName());
                }
            }
            Instant done = clock.instant();
            int attempts = d.attempts() + 1;
            Attempt attempt = new Attempt(done, result.responseCode(), result.error());
            Optional<Duration> delay = RetrySchedule.delayAfter(attempts);
            if (result.succeeded()) {
                webhooks.finish(d.id(), claimant, attempt, Status.SENT, null);
                count(d.eventType(), 1, 0, 0);
                sent++;
            } else if (delay.isPresent() && endpoint.isPresent() && event.isPresent()) {
                Instant next = done.plus(delay.get());
                webhooks.finish(d.id(), claimant, attempt, Status.PENDING, next);
                log.log(System.Logger.Level.WARNING, "webhook delivery {0} ({1}) attempt {2} failed: {3}; next try {4}",
                        d.id(), d.eventType(), attempts, result.error(), next);
                count(d.eventType(), 0, 1, 0);
                retried++;
            } else {
                webhooks.finish(d.id(), claimant, attempt, Status.DEAD, null);
                log.log(System.Logger.Level.ERROR, "webhook delivery {0} ({1}) is dead after {2} attempts: {3}",
                        d.id(), d.eventType(), attempts, result.error());
                count(d.eventType(), 0, 0, 1);
                dead++;
            }
        }
        return new Report(claimed.size(), sent, retried, dead);
    }

    private void count(String type, int sent, int retried, int dead) {
        synchronized (tally) {
            long[] c = tally.computeIfAbsent(type, t -> new long[4]);
            c[0]++;
            c[1] += sent;
            c[2] += retried;
            c[3] += dead;
        }
    }

    @Override
    public Map<String, NotificationDelivery.Tally> tally() {
        Map<String, NotificationDelivery.Tally> out = new TreeMap<>();
        synchronized (tally) {
            tally.forEach((type, c) -> out.put(type, new NotificationDelivery.Tally(c[0], c[1], c[2], c[3])));
        }
        return Collections.unmodifiableMap(out);
    }
}
