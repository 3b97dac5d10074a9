package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.request.RequestWish;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.port.out.RequestStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * R23's requests in plain SQL on the unit of work's own connection (so a request commits with its
 * history, emails and events); reads outside a unit run alone in auto-commit mode. Lists are keyset
 * pages on {@code (asked_at DESC, id DESC)}, each on an index of V24.
 */
final class SqlRequestStore implements RequestStore {
    private static final String COLUMNS = "id, subscription, partner_id, asked_by, asked_at, kind, keep_products, "
            + "wished_plan, wished_tier, wished_cycle, product, site, message, status, resolved_at, resolver_kind, "
            + "resolver_id, note";
    private static final String NEWEST_FIRST = " ORDER BY asked_at DESC, id DESC LIMIT ?";
    private static final String AFTER = " AND (asked_at < ? OR (asked_at = ? AND id < ?))";

    private final Jpa jpa;

    SqlRequestStore(Jpa jpa) {
        this.jpa = jpa;
    }

    private <T> T write(Sql.Work<T> work) {
        if (!jpa.inUnit()) {
            throw new IllegalStateException("writes happen inside a unit of work");
        }
        return jpa.sql(work);
    }

    @Override
    public void add(PartnerRequest r) {
        RequestWish w = r.wish();
        write(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "INSERT INTO partner_request (" + COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.id().toString(), r.subscription().value(), r.partner().toString(), r.askedBy().toString(),
                    r.askedAt(), w.kind().name(),
                    w.keepProducts().isEmpty() ? null : String.join(",", w.keepProducts().stream().map(ProductCode::value).toList()),
                    w.plan() == null ? null : w.plan().name(), w.userTier(),
                    w.billingCycle() == null ? null : w.billingCycle().name(),
                    w.product() == null ? null : w.product().value(), w.site() == null ? null : w.site().value(),
                    r.message(), r.status().name(), r.resolvedAt(),
                    r.resolverKind() == null ? null : r.resolverKind().name(), r.resolverId(), r.note())) {
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void resolve(PartnerRequest r) {
        int updated = write(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "UPDATE partner_request SET status = ?, resolved_at = ?, "
                            + "resolver_kind = ?, resolver_id = ?, note = ? WHERE id = ? AND status = 'OPEN'",
                    r.status().name(), r.resolvedAt(), r.resolverKind().name(), r.resolverId(), r.note(),
                    r.id().toString())) {
                return ps.executeUpdate();
            }
        });
        if (updated != 1) {
            throw ConflictException.concurrentUpdate("Request " + r.id());
        }
    }

    @Override
    public Optional<PartnerRequest> find(RequestId id) {
        List<PartnerRequest> found = query("WHERE id = ? LIMIT 1", id.toString());
        return found.stream().findFirst();
    }

    @Override
    public int countOpen(EntitlementNumber subscription) {
        return jpa.sql(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT COUNT(*) FROM partner_request "
                    + "WHERE subscription = ? AND status = 'OPEN'", subscription.value());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public List<PartnerRequest> forSubscription(EntitlementNumber subscription, int limit) {
        return query("WHERE subscription = ?" + NEWEST_FIRST, subscription.value(), limit);
    }

    @Override
    public List<PartnerRequest> forPartner(PartnerId partner, Optional<RequestStatus> status, Position after,
                                           int limit) {
        List<Object> params = new ArrayList<>(List.of(partner.toString()));
        String where = "WHERE partner_id = ?";
        if (status.isPresent()) {
            where += " AND status = ?";
            params.add(status.get().name());
        }
        return query(where + page(after, params) + NEWEST_FIRST, with(params, limit));
    }

    @Override
    public List<PartnerRequest> askedBy(PersonId person, Position after, int limit) {
        List<Object> params = new ArrayList<>(List.of(person.toString()));
        return query("WHERE asked_by = ?" + page(after, params) + NEWEST_FIRST, with(params, limit));
    }

    @Override
    public int eraseMessagesOf(PersonId person) {
        return write(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "UPDATE partner_request SET message = NULL "
                    + "WHERE asked_by = ? AND message IS NOT NULL", person.toString())) {
                return ps.executeUpdate();
            }
        });
    }

    private static String page(Position after, List<Object> params) {
        if (after == null) {
            return "";
        }
        params.addAll(List.of(after.askedAt(), after.askedAt(), after.id().toString()));
        return AFTER;
    }

    private static Object[] with(List<Object> params, int limit) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        return all.toArray();
    }

    private List<PartnerRequest> query(String where, Object... params) {
        return jpa.sql(c -> read(c, where, params));
    }

    private static List<PartnerRequest> read(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT " + COLUMNS + " FROM partner_request " + where, params);
             ResultSet rs = ps.executeQuery()) {
            List<PartnerRequest> out = new ArrayList<>();
            while (rs.next()) {
                out.add(request(rs));
            }
            return out;
        }
    }

    private static PartnerRequest request(ResultSet rs) throws SQLException {
        RequestKind kind = RequestKind.valueOf(rs.getString("kind"));
        String keep = rs.getString("keep_products");
        String plan = rs.getString("wished_plan");
        int tier = rs.getInt("wished_tier");
        Integer userTier = rs.wasNull() ? null : tier;
        String cycle = rs.getString("wished_cycle");
        String product = rs.getString("product");
        String site = rs.getString("site");
        RequestWish wish = new RequestWish(kind,
                keep == null ? List.of() : Arrays.stream(keep.split(",")).map(ProductCode::new).toList(),
                plan == null ? null : Plan.valueOf(plan), userTier, cycle == null ? null : BillingCycle.valueOf(cycle),
                product == null ? null : new ProductCode(product), site == null ? null : SiteUrl.of(site));
        String resolver = rs.getString("resolver_kind");
        return new PartnerRequest(RequestId.parse(rs.getString("id").strip()),
                EntitlementNumber.parse(rs.getString("subscription")), PartnerId.parse(rs.getString("partner_id").strip()),
                new PersonId(java.util.UUID.fromString(rs.getString("asked_by").strip())), Sql.instant(rs, "asked_at"), wish,
                rs.getString("message"), RequestStatus.valueOf(rs.getString("status")), Sql.instant(rs, "resolved_at"),
                resolver == null ? null : ActorKind.valueOf(resolver), rs.getString("resolver_id"), rs.getString("note"));
    }
}
