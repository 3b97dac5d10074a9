package io.partnerportal.core.domain;

import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.subscription.Terms;
import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermsAndStatusTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void R3_aMissingDayClampsToTheMonthsLastDayAndTheAnchorDayIsKept() {
        LocalDate anchor = d("2026-01-31");
        assertThat(Terms.billDate(anchor, BillingCycle.MONTHLY, d("2026-02-01"))).isEqualTo(d("2026-02-28"));
        assertThat(Terms.billDate(anchor, BillingCycle.MONTHLY, d("2026-03-01"))).isEqualTo(d("2026-03-31"));
        assertThat(Terms.billDate(anchor, BillingCycle.MONTHLY, d("2026-04-01"))).isEqualTo(d("2026-04-30"));
        assertThat(Terms.billDate(anchor, BillingCycle.MONTHLY, d("2026-05-15"))).isEqualTo(d("2026-05-31"));
    }

    @Test
    void R3_leapYearsGiveFebruaryItsTwentyNinth() {
        assertThat(Terms.billDate(d("2028-01-31"), BillingCycle.MONTHLY, d("2028-02-10"))).isEqualTo(d("2028-02-29"));
        LocalDate leapAnchor = d("2028-02-29");
        assertThat(Terms.billDate(leapAnchor, BillingCycle.ANNUAL, d("2028-06-01"))).isEqualTo(d("2029-02-28"));
        assertThat(Terms.billDate(leapAnchor, BillingCycle.ANNUAL, d("2031-03-01"))).isEqualTo(d("2032-02-29"));
    }

    @Test
    void R3_theBillDateIsTheEndOfTheCurrentTermAndTodayOnABillDate() {
        LocalDate anchor = d("2026-01-15");
        assertThat(Terms.billDate(anchor, BillingCycle.ANNUAL, d("2026-01-15"))).isEqualTo(d("2027-01-15"));
        assertThat(Terms.billDate(anchor, BillingCycle.ANNUAL, d("2027-01-15"))).isEqualTo(d("2027-01-15"));
        assertThat(Terms.billDate(anchor, BillingCycle.ANNUAL, d("2027-01-16"))).isEqualTo(d("2028-01-15"));
        assertThat(Terms.billDate(anchor, BillingCycle.MONTHLY, d("2026-03-14"))).isEqualTo(d("2026-03-15"));
        assertThat(Terms.billDate(anchor, BillingCycle.MONTHLY, d("2026-03-16"))).isEqualTo(d("2026-04-15"));
    }

    @Test
    void R3_daysUntilRenewalCountToTheBillDateAndAreZeroOnIt() {
        Subscription s = aProduct().startDate("2026-01-15").build();
        assertThat(s.daysUntilRenewal(d("2026-11-23"))).hasValue(53);
        assertThat(s.daysUntilRenewal(d("2027-01-15"))).hasValue(0);
        assertThat(s.billDate(d("2026-11-23"))).contains(d("2027-01-15"));
        assertThat(s.daysUntilStart(d("2026-11-23"))).isEmpty();
    }

    @Test
    void R3_anUpcomingSubscriptionCountsDaysUntilStartAndBillsOneCycleAfterIt() {
        Subscription s = aProduct().startDate("2027-01-31").cycle(BillingCycle.MONTHLY).build();
        LocalDate today = d("2026-12-01");
        assertThat(s.status(today)).isEqualTo(SubscriptionStatus.UPCOMING);
        assertThat(s.daysUntilStart(today)).hasValue(61);
        assertThat(s.billDate(today)).contains(d("2027-02-28"));
        assertThat(s.daysUntilRenewal(today)).isEmpty();
    }

    @Test
    void R3_aCancelledSubscriptionHasNoBillDateNorDays() {
        Subscription s = aProduct().requested(Cancellation.requested(d("2026-05-01"), null, new Actor.System(), AT))
                .build();
        LocalDate today = d("2026-06-01");
        assertThat(s.billDate(today)).isEmpty();
        assertThat(s.daysUntilRenewal(today)).isEmpty();
        assertThat(s.daysUntilStart(today)).isEmpty();
    }

    @Test
    void R2_statusComesFromTheDatesAndTheClock() {
        Subscription pending = aProduct().startDate("2026-01-15")
                .requested(Cancellation.requested(d("2027-01-15"), null, new Actor.System(), AT)).build();
        assertThat(pending.status(d("2027-01-14"))).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(pending.cancellation().orElseThrow().effectiveOn()).isEqualTo(d("2027-01-15"));
        assertThat(pending.status(d("2027-01-15"))).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(aProduct().startDate("2026-01-15").build().status(d("2026-01-14")))
                .isEqualTo(SubscriptionStatus.UPCOMING);
        assertThat(aProduct().startDate("2026-01-15").build().status(d("2026-01-15")))
                .isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void R2_anEffectiveCancellationWinsOverUpcoming() {
        Subscription s = aProduct().startDate("2027-01-01")
                .requested(Cancellation.requested(d("2026-06-01"), null, new Actor.System(), AT)).build();
        assertThat(s.status(d("2026-06-01"))).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(s.status(d("2026-05-31"))).isEqualTo(SubscriptionStatus.UPCOMING);
    }

    @Test
    void R2_theEarlierOfARequestedAndACascadedCancellationApplies() {
        EntitlementNumber host = aProduct().build().number();
        Subscription app = io.partnerportal.core.testing.SubscriptionBuilder.anApp(host)
                .requested(Cancellation.requested(d("2026-09-01"), null, new Actor.System(), AT))
                .cascaded(new Cancellation(d("2026-07-01"), null, ActorKind.PARTNER, "p", AT,
                        Cancellation.Cause.HOSTS_CANCELLED, host))
                .build();
        assertThat(app.cancellation().orElseThrow().effectiveOn()).isEqualTo(d("2026-07-01"));
        assertThat(app.status(d("2026-07-01"))).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(app.isLive()).isFalse();
    }
}
