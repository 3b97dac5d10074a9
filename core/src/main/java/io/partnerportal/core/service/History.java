package io.partnerportal.core.service;

import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.port.in.Page;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.port.in.HistoryItem;
import io.partnerportal.core.port.out.HistoryRepository;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Pages of a subscription's history (R14), newest first, for whoever may read it. */
final class History {
    private final HistoryRepository repository;

    History(HistoryRepository repository) {
        this.repository = repository;
    }

    Page<HistoryItem> page(EntitlementNumber subscription, String cursor, int limit) {
        HistoryRepository.Position after = null;
        if (cursor != null) {
            List<String> parts = Inputs.cursorParts(cursor, 2);
            try {
                after = new HistoryRepository.Position(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ValidationException.of("cursor", "is not a cursor this list returned; start again without it");
            }
        }
        return Inputs.page(repository.page(subscription, after, limit + 1), limit,
                last -> new String[]{last.at().toString(), last.id().toString()},
                rows -> rows.stream().map(e -> new HistoryItem(e.subscription().value(), e.at(), e.actorKind(),
                        e.actorId(), e.action(), e.details())).toList());
    }
}
