package io.partnerportal.core.testing;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.BillingAccountRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryBillingAccountRepository implements BillingAccountRepository {
    private static final Comparator<BillingAccount> ORDER = Comparator
            .comparing((BillingAccount a) -> a.name().value()).thenComparing(a -> a.id().toString());
    private final InMemoryDatabase db;

    InMemoryBillingAccountRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(BillingAccount account) {
        db.write(() -> {
            if (db.tables.billingAccounts.putIfAbsent(account.id(), account) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "billing account " + account.id() + " exists");
            }
        });
    }

    @Override
    public Optional<BillingAccount> find(BillingAccountId id) {
        return db.read(() -> Optional.ofNullable(db.tables.billingAccounts.get(id)));
    }

    @Override
    public List<BillingAccount> findAll(Collection<BillingAccountId> ids) {
        return db.read(() -> ids.stream().distinct().map(db.tables.billingAccounts::get)
                .filter(java.util.Objects::nonNull).toList());
    }

    @Override
    public List<BillingAccount> page(PartnerId partner, Position after, int limit) {
        return db.read(() -> db.tables.billingAccounts.values().stream()
                .filter(a -> a.partner().equals(partner))
                .filter(a -> after == null || ORDER.compare(a, new BillingAccount(after.id(), partner,
                        new io.partnerportal.core.domain.party.DisplayName(after.name()), a.createdAt())) > 0)
                .sorted(ORDER)
                .limit(limit)
                .toList());
    }
}
