package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.signin.ApiAuthentication;
import io.partnerportal.core.support.SupportOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reactivation by vendor support (R8). */
class ReactivationTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private String jira;
    private String tempo;
    private String support;

    @BeforeEach
    void cancelled() {
        var created = fx.partner("Reseller");
        partner = PortalFixture.id(created);
        account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").site("acme").start("2026-01-15").contact("ken@example.jp")
                .placeOne().entitlementNumber();
        tempo = fx.order(partner, account, "tempo-timesheets").hosts(jira).contact("taro@example.jp").placeOne()
                .entitlementNumber();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "IMMEDIATE", "UNUSED", null));
        fx.clock.setDate(LocalDate.parse("2026-12-10"));
        String supportKey = fx.core.administration().createSupportKey();
        support = ((ApiAuthentication.ApiCaller.SupportCaller) fx.core.apiAuthentication().authenticate(supportKey)
                .orElseThrow()).keyId();
        assertThat(fx.core.apiAuthentication().authenticate(created.apiKey()).orElseThrow())
                .isInstanceOf(ApiAuthentication.ApiCaller.PartnerCaller.class);
    }

    private SubscriptionView get(String en) {
        return fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, en));
    }

    @Test
    void R8_supportReactivatesWithANewTermAnchoredOnTheReactivationDate() {
        SubscriptionView v = fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support, jira,
                false));
        assertThat(v.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(v.cancellation()).isNull();
        assertThat(v.startDate()).isEqualTo(LocalDate.parse("2026-01-15"));
        assertThat(v.termStart()).isEqualTo(LocalDate.parse("2026-12-10"));
        assertThat(v.billDate()).isEqualTo(LocalDate.parse("2027-12-10"));
        assertThat(get(tempo).status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(fx.delivered("ken@example.jp")).endsWith(NotificationType.REACTIVATED);
        assertThat(fx.delivered("taro@example.jp")).doesNotContain(NotificationType.REACTIVATED);
        assertThat(fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, null, null)).items()
                .get(0)).satisfies(h -> {
                    assertThat(h.action().name()).isEqualTo("REACTIVATED");
                    assertThat(h.actorKind()).isEqualTo(ActorKind.SUPPORT);
                });
    }

    @Test
    void R8_appsComeBackOnlyWhenSupportAsks() {
        fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support, jira, true));
        assertThat(get(tempo).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(get(tempo).hosts()).containsExactly(jira);
        assertThat(fx.delivered("taro@example.jp")).endsWith(NotificationType.REACTIVATED);
    }

    @Test
    void R8_onlyACancelledSubscriptionIsReactivatedAndAnAppNeedsALiveHost() {
        assertThatThrownBy(() -> fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support,
                tempo, false))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_LIVE_HOST));
        fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support, jira, false));
        assertThatThrownBy(() -> fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support,
                jira, false))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_CANCELLED));
        assertThat(fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support, tempo, false))
                .status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void R8_reactivationNeverPutsAProductTwiceOnASite() {
        fx.order(partner, account, "jira").site("acme").contact("aiko@example.jp").place();
        assertThatThrownBy(() -> fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support,
                jira, false))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRODUCT_ALREADY_ON_SITE));
        assertThat(get(jira).status()).isEqualTo(SubscriptionStatus.CANCELLED);
    }

    @Test
    void R8_reactivatingACollectionBringsBackTheProductsCancelledWithIt() {
        List<SubscriptionView> created = fx.order(partner, account, "teamwork-collection").site("team")
                .contact("ken@example.jp").place();
        String collection = created.get(0).entitlementNumber();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, collection, "IMMEDIATE", null, List.of("rovo")));
        assertThatThrownBy(() -> fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support,
                created.get(1).entitlementNumber(), false))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INCLUDED_IN_COLLECTION));
        fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support, collection, false));
        assertThat(get(collection).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(get(collection).includedProducts()).containsExactly(created.get(1).entitlementNumber(),
                created.get(2).entitlementNumber(), created.get(3).entitlementNumber());
        for (SubscriptionView p : created.subList(1, 4)) {
            assertThat(get(p.entitlementNumber()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        }
        assertThat(get(created.get(4).entitlementNumber()).collection()).isNull();
    }
}
