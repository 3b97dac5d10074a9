package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.UnsubscribeToken;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R18's {@code /unsubscribe/{token}}: no sign-in; GET confirms, POST (one click) switches the email off. */
class PortalUnsubscribeTest {
    private TestPortal portal;
    private String link;

    @BeforeEach
    void start() {
        portal = TestPortal.start();
        String token = new UnsubscribeToken(portal.fx.person(KEN), NotificationType.PRODUCT_ORDERED)
                .sign(portal.fx.storage.signingKeys().key(UnsubscribeToken.PURPOSE));
        link = "/unsubscribe/" + token;
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private java.util.Set<NotificationType> kensPreferences() {
        return portal.fx.core.customerPortal().preferences(portal.fx.person(KEN));
    }

    @Test
    void R18_openingTheLinkAsksAndChangesNothing() {
        PortalClient.Reply page = portal.client().cookie("lang", "en").get(link);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Stop these emails?", "A product was ordered for you", KEN,
                "<form class=\"panel\" method=\"post\" action=\"" + link + "\">");
        assertThat(kensPreferences()).isEmpty();
    }

    @Test
    void R18_aOneClickPostFromAMailClientSwitchesTheEmailOffWithoutSigningInOrAFormToken() {
        PortalClient.Reply r = portal.client().header("Origin", "https://mail.example")
                .post(link, Map.of("List-Unsubscribe", "One-Click"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(kensPreferences()).containsExactly(NotificationType.PRODUCT_ORDERED);
        assertThat(portal.client().post(link, Map.of()).status()).isEqualTo(200);
        assertThat(kensPreferences()).containsExactly(NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void R18_thePagesButtonSwitchesItOffAndSaysSoInJapanese() {
        PortalClient visitor = portal.client().cookie("lang", "ja");
        PortalClient.Reply done = visitor.post(link, Map.of());

        assertThat(done.body()).contains("このメールは今後送信されません", "製品が注文されたとき");
        assertThat(kensPreferences()).containsExactly(NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void R18_aLinkThatDoesNotVerifyIsNotFoundAndChangesNothing() {
        String forged = "/unsubscribe/" + new UnsubscribeToken(portal.fx.person(KEN), NotificationType.CONTACT_ADDED)
                .sign(new byte[32]);

        assertThat(portal.client().get(forged).status()).isEqualTo(404);
        assertThat(portal.client().post(forged, Map.of()).status()).isEqualTo(404);
        assertThat(portal.client().post("/unsubscribe/nonsense", Map.of()).status()).isEqualTo(404);
        assertThat(kensPreferences()).isEmpty();
    }
}
