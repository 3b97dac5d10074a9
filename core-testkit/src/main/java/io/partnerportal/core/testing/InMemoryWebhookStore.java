package io.partnerportal.core.testing;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import io.partnerportal.core.port.out.WebhookStore;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

final class InMemoryWebhookStore implements WebhookStore {
    private final InMemoryDatabase db;

    InMemoryWebhookStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void addEndpoint(WebhookEndpoint endpoint) {
        db.write(() -> {
            if (db.tables.webhookEndpoints.putIfAbsent(endpoint.id(), endpoint) != null) {
                throw new IllegalStateException("endpoint " + endpoint.id() + " exists");
            }
        });
    }

    @Override
    public void updateEndpoint(WebhookEndpoint endpoint) {
        db.write(() -> {
            db.tables.webhookEndpoints.replace(endpoint.id(), endpoint);
        });
    }

    @Override
    public Optional<WebhookEndpoint> endpoint(UUID id) {
        return db.read(() -> Optional.ofNullable(db.tables.webhookEndpoints.get(id)));
    }

    @Override
    public List<WebhookEndpoint> endpoints(PartnerId partner) {
        return db.read(() -> db.tables.webhookEndpoints.values().stream().filter(e -> e.partner().equals(partner))
                .toList());
    }

    @Override
    public boolean deleteEndpoint(UUID id) {
        return db.write(() -> {
            db.tables.webhookDeliveries.values().removeIf(d -> d.endpoint().equals(id));
            return db.tables.webhookEndpoints.remove(id) != null;
        });
    }

    @Override
    public void enqueue(List<NewDelivery> deliveries) {
        db.write(() -> {
            for (NewDelivery n : deliveries) {
                long id = db.tables.nextDeliveryId++;
                db.tables.webhookDeliveries.put(id, new Delivery(id, n.endpoint(), n.partner(), n.eventId(),
                        n.eventType(), n.createdAt(), n.createdAt(), 0, Status.PENDING, null, null, null, n.traceParent()));
            }
        });
    }

    @Override
    public List<Delivery> claim(Instant now, Duration lease, String claimant, int limit) {
        return db.unit(() -> {
            Set<UUID> blocked = new HashSet<>();
            List<Delivery> claimed = new ArrayList<>();
            for (Delivery d : List.copyOf(db.tables.webhookDeliveries.values())) {
                if (d.status() != Status.PENDING || !blocked.add(d.endpoint())) {
                    continue;
                }
                Map.Entry<String, Instant> held = db.tables.webhookClaims.get(d.id());
                boolean free = held == null || !held.getValue().isAfter(now);
                if (!d.dueAt().isAfter(now) && free && claimed.size() < limit) {
                    db.tables.webhookClaims.put(d.id(), new AbstractMap.SimpleImmutableEntry<>(claimant, now.plus(lease)));
                    claimed.add(d);
                }
            }
            return claimed;
        });
    }

    @Override
    public List<Delivery> claimRuns(Instant now, Duration lease, String claimant, int endpoints, int perEndpoint) {
        return db.unit(() -> {
            List<Delivery> heads = claim(now, lease, claimant, endpoints);
            Map<UUID, List<Delivery>> runs = new LinkedHashMap<>();
            heads.forEach(h -> runs.computeIfAbsent(h.endpoint(), k -> new ArrayList<>()).add(h));
            Set<UUID> ended = new HashSet<>();
            for (Delivery d : List.copyOf(db.tables.webhookDeliveries.values())) {
                List<Delivery> run = runs.get(d.endpoint());
                if (run == null || d.status() != Status.PENDING || d.id() <= run.get(0).id() || ended.contains(d.endpoint())
                        || run.size() >= perEndpoint) {
                    continue;
                }
                if (d.dueAt().isAfter(now)) {
                    ended.add(d.endpoint());
                    continue;
                }
                db.tables.webhookClaims.put(d.id(), new AbstractMap.SimpleImmutableEntry<>(claimant, now.plus(lease)));
                run.add(d);
            }
            List<Delivery> out = new ArrayList<>();
            runs.values().forEach(out::addAll);
            return out;
        });
    }

    @Override
    public boolean finish(long id, String claimant, Attempt attempt, Status status, Instant retryAt) {
        return db.unit(() -> {
            Delivery d = db.tables.webhookDeliveries.get(id);
            if (!heldBy(id, claimant) || d == null || d.status() != Status.PENDING) {
                return false;
            }
            db.tables.webhookClaims.remove(id);
            db.tables.webhookDeliveries.put(id, new Delivery(id, d.endpoint(), d.partner(), d.eventId(), d.eventType(),
                    d.createdAt(), status == Status.PENDING ? retryAt : d.dueAt(), d.attempts() + 1, status,
                    attempt.responseCode(), attempt.error(), attempt.at(), d.traceParent()));
            return true;
        });
    }

    @Override
    public boolean release(long id, String claimant) {
        return db.unit(() -> heldBy(id, claimant) && db.tables.webhookClaims.remove(id) != null);
    }

    private boolean heldBy(long id, String claimant) {
        Map.Entry<String, Instant> held = db.tables.webhookClaims.get(id);
        return held != null && held.getKey().equals(claimant);
    }

    @Override
    public List<Delivery> deliveries(UUID endpoint, int limit) {
        return db.read(() -> db.tables.webhookDeliveries.descendingMap().values().stream()
                .filter(d -> d.endpoint().equals(endpoint)).limit(limit).toList());
    }

    @Override
    public Optional<Delivery> retry(UUID endpoint, long id, Instant dueAt) {
        return db.write(() -> {
            Delivery d = db.tables.webhookDeliveries.get(id);
            if (d == null || !d.endpoint().equals(endpoint)) {
                return Optional.empty();
            }
            if (d.status() == Status.PENDING) {
                return Optional.of(d);
            }
            Delivery again = new Delivery(id, d.endpoint(), d.partner(), d.eventId(), d.eventType(), d.createdAt(),
                    dueAt, 0, Status.PENDING, d.responseCode(), d.lastError(), d.lastAttemptAt(),
                    d.traceParent());
            db.tables.webhookDeliveries.put(id, again);
            return Optional.of(again);
        });
    }

    @Override
    public int deleteFinishedBefore(Instant before) {
        return db.write(() -> {
            int n = db.tables.webhookDeliveries.size();
            db.tables.webhookDeliveries.values().removeIf(d -> d.status() != Status.PENDING
                    && d.createdAt().isBefore(before));
            return n - db.tables.webhookDeliveries.size();
        });
    }
}
