package io.partnerportal.core.testing;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.port.out.SignInRequests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sign-in links asked for, oldest first; taking removes them in the unit of work. */
final class InMemorySignInRequests implements SignInRequests {
    private final InMemoryDatabase db;

    InMemorySignInRequests(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Request request) {
        db.write(() -> db.tables.signInRequests.add(request));
    }

    @Override
    public List<Request> take(int limit) {
        return db.write(() -> {
            List<Request> oldest = db.tables.signInRequests.stream()
                    .sorted(Comparator.comparing(Request::requestedAt).thenComparing(r -> r.id().toString()))
                    .limit(limit).toList();
            List<Request> left = new ArrayList<>(db.tables.signInRequests);
            left.removeAll(oldest);
            db.tables.signInRequests = left;
            return oldest;
        });
    }

    @Override
    public int deleteFor(EmailAddress email) {
        return db.write(() -> {
            List<Request> left = new ArrayList<>(db.tables.signInRequests);
            left.removeIf(r -> r.email().equals(email));
            int deleted = db.tables.signInRequests.size() - left.size();
            db.tables.signInRequests = left;
            return deleted;
        });
    }
}
