package io.partnerportal.core.testing.contract;

import static io.partnerportal.core.testing.SubscriptionBuilder.aCollection;
import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static io.partnerportal.core.testing.SubscriptionBuilder.anApp;
import static io.partnerportal.core.testing.SubscriptionBuilder.includedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code SubscriptionRepository}: every field round-trips, versions are checked, the finders agree. */
public abstract class SubscriptionRepositoryContract extends StorageContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Instant AT = Instant.parse("2026-05-01T10:15:30Z");

    private void add(Subscription... subs) {
        txRun(() -> Arrays.stream(subs).forEach(storage.subscriptions()::add));
    }

    private static SubscriptionState normalized(Subscription s) {
        return s.state().withVersion(0);
    }

    @Test
    void storesAndRestoresEveryField() {
        PersonId ken = PersonId.random();
        PersonId aiko = PersonId.random();
        Subscription collection = aCollection().site("acme.atlassian.net").plan(Plan.PREMIUM)
                .cycle(BillingCycle.MONTHLY).userTier(25).activeUsers(7).contacts(ken, aiko)
                .requested(new Cancellation(LocalDate.of(2026, 7, 15), CancellationReason.TOO_EXPENSIVE,
                        ActorKind.PARTNER, "partner-1", AT, Cancellation.Cause.REQUESTED, null))
                .build();
        Subscription jira = includedIn(collection.state(), "jira").detachOn(LocalDate.of(2026, 7, 15))
                .termStart(LocalDate.of(2026, 3, 1)).build();
        Subscription guard = aProduct().product("atlassian-guard").organization("ACME 株式会社 <Admin>").build();
        Subscription app = anApp(jira.number(), aProduct().build().number()).site("acme.atlassian.net")
                .cascaded(new Cancellation(LocalDate.of(2026, 7, 15), null, ActorKind.CONTACT, "person-1", AT,
                        Cancellation.Cause.HOSTS_CANCELLED, jira.number()))
                .requested(new Cancellation(LocalDate.of(2026, 8, 1), CancellationReason.OTHER, ActorKind.CONTACT,
                        "person-2", AT, Cancellation.Cause.REQUESTED, null))
                .build();
        add(collection, jira, guard, app);

        for (Subscription s : List.of(collection, jira, guard, app)) {
            assertThat(normalized(storage.subscriptions().find(s.number()).orElseThrow()))
                    .isEqualTo(normalized(s));
        }
    }

    @Test
    void R16_aPendingPlanChangeIsStoredAndCleared() {
        io.partnerportal.core.domain.subscription.PlanChange change = new io.partnerportal.core.domain.subscription
                .PlanChange(Plan.FREE, 10, BillingCycle.MONTHLY, LocalDate.of(2027, 1, 15));
        Subscription s = aProduct().pendingChange(change).build();
        add(s);
        Subscription found = storage.subscriptions().find(s.number()).orElseThrow();
        assertThat(found.state().pendingChange()).isEqualTo(change);
        assertThat(found.state()).isEqualTo(s.state().withVersion(found.version()));
        io.partnerportal.core.domain.subscription.PlanChanges.withdraw(found,
                new io.partnerportal.core.domain.event.Act(new io.partnerportal.core.domain.party.Actor.Partner(
                        found.partner()), AT));
        txRun(() -> storage.subscriptions().update(found));
        assertThat(storage.subscriptions().find(s.number()).orElseThrow().state().pendingChange()).isNull();
    }

    @Test
    void keepsTheOrderOfContactsAndHosts() {
        PersonId[] people = {PersonId.random(), PersonId.random(), PersonId.random(), PersonId.random()};
        EntitlementNumber h1 = aProduct().build().number();
        EntitlementNumber h2 = aProduct().build().number();
        EntitlementNumber h3 = aProduct().build().number();
        Subscription app = anApp(h3, h1, h2).contacts(people[2], people[0], people[3], people[1]).build();
        add(app);
        Subscription found = storage.subscriptions().find(app.number()).orElseThrow();
        assertThat(found.hosts()).containsExactly(h3, h1, h2);
        assertThat(found.contacts()).containsExactly(people[2], people[0], people[3], people[1]);
    }

    @Test
    void anUpdateStoresTheChangeAndIncrementsTheVersion() {
        Subscription s = aProduct().build();
        add(s);
        Subscription loaded = storage.subscriptions().find(s.number()).orElseThrow();
        long before = loaded.version();
        var to = io.partnerportal.core.testing.PartyBuilder.anAccount(loaded.partner(), "New");
        loaded.moveTo(to.id());
        txRun(() -> storage.subscriptions().update(loaded));
        Subscription after = storage.subscriptions().find(s.number()).orElseThrow();
        assertThat(after.billingAccount()).isEqualTo(to.id());
        assertThat(after.version()).isEqualTo(before + 1);
    }

    @Test
    void removingTheFirstContactsKeepsTheOthersInOrder() {
        PersonId ken = PersonId.random();
        PersonId aiko = PersonId.random();
        PersonId taro = PersonId.random();
        Subscription s = aProduct().contacts(ken, aiko, taro).build();
        add(s);
        Subscription loaded = storage.subscriptions().find(s.number()).orElseThrow();
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        Person person = new Person(ken, new EmailAddress("ken@example.jp"), new DisplayName("Ken"), ContactLocale.EN,
                false, at, null, 0);
        txRun(() -> {
            loaded.unassign(person, new Act(new Actor.Support("s"), at));
            storage.subscriptions().update(loaded);
        });
        assertThat(storage.subscriptions().find(s.number()).orElseThrow().contacts()).containsExactly(aiko, taro);
    }

    @Test
    void R19_storesEachContactsRoleAndAChangeOfRoleOrPlace() {
        PersonId ken = PersonId.random();
        PersonId aiko = PersonId.random();
        PersonId taro = PersonId.random();
        Subscription s = aProduct().contacts(ken, aiko, taro).viewers(aiko).build();
        add(s);
        Subscription loaded = storage.subscriptions().find(s.number()).orElseThrow();
        assertThat(loaded.state().viewers()).containsExactly(aiko);
        assertThat(loaded.roleOf(ken)).contains(ContactRole.MANAGER);
        assertThat(loaded.roleOf(aiko)).contains(ContactRole.VIEWER);
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        Act act = new Act(new Actor.Support("s"), at);
        txRun(() -> {
            loaded.assign(person(ken, "ken@example.jp"), ContactRole.VIEWER, false, act);
            loaded.assign(person(aiko, "aiko@example.jp"), ContactRole.MANAGER, false, act);
            storage.subscriptions().update(loaded);
        });
        Subscription changed = storage.subscriptions().find(s.number()).orElseThrow();
        assertThat(changed.contacts()).containsExactly(ken, aiko, taro);
        assertThat(changed.state().viewers()).containsExactly(ken);
        txRun(() -> {
            changed.unassign(person(ken, "ken@example.jp"), act);
            storage.subscriptions().update(changed);
        });
        Subscription after = storage.subscriptions().find(s.number()).orElseThrow();
        assertThat(after.contacts()).containsExactly(aiko, taro);
        assertThat(after.state().viewers()).isEmpty();
        assertThat(storage.subscriptions().findAssignedTo(ken)).isEmpty();
        assertThat(storage.subscriptions().findAssignedTo(taro)).extracting(Subscription::number)
                .containsExactly(s.number());
    }

    private static Person person(PersonId id, String email) {
        return new Person(id, new EmailAddress(email), new DisplayName("Name"), ContactLocale.EN, false,
                Instant.parse("2026-03-01T10:00:00Z"), null, 0);
    }

    @Test
    void anUnchangedUpdateStillIncrementsTheVersion() {
        Subscription s = aProduct().build();
        add(s);
        Subscription loaded = storage.subscriptions().find(s.number()).orElseThrow();
        txRun(() -> storage.subscriptions().update(loaded));
        assertThat(storage.subscriptions().find(s.number()).orElseThrow().version()).isEqualTo(loaded.version() + 1);
    }

    @Test
    void aStaleCopyIsRefusedAndChangesNothing() {
        Subscription s = aProduct().build();
        add(s);
        Subscription a = storage.subscriptions().find(s.number()).orElseThrow();
        Subscription b = storage.subscriptions().find(s.number()).orElseThrow();
        a.reportUsage(10, new Act(new Actor.System(), AT));
        txRun(() -> storage.subscriptions().update(a));
        b.reportUsage(99, new Act(new Actor.System(), AT));
        assertThatThrownBy(() -> txRun(() -> storage.subscriptions().update(b)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE));
        assertThat(storage.subscriptions().find(s.number()).orElseThrow().activeUsers()).contains(10);
    }

    @Test
    void addingAnExistingNumberFails() {
        Subscription s = aProduct().build();
        add(s);
        assertThatThrownBy(() -> add(aProduct().number(s.number()).build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
    }

    @Test
    void findsAndCountsByNumber() {
        Subscription a = aProduct().build();
        Subscription b = aProduct().build();
        add(a, b);
        assertThat(storage.subscriptions().exists(a.number())).isTrue();
        assertThat(storage.subscriptions().exists(aProduct().build().number())).isFalse();
        assertThat(storage.subscriptions().find(aProduct().build().number())).isEmpty();
        assertThat(storage.subscriptions().findAll(List.of(a.number(), b.number(), aProduct().build().number())))
                .extracting(Subscription::number).containsExactlyInAnyOrder(a.number(), b.number());
        assertThat(storage.subscriptions().findAll(List.of())).isEmpty();
    }

    @Test
    void findsTheAppsOfHostsAndTheProductsOfCollections() {
        Subscription jira = aProduct().build();
        Subscription confluence = aProduct().product("confluence").build();
        Subscription other = aProduct().build();
        Subscription onJira = anApp(jira.number()).build();
        Subscription onBoth = anApp(confluence.number(), jira.number()).build();
        Subscription onOther = anApp(other.number()).build();
        Subscription collection = aCollection().build();
        Subscription included = includedIn(collection.state(), "loom").build();
        Subscription detached = includedIn(collection.state(), "rovo").detachOn(LocalDate.of(2026, 2, 1)).build();
        add(jira, confluence, other, onJira, onBoth, onOther, collection, included, detached);

        assertThat(storage.subscriptions().findAppsOn(List.of(jira.number())))
                .extracting(Subscription::number).containsExactlyInAnyOrder(onJira.number(), onBoth.number());
        assertThat(storage.subscriptions().findAppsOn(List.of(confluence.number(), other.number())))
                .extracting(Subscription::number).containsExactlyInAnyOrder(onBoth.number(), onOther.number());
        assertThat(storage.subscriptions().findOrderedIn(List.of(collection.number())))
                .extracting(Subscription::number).containsExactlyInAnyOrder(included.number(), detached.number());
        assertThat(storage.subscriptions().findAppsOn(List.of())).isEmpty();
    }

    @Test
    void findsWhatAPersonIsAssignedTo() {
        PersonId ken = PersonId.random();
        Subscription a = aProduct().contacts(ken).build();
        Subscription b = aProduct().contacts(PersonId.random(), ken).build();
        Subscription c = aProduct().build();
        add(a, b, c);
        assertThat(storage.subscriptions().findAssignedTo(ken)).extracting(Subscription::number)
                .containsExactlyInAnyOrder(a.number(), b.number());
    }

    @Test
    void findsEverySubscriptionOnASite() {
        SiteUrl acme = SiteUrl.of("acme.atlassian.net");
        Subscription live = aProduct().site("acme.atlassian.net").build();
        Subscription pending = aProduct().site("acme.atlassian.net").requested(Cancellation.requested(
                LocalDate.of(2027, 1, 15), null, new io.partnerportal.core.domain.party.Actor.System(), AT)).build();
        Subscription confluence = aProduct().product("confluence").site("acme.atlassian.net").build();
        Subscription elsewhere = aProduct().site("other.atlassian.net").build();
        add(live, pending, confluence, elsewhere);
        assertThat(storage.subscriptions().findOnSite(acme)).extracting(Subscription::number)
                .containsExactlyInAnyOrder(live.number(), pending.number(), confluence.number());
    }

    @Test
    void pagesAPartnersSubscriptionsByNumberWithFilters() {
        PartnerId partner = PartnerId.random();
        BillingAccountId main = BillingAccountId.random();
        BillingAccountId side = BillingAccountId.random();
        Subscription active = aProduct().partner(partner).billingAccount(main).number("E-AAA-000-000-001").build();
        Subscription upcoming = aProduct().partner(partner).billingAccount(main).number("E-AAA-000-000-002")
                .startDate(TODAY.plusDays(10)).build();
        Subscription pending = aProduct().partner(partner).billingAccount(side).number("E-AAA-000-000-003")
                .requested(Cancellation.requested(TODAY.plusDays(3), null,
                        new io.partnerportal.core.domain.party.Actor.System(), AT)).build();
        Subscription cancelled = aProduct().partner(partner).billingAccount(main).number("E-AAA-000-000-004")
                .cascaded(new Cancellation(TODAY, null, ActorKind.PARTNER, "p", AT,
                        Cancellation.Cause.HOSTS_CANCELLED, active.number()))
                .requested(Cancellation.requested(TODAY.plusDays(30), null,
                        new io.partnerportal.core.domain.party.Actor.System(), AT)).build();
        Subscription upcomingButCancelled = aProduct().partner(partner).billingAccount(main)
                .number("E-AAA-000-000-005").startDate(TODAY.plusDays(10))
                .requested(Cancellation.requested(TODAY.minusDays(1), null,
                        new io.partnerportal.core.domain.party.Actor.System(), AT)).build();
        Subscription someoneElses = aProduct().number("E-AAA-000-000-000").build();
        add(cancelled, upcoming, someoneElses, active, pending, upcomingButCancelled);

        var repo = storage.subscriptions();
        assertThat(repo.partnerPage(partner, null, null, TODAY, null, 10)).extracting(Subscription::number)
                .containsExactly(active.number(), upcoming.number(), pending.number(), cancelled.number(),
                        upcomingButCancelled.number());
        assertThat(repo.partnerPage(partner, null, null, TODAY, null, 2)).extracting(Subscription::number)
                .containsExactly(active.number(), upcoming.number());
        assertThat(repo.partnerPage(partner, null, null, TODAY, upcoming.number(), 2))
                .extracting(Subscription::number).containsExactly(pending.number(), cancelled.number());
        assertThat(repo.partnerPage(partner, main, null, TODAY, null, 10)).extracting(Subscription::number)
                .containsExactly(active.number(), upcoming.number(), cancelled.number(),
                        upcomingButCancelled.number());
        assertThat(repo.partnerPage(partner, null, SubscriptionStatus.ACTIVE, TODAY, null, 10))
                .extracting(Subscription::number).containsExactly(active.number(), pending.number());
        assertThat(repo.partnerPage(partner, null, SubscriptionStatus.UPCOMING, TODAY, null, 10))
                .extracting(Subscription::number).containsExactly(upcoming.number());
        assertThat(repo.partnerPage(partner, null, SubscriptionStatus.CANCELLED, TODAY, null, 10))
                .extracting(Subscription::number).containsExactly(cancelled.number(), upcomingButCancelled.number());
        // the same rows agree with the core's own status rule
        for (Subscription s : repo.partnerPage(partner, null, null, TODAY, null, 10)) {
            assertThat(repo.partnerPage(partner, null, s.status(TODAY), TODAY, null, 10))
                    .extracting(Subscription::number).contains(s.number());
        }
    }
}
