package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.LinkedView;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contact's list page: tabs by status (R2), 50 rows per page, ordered by product then number. */
class ContactListTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private PersonId ken;

    @BeforeEach
    void partner() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
    }

    private Page<CustomerPortal.Row> list(ListTab tab, String cursor) {
        return fx.core.customerPortal().list(CustomerPortal.ListSubscriptions.parse(ken, tab, cursor));
    }

    @Test
    void R2_eachTabShowsOneStatusWithItsDaysAndBadge() {
        String active = fx.order(partner, account, "jira").site("acme").start("2026-01-15").contact("ken@example.jp")
                .placeOne().entitlementNumber();
        String upcoming = fx.order(partner, account, "confluence").site("acme").start("2026-12-01")
                .contact("ken@example.jp").placeOne().entitlementNumber();
        String gone = fx.order(partner, account, "loom").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        ken = fx.person("ken@example.jp");
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, gone, "IMMEDIATE", null, null));
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, active, "END_OF_TERM", null, null));

        CustomerPortal.Row a = list(ListTab.ACTIVE, null).items().get(0);
        assertThat(a.entitlementNumber()).isEqualTo(active);
        assertThat(a.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(a.daysUntilRenewal()).isEqualTo(53);
        assertThat(a.cancelsOn()).isEqualTo(LocalDate.parse("2027-01-15"));
        assertThat(a.partnerName()).isEqualTo("Reseller");
        CustomerPortal.Row u = list(ListTab.UPCOMING, null).items().get(0);
        assertThat(u.entitlementNumber()).isEqualTo(upcoming);
        assertThat(u.daysUntilStart()).isEqualTo(8);
        assertThat(u.daysUntilRenewal()).isNull();
        CustomerPortal.Row i = list(ListTab.INACTIVE, null).items().get(0);
        assertThat(i.entitlementNumber()).isEqualTo(gone);
        assertThat(i.status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(i.cancelsOn()).isNull();
    }

    @Test
    void theListPagesFiftyRowsByProductThenNumberWithANextCursor() {
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            String product = n % 3 == 0 ? "confluence" : n % 3 == 1 ? "jira" : "loom";
            SubscriptionView v = fx.order(partner, account, product).site("site-" + n).contact("ken@example.jp")
                    .placeOne();
            expected.add(v.product().name() + " " + v.entitlementNumber());
        }
        expected.sort(Comparator.naturalOrder());
        ken = fx.person("ken@example.jp");
        Page<CustomerPortal.Row> first = list(ListTab.ACTIVE, null);
        assertThat(first.items()).hasSize(50);
        assertThat(first.next()).isNotNull();
        Page<CustomerPortal.Row> second = list(ListTab.ACTIVE, first.next());
        assertThat(second.items()).hasSize(10);
        assertThat(second.next()).isNull();
        List<String> seen = new ArrayList<>();
        first.items().forEach(r -> seen.add(r.productName() + " " + r.entitlementNumber()));
        second.items().forEach(r -> seen.add(r.productName() + " " + r.entitlementNumber()));
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> list(ListTab.ACTIVE, "%%%")).isInstanceOf(ValidationException.class);
    }

    @Test
    void linkedSubscriptionsAreLinksOnlyWhereTheContactCanOpenThem() {
        String jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        String confluence = fx.order(partner, account, "confluence").site("acme").contact("aiko@example.jp")
                .placeOne().entitlementNumber();
        String app = fx.order(partner, account, "scriptrunner").hosts(jira, confluence).contact("taro@example.jp")
                .placeOne().entitlementNumber();
        ken = fx.person("ken@example.jp");
        List<CustomerPortal.Row> rows = list(ListTab.ACTIVE, null).items();
        assertThat(rows).extracting(CustomerPortal.Row::entitlementNumber).containsExactly(jira, app);
        assertThat(rows.get(0).linked()).extracting(LinkedView::entitlementNumber, LinkedView::canOpen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(app, true));
        assertThat(rows.get(1).linked()).extracting(LinkedView::entitlementNumber, LinkedView::canOpen)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(jira, true),
                        org.assertj.core.groups.Tuple.tuple(confluence, false));
    }

    @Test
    void theSearchAndFiltersNarrowEveryTabAndItsCountWhileTheChoicesStayWhole() {
        PartnerId other = PortalFixture.id(fx.partner("Another Partner"));
        String otherAccount = fx.account(other, "Main");
        String jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        String confluence = fx.order(partner, account, "confluence").site("globex").start("2026-12-01")
                .contact("ken@example.jp").placeOne().entitlementNumber();
        String guard = fx.order(other, otherAccount, "atlassian-guard").organization("Acme Holdings")
                .contact("ken@example.jp").placeOne().entitlementNumber();
        String loom = fx.order(other, otherAccount, "loom").site("initech").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        fx.partners().cancel(PartnerOperations.Cancel.parse(other, loom, "IMMEDIATE", null, null));
        ken = fx.person("ken@example.jp");

        CustomerPortal.ListSummary all = summary(null, null, null);
        assertThat(List.of(all.active(), all.inactive(), all.upcoming())).containsExactly(2, 1, 1);
        assertThat(all.partners()).extracting(CustomerPortal.Choice::label).containsExactly("Another Partner",
                "Reseller");
        assertThat(all.partners()).extracting(CustomerPortal.Choice::value).containsExactly(other.toString(),
                partner.toString());
        assertThat(all.products()).extracting(CustomerPortal.Choice::value, CustomerPortal.Choice::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("atlassian-guard", "Atlassian Guard"),
                        org.assertj.core.groups.Tuple.tuple("confluence", "Confluence"),
                        org.assertj.core.groups.Tuple.tuple("jira", "Jira"),
                        org.assertj.core.groups.Tuple.tuple("loom", "Loom"));

        assertThat(filtered(ListTab.ACTIVE, " ACME ", null, null)).containsExactly(guard, jira);
        assertThat(filtered(ListTab.ACTIVE, jira.toLowerCase(java.util.Locale.ROOT), null, null))
                .containsExactly(jira);
        CustomerPortal.ListSummary acme = summary("acme", null, null);
        assertThat(List.of(acme.active(), acme.inactive(), acme.upcoming())).containsExactly(2, 0, 0);
        assertThat(acme.partners()).as("the choices do not shrink with the search").hasSize(2);

        assertThat(filtered(ListTab.ACTIVE, null, other.toString(), null)).containsExactly(guard);
        assertThat(filtered(ListTab.INACTIVE, null, other.toString(), null)).containsExactly(loom);
        CustomerPortal.ListSummary others = summary(null, other.toString(), null);
        assertThat(List.of(others.active(), others.inactive(), others.upcoming())).containsExactly(1, 1, 0);
        assertThat(filtered(ListTab.UPCOMING, null, null, "confluence")).containsExactly(confluence);
        CustomerPortal.ListSummary both = summary("acme", partner.toString(), "jira");
        assertThat(List.of(both.active(), both.inactive(), both.upcoming())).containsExactly(1, 0, 0);
        assertThat(both.count(ListTab.ACTIVE)).isEqualTo(1);
        assertThat(filtered(ListTab.ACTIVE, "acme", partner.toString(), "confluence")).isEmpty();
    }

    @Test
    void aWrongSearchOrFilterIsRefusedNamingIt() {
        ken = PersonId.random();
        assertThatThrownBy(() -> filtered(ListTab.ACTIVE, "x".repeat(101), "not-an-id", "Not A Code"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(io.partnerportal.core.domain.error.FieldError::field)
                        .containsExactly("q", "partner", "product"));
        assertThatThrownBy(() -> filtered(ListTab.ACTIVE, "two\nlines", null, null))
                .isInstanceOf(ValidationException.class);
        assertThat(filtered(ListTab.ACTIVE, "   ", "", "")).as("blank is no filter").isEmpty();
    }

    private List<String> filtered(ListTab tab, String q, String partnerId, String product) {
        return fx.core.customerPortal().list(CustomerPortal.ListSubscriptions.parse(ken, tab, q, partnerId, product,
                null)).items().stream().map(CustomerPortal.Row::entitlementNumber).toList();
    }

    private CustomerPortal.ListSummary summary(String q, String partnerId, String product) {
        return fx.core.customerPortal().summary(CustomerPortal.ListSubscriptions.parse(ken, ListTab.ACTIVE, q,
                partnerId, product, null));
    }
}
