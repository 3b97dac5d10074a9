package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The races of SPEC §4 on a real PostgreSQL: each ends in one settled state, never a lost change. */
class PostgresConcurrencyTest {
    private Storage storage;
    private PortalFixture fx;
    private PartnerId partner;
    private String account;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeEach
    void store() {
        storage = TestDatabases.emptied(TestDatabases.postgres()).storage();
        fx = PortalFixture.on("2026-11-23", storage);
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Runs both at once (released together) and returns what each answered or threw. */
    private List<Object> together(Callable<Object> a, Callable<Object> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> c : List.of(a, b)) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return c.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Object> out = new ArrayList<>();
        for (Future<Object> f : futures) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        return out;
    }

    @Test
    void theLoserOfTwoUnitsUpdatingTheSameSubscriptionGetsTheCoresConflict() throws Exception {
        String jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        EntitlementNumber number = EntitlementNumber.parse(jira);
        CyclicBarrier bothRead = new CyclicBarrier(2);
        Callable<Object> update = () -> storage.unitOfWork().inTransaction(() -> {
            Subscription s = storage.subscriptions().find(number).orElseThrow();
            try {
                bothRead.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            s.reportUsage((int) (Math.random() * 1000) + 1, new Act(new Actor.System(), Instant.now()));
            storage.subscriptions().update(s);
            return "updated";
        });
        List<Object> outcomes = together(update, update);
        assertThat(outcomes).filteredOn("updated"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ConflictException c
                && c.code() == ErrorCode.CONCURRENT_UPDATE).hasSize(1);
    }

    @Test
    void twoCancelsAtOnceGiveOneCancellationAndOneSetOfEmails() throws Exception {
        for (int round = 0; round < 5; round++) {
            String jira = fx.order(partner, account, "jira").site("race-" + round).contact("ken@example.jp")
                    .placeOne().entitlementNumber();
            Callable<Object> cancel = () -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira,
                    "END_OF_TERM", null, null));
            List<Object> outcomes = together(cancel, cancel);
            assertThat(outcomes).allSatisfy(o -> assertThat(o).satisfiesAnyOf(
                    r -> assertThat(r).isInstanceOf(io.partnerportal.core.application.CancellationResult.class),
                    r -> assertThat(r).isInstanceOfSatisfying(ConflictException.class,
                            c -> assertThat(c.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE))));
            assertThat(fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, null, null)).items())
                    .filteredOn(h -> h.action() == HistoryAction.CANCELLATION_SCHEDULED).hasSize(1);
        }
        assertThat(rows("ken@example.jp", NotificationType.CANCELLATION_SCHEDULED)).hasSize(5);
    }

    @Test
    void twoHostsOfOneAppCancelledAtOnceNeverOrphanTheApp() throws Exception {
        for (int round = 0; round < 5; round++) {
            String site = "hosts-" + round;
            String jira = fx.order(partner, account, "jira").site(site).start("2026-01-15").contact("ken@example.jp")
                    .placeOne().entitlementNumber();
            String confluence = fx.order(partner, account, "confluence").site(site).start("2026-03-31")
                    .cycle("MONTHLY").contact("ken@example.jp").placeOne().entitlementNumber();
            String app = fx.order(partner, account, "drawio").hosts(jira, confluence).contact("aiko@example.jp")
                    .placeOne().entitlementNumber();
            together(() -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "END_OF_TERM", null,
                            null)),
                    () -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, confluence, "END_OF_TERM", null,
                            null)));
            SubscriptionView jiraView = get(jira);
            SubscriptionView confluenceView = get(confluence);
            SubscriptionView appView = get(app);
            if (jiraView.cancellation() != null && confluenceView.cancellation() != null) {
                LocalDate latest = jiraView.cancellation().effectiveOn()
                        .isAfter(confluenceView.cancellation().effectiveOn())
                        ? jiraView.cancellation().effectiveOn() : confluenceView.cancellation().effectiveOn();
                assertThat(appView.cancellation()).as("the app goes with its last host").isNotNull();
                assertThat(appView.cancellation().effectiveOn()).isEqualTo(latest);
            } else {
                assertThat(appView.cancellation()).as("an app with a live host stays").isNull();
            }
        }
    }

    @Test
    void twoOrdersCreatingTheSameNewPersonGiveOnePersonAndOneWelcome() throws Exception {
        for (int round = 0; round < 5; round++) {
            String email = "new-" + round + "@example.jp";
            String siteA = "a-" + round;
            String siteB = "b-" + round;
            together(() -> fx.order(partner, account, "jira").site(siteA).contact(email).place(),
                    () -> fx.order(partner, account, "confluence").site(siteB).contact(email).place());
            assertThat(storage.people().findByEmail(EmailAddress.parse(email))).isPresent();
            assertThat(rows(email, NotificationType.WELCOME)).hasSize(1);
            assertThat(storage.outbox().forRecipient(EmailAddress.parse(email)).get(0).type())
                    .isEqualTo(NotificationType.WELCOME);
        }
    }

    private SubscriptionView get(String en) {
        return fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, en));
    }

    private List<NotificationOutbox.Entry> rows(String email, NotificationType type) {
        return storage.outbox().forRecipient(EmailAddress.parse(email)).stream().filter(e -> e.type() == type)
                .toList();
    }

    @Test
    void R22_twoRevocationsOfAPartnersTwoKeysAtOnceLeaveItOneActiveKey() throws Exception {
        for (int round = 0; round < 10; round++) {
            PartnerId p = PortalFixture.id(fx.partner("Keys " + round));
            ApiKey.Issued second = ApiKey.issue(ApiKey.Kind.PARTNER, p, fx.clock.instant());
            storage.unitOfWork().run(() -> storage.apiKeys().add(second.key()));
            List<String> ids = storage.apiKeys().forPartner(p).stream().map(ApiKey::id).toList();
            assertThat(ids).hasSize(2);
            List<Object> answers = together(() -> fx.core.administration().revokeKey(ids.get(0)),
                    () -> fx.core.administration().revokeKey(ids.get(1)));
            assertThat(answers).filteredOn(a -> a instanceof io.partnerportal.core.application.KeyRevoked).hasSize(1);
            assertThat(answers).filteredOn(a -> a instanceof RuleRefusedException r && r.code() == ErrorCode.LAST_API_KEY)
                    .hasSize(1);
            assertThat(storage.apiKeys().forPartner(p)).filteredOn(ApiKey::active).hasSize(1);
        }
    }

    /** The list's counts per tab stay exact when orders for one contact are placed at the same time. */
    @Test
    void ordersForOneContactAtOnceKeepTheirCountsExact() throws Exception {
        List<Callable<Object>> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String site = "count-" + i;
            orders.add(() -> fx.order(partner, account, "jira").site(site).contact("ken@example.jp").placeOne());
        }
        for (Future<Object> f : pool.invokeAll(orders, 60, TimeUnit.SECONDS)) {
            f.get();
        }
        io.partnerportal.core.domain.party.PersonId ken = fx.person("ken@example.jp");
        var counts = fx.core.customerPortal().summary(io.partnerportal.core.portal.CustomerPortal.ListSubscriptions
                .parse(ken, io.partnerportal.core.domain.subscription.ListTab.ACTIVE, null));
        assertThat(counts.active()).isEqualTo(8);
        assertThat(fx.core.customerPortal().list(io.partnerportal.core.portal.CustomerPortal.ListSubscriptions
                .parse(ken, io.partnerportal.core.domain.subscription.ListTab.ACTIVE, null)).items()).hasSize(8);
    }
}
