package io.partnerportal.core.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.WebhookSender;
import io.partnerportal.core.port.out.WebhookStore;
import io.partnerportal.core.testing.PortalFixture;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.2: sign-in links never wait behind other mail (V2); with several workers the emails keep
 * their order per recipient and the webhook deliveries theirs per endpoint, one in flight per
 * recipient or endpoint (V1, V3, V4); a pass that outlives its lease sends nothing twice.
 */
class DeliveryLanesTest {
    private static final System.Logger LOG = System.getLogger(DeliveryLanesTest.class.getName());
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;

    @BeforeEach
    void partner() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
    }

    private EmailDelivery emails(NotificationSender sender, int workers) {
        return new EmailDelivery(fx.storage.outbox(), fx.storage.people(), fx.storage.signingKeys(), sender, fx.clock,
                "one", 50, Duration.ofSeconds(20), Duration.ofMinutes(1), LOG, workers);
    }

    private List<NotificationOutbox.Entry> rows(String email) {
        return fx.storage.outbox().forRecipient(EmailAddress.parse(email));
    }

    /** An order per site, each with the same contact: a WELCOME, then an order email each. */
    private void orders(String email, int n) {
        for (int i = 0; i < n; i++) {
            fx.order(partner, account, "jira").site("s" + i + "-" + email.substring(0, email.indexOf('@'))).contact(email, "Ken", "en")
                    .place();
        }
    }

    @Test
    void V2_aSignInLinkIsSentWhileItsRecipientsOtherMailIsStillBeingSent() throws Exception {
        orders("ken@example.jp", 20);
        CountDownLatch inFirstMail = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<NotificationType> sent = Collections.synchronizedList(new ArrayList<>());
        NotificationSender sender = email -> {
            if (email.content().type() != NotificationType.SIGN_IN_LINK && inFirstMail.getCount() == 1) {
                inFirstMail.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS); // the mail server is slow with ken's first email
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sent.add(email.content().type());
            return new NotificationSender.Result.Sent();
        };
        EmailDelivery delivery = emails(sender, 4);
        ExecutorService mailThread = Executors.newSingleThreadExecutor();
        try {
            Future<DeliveryReport> mail = mailThread.submit(delivery::deliverDue);
            assertThat(inFirstMail.await(10, TimeUnit.SECONDS)).isTrue();
            fx.core.signIn().requestLink("ken@example.jp");
            fx.core.signIn().sendRequestedLinks();

            DeliveryReport links = delivery.deliverDueLinks();

            assertThat(links.sent()).isEqualTo(1);
            assertThat(sent).containsExactly(NotificationType.SIGN_IN_LINK);
            assertThat(rows("ken@example.jp")).filteredOn(e -> e.status() == NotificationOutbox.Status.PENDING)
                    .hasSize(21).extracting(NotificationOutbox.Entry::type).doesNotContain(NotificationType.SIGN_IN_LINK);
            release.countDown();
            mail.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            mailThread.shutdownNow();
        }
    }

    @Test
    void V1_withEightWorkersEachRecipientsEmailsGoOneAtATimeInTheirOrderAndEachOnce() {
        for (int r = 0; r < 12; r++) {
            orders("c" + (char) ('a' + r) + "@example.jp", 6);
        }
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger mostForOne = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        Map<String, List<String>> sentIds = new ConcurrentHashMap<>();
        // the first email is held until a second recipient's email is in flight too: concurrency is seen,
        // not hoped for, and the first recipient's later emails must wait for it meanwhile
        CountDownLatch secondInFlight = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        NotificationSender sender = email -> {
            String to = email.content().recipient().value();
            int mine = inFlight.computeIfAbsent(to, k -> new AtomicInteger()).incrementAndGet();
            mostForOne.accumulateAndGet(mine, Math::max);
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            if (now >= 2) {
                secondInFlight.countDown();
            }
            if (started.getAndIncrement() == 0) {
                try {
                    secondInFlight.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sentIds.computeIfAbsent(to, k -> Collections.synchronizedList(new ArrayList<>())).add(email.messageId());
            running.decrementAndGet();
            inFlight.get(to).decrementAndGet();
            return new NotificationSender.Result.Sent();
        };
        EmailDelivery delivery = emails(sender, 8);
        for (int i = 0; i < 50 && delivery.deliverDue().claimed() > 0; i++) {
            // pass after pass until the outbox is empty
        }
        assertThat(fx.storage.outbox().counts().pending()).isZero();
        assertThat(mostForOne.get()).as("emails in flight for one recipient at once").isEqualTo(1);
        assertThat(mostAtOnce.get()).as("recipients sent to at once").isGreaterThan(1).isLessThanOrEqualTo(8);
        for (int r = 0; r < 12; r++) {
            String to = "c" + (char) ('a' + r) + "@example.jp";
            List<String> expected = rows(to).stream().map(EmailDelivery::messageId).toList();
            assertThat(sentIds.get(to)).as(to).containsExactlyElementsOf(expected);
            assertThat(rows(to).get(0).type()).isEqualTo(NotificationType.WELCOME);
        }
    }

    private static final Pattern USERS = Pattern.compile("\"activeUsers\":(\\d+)");

    @Test
    void V3_V4_withWorkersEachEndpointGetsItsDeliveriesOneAtATimeInOrderAndASlowOneHoldsUpOnlyItself() {
        PartnerIntegrations integrations = fx.core.partnerIntegrations();
        for (int e = 0; e < 6; e++) {
            integrations.registerEndpoint(PartnerIntegrations.RegisterEndpoint.parse(partner,
                    "https://hooks.example.com/e" + e, List.of("usage.reported")));
        }
        String en = fx.order(partner, account, "jira").site("usage").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        for (int n = 1; n <= 30; n++) {
            fx.partners().reportUsage(PartnerOperations.ReportUsage.parse(partner, en, n));
        }
        Map<URI, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        AtomicInteger mostForOne = new AtomicInteger();
        Map<URI, List<Integer>> received = new ConcurrentHashMap<>();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch fastDone = new CountDownLatch(150);
        WebhookSender sender = new WebhookSender() {
            @Override
            public Result send(URI url, String body, List<String> secrets, Instant now) {
                int mine = inFlight.computeIfAbsent(url, k -> new AtomicInteger()).incrementAndGet();
                mostForOne.accumulateAndGet(mine, Math::max);
                try {
                    if (url.getPath().equals("/e0")) {
                        // the endpoint e0 hangs until every delivery to the five others has been answered
                        fastDone.await(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Matcher m = USERS.matcher(body);
                assertThat(m.find()).isTrue();
                received.computeIfAbsent(url, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(Integer.parseInt(m.group(1)));
                order.add(url.getPath());
                inFlight.get(url).decrementAndGet();
                if (!url.getPath().equals("/e0")) {
                    fastDone.countDown();
                }
                return new Result(204, null);
            }

            @Override
            public java.util.Optional<String> refusal(URI url) {
                return java.util.Optional.empty();
            }
        };
        WebhookDelivery delivery = new WebhookDeliveryService(fx.storage.webhooks(), fx.storage.events(), sender,
                fx.clock, "one", LOG, 8);
        DeliveryReport report = delivery.deliverDue();

        assertThat(report.sent()).isEqualTo(180);
        assertThat(mostForOne.get()).as("deliveries in flight for one endpoint at once").isEqualTo(1);
        List<Integer> oneToThirty = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            oneToThirty.add(n);
        }
        assertThat(received).hasSize(6).allSatisfy((url, users) -> assertThat(users).containsExactlyElementsOf(oneToThirty));
        // the five fast endpoints were all done before the slow one was half way
        int lastFast = 0;
        for (int i = 0; i < order.size(); i++) {
            if (!order.get(i).equals("/e0")) {
                lastFast = i;
            }
        }
        long slowBefore = order.subList(0, lastFast).stream().filter("/e0"::equals).count();
        assertThat(slowBefore).as("deliveries to the slow endpoint before the fast ones were done").isLessThan(15);
    }

    @Test
    void V4_aRunThatOutlivesHalfItsLeaseGivesTheRestBackAndAnotherInstanceSendsEachDeliveryOnce() {
        PartnerIntegrations integrations = fx.core.partnerIntegrations();
        integrations.registerEndpoint(PartnerIntegrations.RegisterEndpoint.parse(partner,
                "https://hooks.example.com/slow", List.of("usage.reported")));
        String en = fx.order(partner, account, "jira").site("usage").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        for (int n = 1; n <= 5; n++) {
            fx.partners().reportUsage(PartnerOperations.ReportUsage.parse(partner, en, n));
        }
        List<String> posted = Collections.synchronizedList(new ArrayList<>());
        WebhookSender slow = new WebhookSender() {
            @Override
            public Result send(URI url, String body, List<String> secrets, Instant now) {
                posted.add(body);
                fx.clock.advance(Duration.ofSeconds(40)); // each answer takes 40 s of the 2-minute lease
                return new Result(204, null);
            }

            @Override
            public java.util.Optional<String> refusal(URI url) {
                return java.util.Optional.empty();
            }
        };
        WebhookDelivery first = new WebhookDeliveryService(fx.storage.webhooks(), fx.storage.events(), slow,
                fx.clock, "first", LOG, 4);
        DeliveryReport one = first.deliverDue();
        // 0 s, 40 s: started in the lease's first half; the third would start at 80 s, so it is given back
        assertThat(one.sent()).isEqualTo(2);
        assertThat(one.released()).isEqualTo(3);
        WebhookDelivery second = new WebhookDeliveryService(fx.storage.webhooks(), fx.storage.events(), slow,
                fx.clock, "second", LOG, 4);
        int sent = one.sent();
        for (int i = 0; i < 5 && sent < 5; i++) {
            sent += second.deliverDue().sent();
        }
        assertThat(sent).isEqualTo(5);
        assertThat(posted).hasSize(5).doesNotHaveDuplicates();
        assertThat(fx.storage.webhooks().deliveries(java.util.UUID.fromString(integrations.endpoints(partner).get(0).id()), 10))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(WebhookStore.Status.SENT));
    }
}
