package io.partnerportal.core.testing;

import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.port.out.RequestStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The requests to the partners (R23) in memory, newest first by (asked at, id) as the SQL store orders them. */
final class InMemoryRequestStore implements RequestStore {
    private static final Comparator<PartnerRequest> NEWEST_FIRST = Comparator
            .comparing(PartnerRequest::askedAt).thenComparing(r -> r.id().toString()).reversed();

    private final InMemoryDatabase db;

    InMemoryRequestStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(PartnerRequest request) {
        db.write(() -> {
            if (db.tables.requests.putIfAbsent(request.id(), request) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, ErrorCode.DUPLICATE.message("Request " + request.id()));
            }
        });
    }

    @Override
    public void resolve(PartnerRequest request) {
        db.write(() -> {
            PartnerRequest stored = db.tables.requests.get(request.id());
            if (stored == null || !stored.isOpen()) {
                throw ConflictException.concurrentUpdate("Request " + request.id());
            }
            db.tables.requests.put(request.id(), request);
        });
    }

    @Override
    public Optional<PartnerRequest> find(RequestId id) {
        return db.read(() -> Optional.ofNullable(db.tables.requests.get(id)));
    }

    @Override
    public int countOpen(EntitlementNumber subscription) {
        return db.read(() -> (int) db.tables.requests.values().stream()
                .filter(r -> r.subscription().equals(subscription) && r.isOpen()).count());
    }

    @Override
    public List<PartnerRequest> forSubscription(EntitlementNumber subscription, int limit) {
        return page(r -> r.subscription().equals(subscription), null, limit);
    }

    @Override
    public List<PartnerRequest> forPartner(PartnerId partner, Optional<RequestStatus> status, Position after,
                                           int limit) {
        return page(r -> r.partner().equals(partner) && status.map(s -> s == r.status()).orElse(true), after, limit);
    }

    @Override
    public List<PartnerRequest> askedBy(PersonId person, Position after, int limit) {
        return page(r -> r.askedBy().equals(person), after, limit);
    }

    @Override
    public int eraseMessagesOf(PersonId person) {
        return db.write(() -> {
            List<PartnerRequest> theirs = db.tables.requests.values().stream()
                    .filter(r -> r.askedBy().equals(person) && r.message() != null).toList();
            theirs.forEach(r -> db.tables.requests.put(r.id(), r.withoutMessage()));
            return theirs.size();
        });
    }

    private List<PartnerRequest> page(Predicate<PartnerRequest> which, Position after, int limit) {
        return db.read(() -> db.tables.requests.values().stream().filter(which)
                .filter(r -> after == null || isAfter(r, after))
                .sorted(NEWEST_FIRST).limit(limit).toList());
    }

    /** Newest first: later rows are asked earlier, or at the same time with a smaller id. */
    private static boolean isAfter(PartnerRequest r, Position p) {
        int byTime = r.askedAt().compareTo(p.askedAt());
        return byTime < 0 || byTime == 0 && r.id().toString().compareTo(p.id().toString()) < 0;
    }
}
