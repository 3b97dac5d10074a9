package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.partner.PartnerIntegrations.ApiKeyView;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R22: a partner lists, creates and revokes its own API keys; the last one stays; last use to the minute. */
class PartnerApiKeysTest {
    private PortalFixture fx;
    private Administration.PartnerCreated created;
    private PartnerId partner;
    private PartnerIntegrations keys;

    @BeforeEach
    void setUp() {
        fx = PortalFixture.on("2026-05-01");
        created = fx.partner("Acme Billing");
        partner = PortalFixture.id(created);
        keys = fx.core.partnerIntegrations();
    }

    @Test
    void R22_aNewKeyIsShownOnceAndListedWithoutItsSecret() {
        fx.clock.advance(Duration.ofMinutes(5));
        ApiKeyView made = keys.createApiKey(PartnerIntegrations.CreateApiKey.parse(partner, "  billing sync "));
        assertThat(made.key()).startsWith("psp_" + made.id() + "_");
        assertThat(made.name()).isEqualTo("billing sync");
        assertThat(keys.apiKeys(partner)).hasSize(2).allSatisfy(k -> assertThat(k.key()).isNull())
                .extracting(ApiKeyView::name).containsExactly(null, "billing sync");
        assertThat(fx.core.apiAuthentication().authenticate(made.key())).isPresent();
    }

    @Test
    void R22_aRevokedKeyAnswersNoMoreAtOnceAndTheLastKeyStays() {
        ApiKeyView second = keys.createApiKey(PartnerIntegrations.CreateApiKey.parse(partner, "second"));
        String firstId = io.partnerportal.core.domain.access.ApiKey.idOf(created.apiKey()).orElseThrow();
        keys.revokeApiKey(PartnerIntegrations.ApiKeyRef.parse(partner, firstId));
        assertThat(fx.core.apiAuthentication().authenticate(created.apiKey())).isEmpty();
        assertThat(keys.apiKeys(partner)).extracting(ApiKeyView::id).containsExactly(second.id());
        assertThatThrownBy(() -> keys.revokeApiKey(PartnerIntegrations.ApiKeyRef.parse(partner, second.id())))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LAST_API_KEY));
        assertThat(fx.core.apiAuthentication().authenticate(second.key())).isPresent();
        assertThatThrownBy(() -> keys.revokeApiKey(PartnerIntegrations.ApiKeyRef.parse(partner, firstId)))
                .as("revoked already").isInstanceOf(NotFoundException.class);
    }

    @Test
    void R15_anotherPartnersKeyIsNotFound() {
        PartnerId other = PortalFixture.id(fx.partner("Other"));
        String mine = keys.apiKeys(partner).get(0).id();
        keys.createApiKey(PartnerIntegrations.CreateApiKey.parse(partner, "spare"));
        assertThatThrownBy(() -> keys.revokeApiKey(PartnerIntegrations.ApiKeyRef.parse(other, mine)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.core.apiAuthentication().authenticate(created.apiKey())).isPresent();
    }

    @Test
    void R22_badNamesAndIdsAreRefusedNamingTheField() {
        for (String name : new String[] {null, " ", "a\nb", "x".repeat(101)}) {
            assertThatThrownBy(() -> PartnerIntegrations.CreateApiKey.parse(partner, name)).as(String.valueOf(name))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("name"));
        }
        assertThatThrownBy(() -> PartnerIntegrations.ApiKeyRef.parse(partner, "psp_x_y"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("id"));
        assertThat(keys.apiKeys(partner)).hasSize(1);
    }

    @Test
    void R22_lastUseIsKeptToTheMinuteWithoutAWriteOnEveryRequest() {
        String id = keys.apiKeys(partner).get(0).id();
        fx.core.apiAuthentication().authenticate(created.apiKey());
        var first = fx.clock.instant();
        assertThat(keys.apiKeys(partner).get(0).lastUsedAt()).isEqualTo(first);
        fx.clock.advance(Duration.ofSeconds(59));
        fx.core.apiAuthentication().authenticate(created.apiKey());
        assertThat(keys.apiKeys(partner).get(0).lastUsedAt()).isEqualTo(first);
        fx.clock.advance(Duration.ofSeconds(1));
        fx.core.apiAuthentication().authenticate(created.apiKey());
        assertThat(fx.storage.apiKeys().find(id).orElseThrow().lastUsedAt()).isEqualTo(fx.clock.instant());
    }
}
