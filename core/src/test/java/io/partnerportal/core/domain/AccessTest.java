package io.partnerportal.core.domain;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.access.Secrets;
import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SignInToken;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessTest {
    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

    @Test
    void anApiKeyIsShownOnceAndStoredOnlyAsAHash() {
        ApiKey.Issued issued = ApiKey.issue(ApiKey.Kind.PARTNER, PartnerId.random(), T0);
        assertThat(issued.plaintext()).startsWith("psp_" + issued.key().id() + "_");
        assertThat(issued.key().secretHash()).doesNotContain(issued.plaintext().substring(5 + issued.key().id().length()));
        assertThat(issued.key().matches(issued.plaintext())).isTrue();
        assertThat(issued.key().matches(issued.plaintext() + "x")).isFalse();
        assertThat(issued.key().matches(null)).isFalse();
        assertThat(ApiKey.idOf(issued.plaintext())).contains(issued.key().id());
        assertThat(ApiKey.idOf("Bearer nonsense")).isEmpty();
        assertThat(ApiKey.idOf("psp__x")).isEmpty();
        assertThat(ApiKey.idOf("psp_abc_")).isEmpty();
    }

    @Test
    void secretsAreRandomAndHashedToHex() {
        assertThat(Secrets.newToken()).hasSize(43).isNotEqualTo(Secrets.newToken());
        assertThat(Secrets.hash("x")).hasSize(64).matches("[0-9a-f]+");
        assertThat(Secrets.matches("x", Secrets.hash("x"))).isTrue();
        assertThat(Secrets.matches("y", Secrets.hash("x"))).isFalse();
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesOrTwelveHours() {
        Session s = new Session("h", PersonId.random(), "c", T0, T0);
        assertThat(s.isExpired(T0.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(s.isExpired(T0.plus(Duration.ofMinutes(30)))).isTrue();
        Session busy = s.touchedAt(T0.plus(Duration.ofHours(11).plusMinutes(59)));
        assertThat(busy.isExpired(T0.plus(Duration.ofHours(12)).minusSeconds(1))).isFalse();
        assertThat(busy.isExpired(T0.plus(Duration.ofHours(12)))).isTrue();
    }

    @Test
    void aSignInLinkIsSingleUseForFifteenMinutes() {
        SignInToken t = SignInToken.issue("h", PersonId.random(), T0);
        assertThat(t.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(t.isRedeemable(T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(t.isRedeemable(T0.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(new SignInToken("h", t.person(), T0, t.expiresAt(), T0).isRedeemable(T0)).isFalse();
    }
}
