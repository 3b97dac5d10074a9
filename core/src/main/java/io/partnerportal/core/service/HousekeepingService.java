package io.partnerportal.core.service;

import io.partnerportal.core.port.in.Housekeeping;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;
import java.time.Instant;

/** Deletes expired sessions and sign-in links, and idempotency records past their keeping time. */
final class HousekeepingService implements Housekeeping {
    private final Storage storage;
    private final Transactions tx;
    private final Clock clock;

    HousekeepingService(Storage storage, Transactions tx, Clock clock) {
        this.storage = storage;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Report purgeExpired() {
        Instant now = clock.instant();
        return tx.write(() -> new Report(
                storage.sessions().deleteExpired(now),
                storage.signInTokens().deleteExpired(now),
                storage.idempotency().purgeCreatedBefore(now.minus(IdempotencyService.KEEP))));
    }
}
