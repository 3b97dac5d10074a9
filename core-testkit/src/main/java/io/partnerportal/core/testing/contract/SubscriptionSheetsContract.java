package io.partnerportal.core.testing.contract;

import static io.partnerportal.core.testing.SubscriptionBuilder.aCollection;
import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static io.partnerportal.core.testing.SubscriptionBuilder.anApp;
import static io.partnerportal.core.testing.SubscriptionBuilder.includedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.SubscriptionSheets.Card;
import io.partnerportal.core.port.out.SubscriptionSheets.Neighbour;
import io.partnerportal.core.port.out.SubscriptionSheets.Sheet;
import io.partnerportal.core.testing.PartyBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code SubscriptionSheets}: each subscription as stored, with its partner, its contacts' cards
 * in order, and exactly the links of SPEC §2 as of today - each live or not by the core's rule and
 * visible to the viewer by the core's {@link Visibility} rule (R11) - and the partner's pages.
 */
public abstract class SubscriptionSheetsContract extends StorageContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Instant AT = Instant.parse("2026-05-01T00:00:00Z");

    private Person ken;
    private Person ann;
    private Partner partner;
    private Partner otherPartner;
    private Subscription jira;
    private Subscription tempoOnJira;
    private Subscription drawioOnBoth;
    private Subscription collection;
    private Subscription confluence;
    private Subscription loomDetached;
    private Subscription scriptrunnerOnConfluence;
    private Subscription cancelled;
    private Subscription elsewhere;

    @BeforeEach
    void graph() {
        ken = PartyBuilder.aPerson("ken@sheets.example");
        ann = PartyBuilder.aPerson("ann@sheets.example");
        partner = PartyBuilder.aPartner("Sheets Reseller");
        otherPartner = PartyBuilder.aPartner("Other Reseller");
        jira = aProduct().partner(partner.id()).contacts(ken.id(), ann.id()).viewers(ken.id())
                .site("acme.atlassian.net").build();
        collection = aCollection().partner(partner.id()).contacts(ken.id()).site("team.atlassian.net").build();
        confluence = includedIn(collection.state(), "confluence").contacts(ann.id()).build();
        loomDetached = includedIn(collection.state(), "loom").contacts(ann.id()).detachOn(TODAY.minusDays(1)).build();
        tempoOnJira = anApp(jira.number()).product("tempo-timesheets").partner(partner.id()).contacts(ann.id())
                .requested(Cancellation.requested(TODAY.plusDays(5), null, new Actor.System(), AT)).build();
        drawioOnBoth = anApp(confluence.number(), jira.number()).product("drawio").partner(partner.id())
                .contacts(ann.id()).build();
        scriptrunnerOnConfluence = anApp(confluence.number()).partner(partner.id()).contacts(ann.id()).build();
        cancelled = aProduct().product("loom").partner(partner.id()).contacts(ann.id())
                .requested(Cancellation.requested(TODAY.minusDays(2), null, new Actor.System(), AT)).build();
        elsewhere = aProduct().partner(otherPartner.id()).contacts(ann.id()).build();
        txRun(() -> {
            storage.people().add(ken);
            storage.people().add(ann);
            storage.partners().add(partner);
            storage.partners().add(otherPartner);
            all().forEach(storage.subscriptions()::add);
        });
    }

    private List<Subscription> all() {
        return List.of(jira, tempoOnJira, drawioOnBoth, collection, confluence, loomDetached,
                scriptrunnerOnConfluence, cancelled, elsewhere);
    }

    private Sheet sheet(Subscription s, PersonId viewer) {
        return storage.sheets().find(s.number(), TODAY, viewer).orElseThrow();
    }

    @Test
    void aSheetCarriesTheSubscriptionItsPartnerAndItsContactsInOrder() {
        Sheet sheet = sheet(jira, null);
        assertThat(sheet.subscription().state()).isEqualTo(storage.subscriptions().find(jira.number())
                .orElseThrow().state());
        assertThat(sheet.partner().id()).isEqualTo(partner.id());
        assertThat(sheet.partner().name()).isEqualTo(partner.name());
        assertThat(sheet.partner().contactEmail()).isEqualTo(partner.contactEmail());
        assertThat(sheet.contacts()).extracting(Card::id, Card::email, Card::name, Card::locale).containsExactly(
                tuple(ken.id(), ken.email().value(), ken.name().value(), ken.locale().tag()),
                tuple(ann.id(), ann.email().value(), ann.name().value(), ann.locale().tag()));
        assertThat(sheet.visibleToViewer()).isFalse();
        assertThat(sheet.viewerRole()).isNull();
        assertThat(storage.sheets().find(EntitlementNumber.parse("E-AAA-BBB-CCC-DDD"), TODAY, ken.id())).isEmpty();
        List<EntitlementNumber> some = new ArrayList<>(List.of(jira.number(), collection.number(), elsewhere.number()));
        some.sort(null);
        List<EntitlementNumber> asked = new ArrayList<>(some);
        asked.add(EntitlementNumber.parse("E-AAA-BBB-CCC-DDD"));
        assertThat(storage.sheets().findAll(asked, TODAY, ken.id())).extracting(s -> s.subscription().number())
                .containsExactlyElementsOf(some);
        assertThat(storage.sheets().findAll(List.of(jira.number()), TODAY, ken.id()).get(0).neighbours())
                .isEqualTo(sheet(jira, ken.id()).neighbours());
    }

    @Test
    void neighboursAreTheLinksOfTheDayEachLiveAndVisibleByTheCoresRules() {
        Set<EntitlementNumber> assigned = all().stream().filter(s -> s.isAssigned(ken.id())).map(Subscription::number)
                .collect(Collectors.toSet());
        for (Subscription s : all()) {
            Sheet sheet = sheet(s, ken.id());
            assertThat(sheet.visibleToViewer()).as(s.number().value())
                    .isEqualTo(Visibility.canSee(ken.id(), s, assigned));
            List<Subscription> assignedTo = all().stream().filter(x -> assigned.contains(x.number())).toList();
            assertThat(sheet.viewerRole()).as("R19 role on %s", s.number().value())
                    .isEqualTo(Visibility.roleOf(ken.id(), s, assignedTo).orElse(null));
            for (Neighbour n : sheet.neighbours()) {
                Subscription linked = all().stream().filter(x -> x.number().equals(n.number())).findFirst()
                        .orElseThrow();
                assertThat(n.live()).as(n.number().value()).isEqualTo(linked.isLive());
                assertThat(n.userTier()).as(n.number().value()).isEqualTo(linked.stateOn(TODAY).userTier());
                assertThat(n.visibleToViewer()).as(n.number().value())
                        .isEqualTo(Visibility.canSee(ken.id(), linked, assigned));
                assertThat(n.kind()).isEqualTo(linked.kind());
                assertThat(n.product()).isEqualTo(linked.product());
            }
        }
        List<EntitlementNumber> appsOnJira = new ArrayList<>(List.of(tempoOnJira.number(), drawioOnBoth.number()));
        appsOnJira.sort(null);
        assertThat(sheet(jira, ken.id()).neighbours()).extracting(Neighbour::relation, Neighbour::number)
                .containsExactly(appsOnJira.stream().map(n -> tuple(Relation.APP, n)).toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(sheet(drawioOnBoth, ken.id()).neighbours()).extracting(Neighbour::relation, Neighbour::number)
                .containsExactly(tuple(Relation.HOST, confluence.number()), tuple(Relation.HOST, jira.number()));
        assertThat(sheet(collection, ken.id()).linked(Relation.INCLUDED_PRODUCT)).extracting(Neighbour::number)
                .containsExactly(confluence.number());
        assertThat(sheet(confluence, ken.id()).linked(Relation.COLLECTION)).extracting(Neighbour::number)
                .containsExactly(collection.number());
        assertThat(sheet(loomDetached, ken.id()).linked(Relation.COLLECTION)).isEmpty();
        assertThat(sheet(tempoOnJira, ken.id()).visibleToViewer()).isTrue();
        assertThat(sheet(cancelled, ken.id()).visibleToViewer()).isFalse();
    }

    @Test
    void appsOnAHostAreEveryAppInstalledOnItByNumber() {
        List<EntitlementNumber> expected = new ArrayList<>(List.of(drawioOnBoth.number(),
                scriptrunnerOnConfluence.number()));
        expected.sort(null);
        assertThat(storage.sheets().appsOn(confluence.number(), TODAY, ken.id())).extracting(s -> s.subscription()
                .number()).containsExactlyElementsOf(expected);
        assertThat(storage.sheets().appsOn(collection.number(), TODAY, ken.id())).isEmpty();
    }

    @Test
    void aPartnersPageIsItsOwnByNumberFilteredAndKeyset() {
        List<EntitlementNumber> own = all().stream().filter(s -> s.partner().equals(partner.id()))
                .map(Subscription::number).sorted().toList();
        assertThat(storage.sheets().partnerPage(partner.id(), null, null, TODAY, null, 100))
                .extracting(s -> s.subscription().number()).containsExactlyElementsOf(own);
        assertThat(storage.sheets().partnerPage(partner.id(), null, null, TODAY, own.get(2), 3))
                .extracting(s -> s.subscription().number()).containsExactlyElementsOf(own.subList(3, 6));
        assertThat(storage.sheets().partnerPage(partner.id(), null, SubscriptionStatus.CANCELLED, TODAY, null, 100))
                .extracting(s -> s.subscription().number()).containsExactly(cancelled.number());
        assertThat(storage.sheets().partnerPage(partner.id(), elsewhere.billingAccount(), null, TODAY, null, 100))
                .isEmpty();
        assertThat(storage.sheets().partnerPage(otherPartner.id(), null, null, TODAY, null, 100))
                .extracting(s -> s.subscription().number()).containsExactly(elsewhere.number());
    }
}
