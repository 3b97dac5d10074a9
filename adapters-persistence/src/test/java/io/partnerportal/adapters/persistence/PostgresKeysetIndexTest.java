package io.partnerportal.adapters.persistence;

import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.Storage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partner listing's keyset pages are served by an index, not a scan of every subscription. */
class PostgresKeysetIndexTest {

    @Test
    void aPartnersNextPageIsReadThroughTheIndex() throws Exception {
        PersistentStore store = TestDatabases.emptied(TestDatabases.postgres());
        Storage storage = store.storage();
        List<PartnerId> partners = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            partners.add(PartnerId.random());
        }
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            subs.add(aProduct().partner(partners.get(i % partners.size())).build());
        }
        storage.unitOfWork().run(() -> subs.forEach(storage.subscriptions()::add));
        PartnerId partner = partners.get(0);
        List<Subscription> first = storage.subscriptions().partnerPage(partner, null, null,
                java.time.LocalDate.of(2026, 11, 23), null, 50);
        assertThat(first).hasSize(50);

        String plan;
        try (Connection c = store.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE subscription");
            }
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT * FROM subscription"
                    + " WHERE partner_id = '" + partner + "' AND entitlement_number > '"
                    + first.get(49).number().value() + "' ORDER BY entitlement_number LIMIT 51");
                 ResultSet rs = ps.executeQuery()) {
                StringBuilder sb = new StringBuilder();
                while (rs.next()) {
                    sb.append(rs.getString(1)).append('\n');
                }
                plan = sb.toString();
            }
        }
        assertThat(plan).contains("subscription_by_partner").doesNotContain("Seq Scan");
    }

    /**
     * A contact's list page is read from {@code subscription_viewer}'s index in the order shown,
     * on freshly loaded data (no ANALYZE: the plan must not wait for statistics), so its cost does
     * not grow with what the contact sees.
     */
    @Test
    void aContactsListPageIsReadThroughTheViewerIndexOnFreshlyLoadedData() throws Exception {
        PersistentStore store = TestDatabases.emptied(TestDatabases.postgres());
        Storage storage = store.storage();
        io.partnerportal.core.domain.party.PersonId viewer = io.partnerportal.core.domain.party.PersonId.random();
        var partner = io.partnerportal.core.testing.PartyBuilder.aPartner("Viewer's reseller");
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            subs.add(aProduct().product(i % 2 == 0 ? "jira" : "confluence").partner(partner.id()).contacts(viewer)
                    .build());
        }
        storage.unitOfWork().run(() -> {
            storage.partners().add(partner);
            subs.forEach(storage.subscriptions()::add);
        });

        String plan;
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT v.entitlement_number FROM subscription_viewer v"
                     + " JOIN subscription s ON s.entitlement_number = v.entitlement_number"
                     + " WHERE v.person_id = '" + viewer + "' AND (v.cancellation_on IS NULL OR v.cancellation_on >"
                     + " DATE '2026-11-23') AND v.start_date <= DATE '2026-11-23'"
                     + " AND (v.product_name, v.entitlement_number) > ('Confluence', 'E-000-000-000-000')"
                     + " ORDER BY v.product_name, v.entitlement_number LIMIT 51");
             ResultSet rs = ps.executeQuery()) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(rs.getString(1)).append('\n');
            }
            plan = sb.toString();
        }
        assertThat(plan).contains("subscription_viewer_page").doesNotContain("Sort").doesNotContain("Seq Scan");
        assertThat(storage.contactList().page(viewer, io.partnerportal.core.domain.subscription.ListTab.ACTIVE,
                java.time.LocalDate.of(2026, 11, 23), io.partnerportal.core.domain.subscription.ListFilter.NONE, null, 51))
                .hasSize(51);
    }
}
