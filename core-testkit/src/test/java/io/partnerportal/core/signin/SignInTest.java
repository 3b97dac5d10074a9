package io.partnerportal.core.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Magic-link sign-in and sessions. */
class SignInTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");

    @BeforeEach
    void contact() {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        fx.order(partner, fx.account(partner, "Main"), "jira").site("acme").contact("ken@example.jp").place();
        fx.deliverAll();
        fx.mail.clear();
    }

    private String linkToken() {
        fx.deliverAll();
        var sent = fx.mail.sentTo("ken@example.jp");
        return sent.get(sent.size() - 1).signInToken();
    }

    @Test
    void aKnownEmailGetsALinkAndAnUnknownOneNothingWithTheSameAnswer() {
        fx.core.signIn().requestLink(" KEN@example.jp ");
        fx.core.signIn().requestLink("stranger@example.jp");
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).containsExactly(NotificationType.SIGN_IN_LINK);
        assertThat(fx.mail.sentTo("stranger@example.jp")).isEmpty();
        assertThatThrownBy(() -> fx.core.signIn().requestLink("not an email"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("email"));
    }

    @Test
    void aLinkIsRedeemedOnceIntoASession() {
        fx.core.signIn().requestLink("ken@example.jp");
        String token = linkToken();
        SignIn.SignedIn signedIn = fx.core.signIn().redeem(token);
        assertThat(signedIn.person()).isEqualTo(fx.person("ken@example.jp"));
        SignIn.SessionView session = fx.core.signIn().resolve(signedIn.sessionToken()).orElseThrow();
        assertThat(session.email()).isEqualTo("ken@example.jp");
        assertThat(session.csrfToken()).isNotBlank();
        assertThatThrownBy(() -> fx.core.signIn().redeem(token)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGN_IN_LINK_INVALID));
        assertThatThrownBy(() -> fx.core.signIn().redeem("forged")).isInstanceOf(RuleRefusedException.class);
    }

    @Test
    void aLinkExpiresAfterFifteenMinutes() {
        fx.core.signIn().requestLink("ken@example.jp");
        String token = linkToken();
        fx.clock.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> fx.core.signIn().redeem(token)).isInstanceOf(RuleRefusedException.class);
    }

    @Test
    void aSessionEndsWhenIdleWhenTooOldOrOnSignOut() {
        fx.core.signIn().requestLink("ken@example.jp");
        String session = fx.core.signIn().redeem(linkToken()).sessionToken();
        for (int i = 0; i < 24; i++) {
            fx.clock.advance(Duration.ofMinutes(29));
            assertThat(fx.core.signIn().resolve(session)).isPresent();
        }
        fx.clock.advance(Duration.ofMinutes(29));
        assertThat(fx.core.signIn().resolve(session)).isEmpty();

        fx.core.signIn().requestLink("ken@example.jp");
        String idle = fx.core.signIn().redeem(linkToken()).sessionToken();
        fx.clock.advance(Duration.ofMinutes(30));
        assertThat(fx.core.signIn().resolve(idle)).isEmpty();

        fx.core.signIn().requestLink("ken@example.jp");
        String out = fx.core.signIn().redeem(linkToken()).sessionToken();
        fx.core.signIn().end(out);
        assertThat(fx.core.signIn().resolve(out)).isEmpty();
        assertThat(fx.core.signIn().resolve("made-up")).isEmpty();
    }

    @Test
    void linksPerPersonAreLimitedAndTheAnswerStaysTheSame() {
        for (int i = 0; i < 8; i++) {
            fx.core.signIn().requestLink("ken@example.jp");
        }
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).hasSize(SignInService.LINKS_PER_WINDOW);
        fx.clock.advance(Duration.ofMinutes(16));
        fx.core.signIn().requestLink("ken@example.jp");
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).hasSize(SignInService.LINKS_PER_WINDOW + 1);
    }
}
