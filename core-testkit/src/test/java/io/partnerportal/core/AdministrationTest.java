package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.KeyRevoked;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.signin.ApiAuthentication;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operators' partner and key commands (SPEC §6.4, R22). */
class AdministrationTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private final Administration admin = fx.core.administration();

    private String secondKey(PartnerId partner) {
        ApiKey.Issued issued = ApiKey.issue(ApiKey.Kind.PARTNER, partner, fx.clock.instant());
        fx.storage.unitOfWork().run(() -> fx.storage.apiKeys().add(issued.key()));
        return issued.plaintext();
    }

    private static String idOf(String plaintext) {
        return ApiKey.idOf(plaintext).orElseThrow();
    }

    @Test
    void partnersAreListedByNameWithTheirActiveKeys() {
        assertThat(admin.listPartners()).isEmpty();
        Administration.PartnerCreated beta = fx.partner("Beta Reseller");
        fx.clock.advance(Duration.ofMinutes(1));
        Administration.PartnerCreated alpha = fx.partner("Alpha Reseller");
        secondKey(PortalFixture.id(alpha));
        assertThat(admin.listPartners()).containsExactly(
                new Administration.PartnerSummary(alpha.partnerId(), "Alpha Reseller", "billing@alphareseller.example",
                        fx.clock.instant(), 2),
                new Administration.PartnerSummary(beta.partnerId(), "Beta Reseller", "billing@betareseller.example",
                        fx.clock.instant().minus(Duration.ofMinutes(1)), 1));
    }

    @Test
    void R22_aRevokedKeyNeverAuthenticatesAndThePartnersLastActiveKeyStays() {
        Administration.PartnerCreated partner = fx.partner("Reseller");
        PartnerId id = PortalFixture.id(partner);
        fx.clock.advance(Duration.ofSeconds(1));
        String second = secondKey(id);
        ApiAuthentication auth = fx.core.apiAuthentication();
        assertThat(auth.authenticate(partner.apiKey())).isPresent();

        KeyRevoked revoked = admin.revokeKey(idOf(partner.apiKey()));
        assertThat(revoked).isEqualTo(new KeyRevoked(idOf(partner.apiKey()), fx.clock.instant(), true));
        assertThat(auth.authenticate(partner.apiKey())).isEmpty();
        assertThat(auth.authenticate(second)).isPresent();

        // again: nothing changes, the first revocation time stays
        fx.clock.advance(Duration.ofMinutes(5));
        assertThat(admin.revokeKey(idOf(partner.apiKey())).now()).isFalse();
        assertThat(admin.listKeys(partner.partnerId())).extracting(Administration.KeySummary::revokedAt)
                .containsExactly(revoked.revokedAt(), null);

        assertThatThrownBy(() -> admin.revokeKey(idOf(second)))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.LAST_API_KEY);
                    assertThat(e.getMessage()).contains(idOf(second)).contains("last active key");
                });
        assertThat(auth.authenticate(second)).isPresent();
    }

    @Test
    void keysAreListedOldestFirstWithoutTheirSecrets() {
        Administration.PartnerCreated partner = fx.partner("Reseller");
        fx.clock.advance(Duration.ofSeconds(30));
        String second = secondKey(PortalFixture.id(partner));
        List<Administration.KeySummary> keys = admin.listKeys(partner.partnerId());
        assertThat(keys).containsExactly(
                new Administration.KeySummary(idOf(partner.apiKey()), "PARTNER", fx.clock.instant().minusSeconds(30), null),
                new Administration.KeySummary(idOf(second), "PARTNER", fx.clock.instant(), null));
        assertThat(keys.toString()).doesNotContain(partner.apiKey()).doesNotContain(second);
        assertThatThrownBy(() -> admin.listKeys("not-a-uuid")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(err -> err.field()).containsExactly("partner"));
        assertThatThrownBy(() -> admin.listKeys(PartnerId.random().toString())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void supportKeysAreRevokedWithTheirOwnCommandAndPartnersKeysWithTheirs() {
        Administration.PartnerCreated partner = fx.partner("Reseller");
        secondKey(PortalFixture.id(partner));
        String support = admin.createSupportKey();
        assertThatThrownBy(() -> admin.revokeKey(idOf(support))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getMessage()).contains("support-key revoke"));
        assertThatThrownBy(() -> admin.revokeSupportKey(idOf(partner.apiKey())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("key revoke"));
        assertThatThrownBy(() -> admin.revokeSupportKey("nosuchkey")).isInstanceOf(NotFoundException.class);
        assertThat(fx.core.apiAuthentication().authenticate(support)).isPresent();
        assertThat(fx.core.apiAuthentication().authenticate(partner.apiKey())).isPresent();

        assertThat(admin.revokeSupportKey(idOf(support)).now()).isTrue();
        assertThat(fx.core.apiAuthentication().authenticate(support)).isEmpty();
        assertThat(admin.revokeSupportKey(idOf(support)).now()).isFalse();
    }
}
