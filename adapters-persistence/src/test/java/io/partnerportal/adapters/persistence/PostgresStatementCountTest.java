package io.partnerportal.adapters.persistence;

import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static io.partnerportal.core.testing.SubscriptionBuilder.anApp;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.CountingDataSource;
import io.partnerportal.core.testing.PartyBuilder;
import io.partnerportal.core.testing.PortalFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No N+1: round trips to PostgreSQL counted at the JDBC driver while the core's use cases run. */
class PostgresStatementCountTest {
    private final CountingDataSource counter = new CountingDataSource();
    private PersistentStore store;
    private Storage storage;
    private PortalFixture fx;
    private PartnerId partner;
    private String account;

    @BeforeEach
    void countingStore() {
        TestDatabases.emptied(TestDatabases.postgres());
        store = PersistentStore.open(TestDatabases.postgresSettings(), counter::wrap);
        storage = store.storage();
        fx = PortalFixture.on("2026-11-23", storage);
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 60})
    void aContactsListPageRunsAtMostThreeStatementsWhateverItsSize(int products) {
        Person ken = PartyBuilder.aPerson("ken-" + products + "@example.jp");
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            Subscription product = aProduct().product(i % 2 == 0 ? "jira" : "confluence").partner(partner)
                    .contacts(ken.id()).site("site-" + i + ".atlassian.net").build();
            subs.add(product);
            subs.add(anApp(product.number()).product("drawio").partner(partner).contacts(PersonId.random())
                    .build());
        }
        storage.unitOfWork().run(() -> {
            storage.people().add(ken);
            subs.forEach(storage.subscriptions()::add);
        });

        counter.reset();
        var page = fx.core.customerPortal().list(CustomerPortal.ListSubscriptions.parse(ken.id(), ListTab.ACTIVE, null));
        assertThat(page.items()).hasSize(Math.min(50, products * 2));
        assertThat(page.items()).filteredOn(r -> r.kind().name().equals("PRODUCT"))
                .allSatisfy(r -> assertThat(r.linked()).hasSize(1));
        assertThat(counter.roundTrips()).as("statements: %s", counter.statements()).isLessThanOrEqualTo(3);
    }

    @Test
    void cancellingAProductWithAHundredAppsWritesInBatches() {
        String jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        Subscription host = storage.subscriptions().find(
                io.partnerportal.core.domain.subscription.EntitlementNumber.parse(jira)).orElseThrow();
        List<Person> appContacts = new ArrayList<>();
        List<Subscription> apps = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Person p = PartyBuilder.aPerson("app-" + i + "@example.jp");
            appContacts.add(p);
            apps.add(anApp(host.number()).product("tempo-timesheets").partner(partner).billingAccount(
                    host.billingAccount()).contacts(p.id()).build());
        }
        storage.unitOfWork().run(() -> {
            appContacts.forEach(storage.people()::add);
            apps.forEach(storage.subscriptions()::add);
        });

        counter.reset();
        CancellationResult result = fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "IMMEDIATE",
                null, null));
        int roundTrips = counter.roundTrips();
        List<String> statements = counter.statements();

        assertThat(result.cancelled()).hasSize(100);
        assertThat(storage.outbox().counts().pending()).isGreaterThanOrEqualTo(101);
        long singleSubscriptionUpdates = statements.stream().filter(s -> s.startsWith("UPDATE subscription")).count();
        assertThat(singleSubscriptionUpdates).as("subscription updates outside batches: %s", statements)
                .isLessThanOrEqualTo(2);
        // 25, and three for the list's counts per person (ViewerCounts: the viewer rows counted before
        // and after they are written again, and the difference written), whatever the number of apps
        assertThat(roundTrips).as("round trips: %s", statements).isLessThanOrEqualTo(28);
    }

    /** A product's cancellation writes its apps in batches: ten apps or a hundred, the same statements. */
    @Test
    void cancellingAProductTakesTheSameStatementsWithTenAppsOrAHundred() {
        List<String> hundred = statementsToCancelAProductWith(100);
        List<String> ten = statementsToCancelAProductWith(10);
        // Updates are written in key order and batched while their SQL stays the same: the host's update
        // (another set of columns) splits the apps' batch in two when its number sorts among theirs,
        // which random numbers decide - one statement, whatever the number of apps.
        assertThat(hundred.size()).as("with 100 apps: %s%nwith 10 apps: %s", hundred, ten)
                .isBetween(ten.size() - 1, ten.size() + 1);
    }

    /** Ordering a collection writes its included products in batches: one line or four, the same statements. */
    @Test
    void orderingACollectionTakesTheSameStatementsAsOrderingOneProduct() {
        fx.order(partner, account, "jira").site("warm").contact("warm@example.jp").placeOne();
        counter.reset();
        fx.order(partner, account, "confluence").site("single").contact("one@example.jp").placeOne();
        int one = counter.sqlStatements();
        List<String> single = counter.statements();
        counter.reset();
        fx.order(partner, account, "teamwork-collection").site("team").contact("many@example.jp").placeOne();
        assertThat(counter.sqlStatements()).as("collection: %s, single: %s", counter.statements(), single)
                .isLessThanOrEqualTo(one + 2);
    }

    private List<String> statementsToCancelAProductWith(int appCount) {
        String jira = fx.order(partner, account, "jira").site("apps-" + appCount).contact("ken-" + appCount
                + "@example.jp").placeOne().entitlementNumber();
        Subscription host = storage.subscriptions().find(
                io.partnerportal.core.domain.subscription.EntitlementNumber.parse(jira)).orElseThrow();
        List<Person> appContacts = new ArrayList<>();
        List<Subscription> apps = new ArrayList<>();
        for (int i = 0; i < appCount; i++) {
            Person p = PartyBuilder.aPerson("app-" + appCount + "-" + i + "@example.jp");
            appContacts.add(p);
            apps.add(anApp(host.number()).product("tempo-timesheets").partner(partner).billingAccount(
                    host.billingAccount()).contacts(p.id()).build());
        }
        storage.unitOfWork().run(() -> {
            appContacts.forEach(storage.people()::add);
            apps.forEach(storage.subscriptions()::add);
        });
        counter.reset();
        CancellationResult result = fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "IMMEDIATE",
                null, null));
        assertThat(result.cancelled()).hasSize(appCount);
        return counter.statements().stream().map(q -> q.length() > 50 ? q.substring(0, 50) : q).toList();
    }
}
