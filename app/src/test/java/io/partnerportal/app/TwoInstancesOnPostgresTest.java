package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.signin.SignIn;
import io.partnerportal.core.testing.LocalPostgres;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Two instances on one PostgreSQL database serve the same data, sessions and outbox (SPEC §5.4). */
class TwoInstancesOnPostgresTest {

    @Test
    void twoInstancesShareStateSessionsAndDeliverEveryEmailOnce() throws Exception {
        int smtpPort;
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (LocalPostgres db = new LocalPostgres("portal_app_")) {
            Map<String, String> env = new HashMap<>(Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres",
                    "PORTAL_SMTP_HOST", "127.0.0.1", "PORTAL_SMTP_PORT", Integer.toString(smtpPort),
                    "PORTAL_DATA_DIR", "target/two-instances"));
            try (RunningPortal a = new RunningPortal(env); RunningPortal b = new RunningPortal(env)) {
                assertThat(a.demoKey).as("PostgreSQL is never seeded with demo data").isEmpty();
                assertThat(b.demoKey).isEmpty();
                String key = a.get(Administration.class).createPartner(new Administration.CreatePartner("Shared",
                        "billing@shared.example")).apiKey();
                String account = b.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Main")).json()
                        .get("id").asText();

                // orders through both instances: every email is delivered once, by whichever loop claims it
                int orders = 20;
                String jira = null;
                for (int i = 0; i < orders; i++) {
                    RunningPortal via = i % 2 == 0 ? a : b;
                    JsonNode created = via.call("POST", "/api/v1/orders", key, Map.of("billingAccountId", account,
                            "product", "jira", "plan", "STANDARD", "billingCycle", "MONTHLY", "userTier", 5,
                            "siteUrl", "shared-" + i + ".atlassian.net", "contacts", List.of(Map.of("email",
                                    "contact" + i + "@shared.example", "name", "C" + i, "locale", "en")))).json();
                    jira = jira == null ? created.get("subscriptions").get(0).get("entitlementNumber").asText() : jira;
                }
                assertThat(eventually(() -> smtp.getReceivedMessages().length >= 2 * orders
                        && a.get(NotificationDelivery.class).status().pending() == 0)).isTrue();

                // a cancellation through one instance is visible through the other at once
                RunningPortal.Reply cancel = a.call("POST", "/api/v1/subscriptions/" + jira + "/cancellation", key,
                        Map.of("when", "IMMEDIATE"));
                assertThat(cancel.status()).isEqualTo(200);
                assertThat(b.call("GET", "/api/v1/subscriptions/" + jira, key, null).json().get("status").asText())
                        .isEqualTo("CANCELLED");

                // a session started on one instance is served by the other
                a.get(SignIn.class).requestLink("contact1@shared.example");
                assertThat(eventually(() -> linkToken(smtp, "contact1@shared.example") != null)).isTrue();
                SignIn.SignedIn session = a.get(SignIn.class).redeem(linkToken(smtp, "contact1@shared.example"));
                assertThat(b.get(SignIn.class).resolve(session.sessionToken())).isPresent();
                b.get(SignIn.class).end(session.sessionToken());
                assertThat(a.get(SignIn.class).resolve(session.sessionToken())).isEmpty();

                // and through the portal's pages: signed in on one instance, the browser's cookie works on the other
                a.get(SignIn.class).requestLink("contact2@shared.example");
                assertThat(eventually(() -> linkToken(smtp, "contact2@shared.example") != null)).isTrue();
                PortalVisitor onA = new PortalVisitor(a.url(""));
                String link = "/login/" + linkToken(smtp, "contact2@shared.example");
                assertThat(onA.submit(link, link, Map.of()).uri()).isEqualTo("/subscriptions");
                PortalVisitor onB = new PortalVisitor(b.url(""), onA.cookies);
                PortalVisitor.Page listOnB = onB.get("/subscriptions");
                assertThat(listOnB.uri()).isEqualTo("/subscriptions");
                assertThat(listOnB.html()).contains("Jira");

                assertThat(eventually(() -> a.get(NotificationDelivery.class).status().pending() == 0)).isTrue();
                Map<String, Long> ids = Arrays.stream(smtp.getReceivedMessages()).map(TwoInstancesOnPostgresTest::id)
                        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
                assertThat(ids).as("WELCOME and PRODUCT_ORDERED per order, CANCELLED, two SIGN_IN_LINKs")
                        .hasSize(2 * orders + 3);
                assertThat(ids.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
            }
        } finally {
            smtp.stop();
        }
    }

    private static String id(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern LINK = Pattern.compile("/login/([A-Za-z0-9_-]{43})");

    private static String linkToken(GreenMail smtp, String email) {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().contains(email)
                        && "SIGN_IN_LINK".equals(m.getHeader("X-Notification-Type")[0])) {
                    Matcher matcher = LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", ""));
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return condition.getAsBoolean();
    }
}
