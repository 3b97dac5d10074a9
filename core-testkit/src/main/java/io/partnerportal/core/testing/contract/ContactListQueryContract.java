package io.partnerportal.core.testing.contract;

import static io.partnerportal.core.testing.SubscriptionBuilder.aCollection;
import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static io.partnerportal.core.testing.SubscriptionBuilder.anApp;
import static io.partnerportal.core.testing.SubscriptionBuilder.includedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.ListFilter;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.port.out.ContactListQuery.Link;
import io.partnerportal.core.port.out.ContactListQuery.Position;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.ContactListQuery.Row;
import io.partnerportal.core.port.out.ContactListQuery.Tally;
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
 * {@code ContactListQuery}: exactly the subscriptions the core's {@link Visibility} rule lets the
 * viewer see (R11), in the tab the core's status rule puts them (R2), ordered and paged by
 * product name then number, with their links and whether each can be opened.
 */
public abstract class ContactListQueryContract extends StorageContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Instant AT = Instant.parse("2026-05-01T00:00:00Z");

    private final PersonId ken = PersonId.random();
    private Partner partner;
    private Subscription jira;
    private Subscription tempoOnJira;
    private Subscription drawioOnBoth;
    private Subscription collection;
    private Subscription confluence;
    private Subscription loomDetached;
    private Subscription scriptrunnerOnConfluence;
    private Subscription upcoming;
    private Subscription cancelled;
    private Subscription unrelated;

    @BeforeEach
    void graph() {
        partner = PartyBuilder.aPartner("Reseller & Co <b>");
        PersonId other = PersonId.random();
        jira = aProduct().partner(partner.id()).contacts(ken).site("acme.atlassian.net").build();
        collection = aCollection().partner(partner.id()).contacts(ken).site("team.atlassian.net").build();
        confluence = includedIn(collection.state(), "confluence").contacts(other).build();
        loomDetached = includedIn(collection.state(), "loom").contacts(other).detachOn(TODAY.minusDays(1)).build();
        tempoOnJira = anApp(jira.number()).product("tempo-timesheets").partner(partner.id()).contacts(other).build();
        drawioOnBoth = anApp(confluence.number(), jira.number()).product("drawio").partner(partner.id())
                .contacts(other).build();
        scriptrunnerOnConfluence = anApp(confluence.number()).partner(partner.id()).contacts(other).build();
        upcoming = aProduct().product("rovo").partner(partner.id()).contacts(other, ken)
                .startDate(TODAY.plusDays(30)).build();
        cancelled = aProduct().product("loom").partner(partner.id()).contacts(ken)
                .requested(Cancellation.requested(TODAY.minusDays(2), null, new Actor.System(), AT)).build();
        unrelated = aProduct().partner(partner.id()).contacts(other).build();
        txRun(() -> {
            storage.partners().add(partner);
            for (Subscription s : all()) {
                storage.subscriptions().add(s);
            }
        });
    }

    private List<Subscription> all() {
        return List.of(jira, tempoOnJira, drawioOnBoth, collection, confluence, loomDetached,
                scriptrunnerOnConfluence, upcoming, cancelled, unrelated);
    }

    private List<Row> page(ListTab tab, Position after, int limit) {
        return storage.contactList().page(ken, tab, TODAY, ListFilter.NONE, after, limit);
    }

    private List<EntitlementNumber> found(ListFilter filter) {
        List<EntitlementNumber> out = new ArrayList<>();
        for (ListTab tab : ListTab.values()) {
            storage.contactList().page(ken, tab, TODAY, filter, null, 100).forEach(r -> out.add(r.number()));
        }
        return out;
    }

    private static ListFilter search(String text) {
        return new ListFilter(text, null, null);
    }

    /** A subscription of a second partner, on an organization whose name holds LIKE's wildcards. */
    private Subscription guardOfAnotherPartner() {
        Partner another = PartyBuilder.aPartner("Another Partner");
        Subscription guard = aProduct().product("atlassian-guard").partner(another.id())
                .organization("Globex 100%_Corp").contacts(ken).build();
        txRun(() -> {
            storage.partners().add(another);
            storage.subscriptions().add(guard);
        });
        return guard;
    }

    @Test
    void theSearchFindsTheProductNameSiteOrganizationOrNumberIgnoringCase() {
        Subscription guard = guardOfAnotherPartner();
        assertThat(found(search("JIRA"))).containsExactly(jira.number());
        assertThat(found(search("ACME.atlassian"))).containsExactly(jira.number());
        assertThat(found(search("team.atlassian.net"))).containsExactly(confluence.number(), loomDetached.number(),
                collection.number());
        assertThat(found(search("globex 100%_c"))).containsExactly(guard.number());
        assertThat(found(search(jira.number().value().toLowerCase(java.util.Locale.ROOT))))
                .containsExactly(jira.number());
        assertThat(found(search(cancelled.number().value().substring(6)))).containsExactly(cancelled.number());
        assertThat(found(search("nothing like this"))).isEmpty();
        assertThat(found(search("globex%corp"))).as("%% is a character, not a wildcard").isEmpty();
        assertThat(found(search("g_obex"))).as("_ is a character, not a wildcard").isEmpty();
        assertThat(found(search("!"))).as("nor is the escape character").isEmpty();
    }

    @Test
    void aSubscriptionSetUpLaterIsFoundByItsSiteAndTheAppsOnItKeepTheirs() {
        Subscription bare = aProduct().product("confluence").partner(partner.id()).contacts(ken).build();
        txRun(() -> storage.subscriptions().add(bare));
        assertThat(found(search("later.atlassian"))).isEmpty();
        Subscription loaded = storage.subscriptions().find(bare.number()).orElseThrow();
        loaded.setUpOn(io.partnerportal.core.domain.site.SiteUrl.of("later.atlassian.net"), null);
        txRun(() -> storage.subscriptions().update(loaded));

        assertThat(found(search("LATER.atlassian"))).containsExactly(bare.number());
        assertThat(storage.contactList().tally(ken, TODAY, "later.atlassian")).filteredOn(Tally::found)
                .extracting(Tally::active).containsExactly(1);
    }

    @Test
    void theCountsFollowACancellationAndAnotherContactsArrival() {
        List<Tally> before = storage.contactList().tally(ken, TODAY, null);
        Subscription loaded = storage.subscriptions().find(jira.number()).orElseThrow();
        loaded.requestCancellation(TODAY.minusDays(1), null, new io.partnerportal.core.domain.event.Act(
                new Actor.System(), AT));
        txRun(() -> storage.subscriptions().update(loaded));

        List<Tally> after = storage.contactList().tally(ken, TODAY, null);
        for (ListTab tab : ListTab.values()) {
            assertThat(after.stream().mapToInt(t -> count(t, tab)).sum()).as(tab.name())
                    .isEqualTo(page(tab, null, 100).size());
        }
        assertThat(after.stream().mapToInt(t -> count(t, ListTab.INACTIVE)).sum())
                .isEqualTo(before.stream().mapToInt(t -> count(t, ListTab.INACTIVE)).sum() + 1);
        PersonId newcomer = PersonId.random();
        txRun(() -> storage.subscriptions().add(aProduct().product("rovo").partner(partner.id())
                .contacts(newcomer).build()));
        assertThat(storage.contactList().tally(newcomer, TODAY, null)).singleElement()
                .extracting(Tally::active, Tally::productName).containsExactly(1, "Rovo");
    }

    @Test
    void theSearchFindsWhatTheCoresRuleFinds() {
        Subscription guard = guardOfAnotherPartner();
        List<Subscription> seen = new ArrayList<>(all());
        seen.add(guard);
        Set<EntitlementNumber> assigned = seen.stream().filter(s -> s.isAssigned(ken)).map(Subscription::number)
                .collect(Collectors.toSet());
        for (String text : List.of("a", "LOOM", "o", "net", "E-", "time", "Draw.IO", "corp")) {
            ListFilter filter = search(text);
            Set<EntitlementNumber> expected = seen.stream().filter(s -> Visibility.canSee(ken, s, assigned)
                    && filter.found(productName(s), s.number(), s.site().map(Object::toString).orElse(null),
                    s.organization().map(Object::toString).orElse(null)))
                    .map(Subscription::number).collect(Collectors.toSet());
            assertThat(found(filter)).as(text).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void thePartnerAndProductFiltersNarrowTheTab() {
        Subscription guard = guardOfAnotherPartner();
        assertThat(found(new ListFilter(null, guard.partner(), null))).containsExactly(guard.number());
        assertThat(found(new ListFilter(null, null, jira.product()))).containsExactly(jira.number());
        assertThat(found(new ListFilter(null, partner.id(), cancelled.product())))
                .containsExactly(loomDetached.number(), cancelled.number());
        assertThat(found(new ListFilter("acme", partner.id(), jira.product()))).containsExactly(jira.number());
        assertThat(found(new ListFilter(null, guard.partner(), jira.product()))).isEmpty();
        assertThat(found(new ListFilter("acme", partner.id(), cancelled.product()))).isEmpty();
    }

    @Test
    void theTallyCountsEachTabByPartnerAndProductAndWhetherTheSearchFindsThem() {
        Subscription guard = guardOfAnotherPartner();
        List<Tally> all = storage.contactList().tally(ken, TODAY, null);
        assertThat(all).allMatch(Tally::found);
        for (ListTab tab : ListTab.values()) {
            assertThat(all.stream().mapToInt(t -> count(t, tab)).sum()).as(tab.name())
                    .isEqualTo(page(tab, null, 100).size());
        }
        Tally loom = all.stream().filter(t -> t.product().equals(cancelled.product())).findFirst().orElseThrow();
        assertThat(loom).isEqualTo(new Tally(partner.id(), "Reseller & Co <b>", cancelled.product(), "Loom", true,
                1, 1, 0));
        assertThat(all).extracting(Tally::partner, Tally::partnerName, Tally::productName)
                .contains(tuple(guard.partner(), "Another Partner", "Atlassian Guard"));

        List<Tally> searched = storage.contactList().tally(ken, TODAY, "Team.Atlassian");
        for (ListTab tab : ListTab.values()) {
            assertThat(searched.stream().mapToInt(t -> count(t, tab)).sum()).as("every row is still counted")
                    .isEqualTo(page(tab, null, 100).size());
            assertThat(searched.stream().filter(Tally::found).mapToInt(t -> count(t, tab)).sum()).as(tab.name())
                    .isEqualTo(storage.contactList().page(ken, tab, TODAY, search("team.atlassian"), null, 100)
                            .size());
        }
        assertThat(searched.stream().filter(Tally::found)).extracting(Tally::productName)
                .containsExactlyInAnyOrder("Confluence", "Loom", "Teamwork Collection");
        assertThat(storage.contactList().tally(PersonId.random(), TODAY, null)).isEmpty();
    }

    private static int count(Tally t, ListTab tab) {
        return switch (tab) {
            case ACTIVE -> t.active();
            case INACTIVE -> t.inactive();
            case UPCOMING -> t.upcoming();
        };
    }

    private static String productName(Subscription s) {
        return switch (s.product().value()) {
            case "jira" -> "Jira";
            case "confluence" -> "Confluence";
            case "loom" -> "Loom";
            case "rovo" -> "Rovo";
            case "atlassian-guard" -> "Atlassian Guard";
            case "teamwork-collection" -> "Teamwork Collection";
            case "tempo-timesheets" -> "Tempo Timesheets";
            case "scriptrunner" -> "ScriptRunner";
            case "drawio" -> "draw.io";
            default -> throw new IllegalArgumentException(s.product().value());
        };
    }

    @Test
    void listsExactlyWhatTheVisibilityRuleShowsInTheTabOfItsStatus() {
        Set<EntitlementNumber> assigned = all().stream().filter(s -> s.isAssigned(ken)).map(Subscription::number)
                .collect(Collectors.toSet());
        for (ListTab tab : ListTab.values()) {
            Set<EntitlementNumber> expected = all().stream()
                    .filter(s -> Visibility.canSee(ken, s, assigned) && s.status(TODAY) == tab.status())
                    .map(Subscription::number).collect(Collectors.toSet());
            assertThat(page(tab, null, 100)).extracting(Row::number).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(page(ListTab.ACTIVE, null, 100)).extracting(Row::number).containsExactly(
                confluence.number(), jira.number(), loomDetached.number(), collection.number(),
                tempoOnJira.number(), drawioOnBoth.number());
        assertThat(page(ListTab.UPCOMING, null, 100)).extracting(Row::number).containsExactly(upcoming.number());
        assertThat(page(ListTab.INACTIVE, null, 100)).extracting(Row::number).containsExactly(cancelled.number());
    }

    @Test
    void nobodyElseSeesTheRows() {
        assertThat(storage.contactList().page(PersonId.random(), ListTab.ACTIVE, TODAY, ListFilter.NONE, null, 100)).isEmpty();
    }

    @Test
    void aRowCarriesWhatTheListShows() {
        Row row = page(ListTab.ACTIVE, null, 100).stream().filter(r -> r.number().equals(jira.number()))
                .findFirst().orElseThrow();
        assertThat(row.productName()).isEqualTo("Jira");
        assertThat(row.product().value()).isEqualTo("jira");
        assertThat(row.kind()).isEqualTo(jira.kind());
        assertThat(row.plan()).isEqualTo(jira.plan());
        assertThat(row.billingCycle()).isEqualTo(jira.billingCycle());
        assertThat(row.userTier()).isEqualTo(jira.userTier());
        assertThat(row.startDate()).isEqualTo(jira.startDate());
        assertThat(row.termStart()).isEqualTo(jira.termStart());
        assertThat(row.cancellationOn()).isNull();
        assertThat(row.partnerName()).isEqualTo("Reseller & Co <b>");
        Row gone = page(ListTab.INACTIVE, null, 10).get(0);
        assertThat(gone.cancellationOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(row.pendingChange()).isNull();
        assertThat(row.hostTier()).as("not an app").isNull();
        Row app = page(ListTab.ACTIVE, null, 100).stream().filter(r -> r.number().equals(drawioOnBoth.number()))
                .findFirst().orElseThrow();
        assertThat(app.hostTier()).as("R16: the largest live host's tier").isEqualTo(Math.max(jira.userTier(),
                confluence.userTier()));
    }

    @Test
    void linksSayHowTheyRelateAndWhetherTheViewerCanOpenThem() {
        List<Row> rows = page(ListTab.ACTIVE, null, 100);
        assertThat(links(rows, jira)).extracting(Link::number, Link::relation, Link::visibleToViewer)
                .containsExactlyInAnyOrder(tuple(tempoOnJira.number(), Relation.APP, true),
                        tuple(drawioOnBoth.number(), Relation.APP, true));
        assertThat(links(rows, collection)).extracting(Link::number, Link::relation, Link::visibleToViewer)
                .containsExactly(tuple(confluence.number(), Relation.INCLUDED_PRODUCT, true));
        assertThat(links(rows, confluence)).extracting(Link::number, Link::relation, Link::visibleToViewer)
                .containsExactlyInAnyOrder(tuple(collection.number(), Relation.COLLECTION, true),
                        tuple(drawioOnBoth.number(), Relation.APP, true),
                        tuple(scriptrunnerOnConfluence.number(), Relation.APP, false));
        assertThat(links(rows, drawioOnBoth)).extracting(Link::number, Link::relation, Link::visibleToViewer)
                .containsExactlyInAnyOrder(tuple(confluence.number(), Relation.HOST, true),
                        tuple(jira.number(), Relation.HOST, true));
        assertThat(links(rows, loomDetached)).isEmpty();
        Link tempo = links(rows, jira).stream().filter(l -> l.number().equals(tempoOnJira.number())).findFirst()
                .orElseThrow();
        assertThat(tempo.productName()).isEqualTo("Tempo Timesheets");
        assertThat(tempo.kind()).isEqualTo(tempoOnJira.kind());
    }

    @Test
    void pagesByProductNameThenNumberWithoutGapsOrRepeats() {
        PersonId many = PersonId.random();
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            subs.add(aProduct().product(i % 2 == 0 ? "jira" : "confluence").partner(partner.id()).contacts(many)
                    .build());
        }
        txRun(() -> subs.forEach(storage.subscriptions()::add));
        List<EntitlementNumber> seen = new ArrayList<>();
        Position after = null;
        for (int guard = 0; guard < 10; guard++) {
            List<Row> rows = storage.contactList().page(many, ListTab.ACTIVE, TODAY, ListFilter.NONE, after, 3);
            rows.forEach(r -> seen.add(r.number()));
            if (rows.size() < 3) {
                break;
            }
            Row last = rows.get(rows.size() - 1);
            after = new Position(last.productName(), last.number());
        }
        List<EntitlementNumber> expected = subs.stream()
                .sorted((a, b) -> {
                    int byName = name(a).compareTo(name(b));
                    return byName != 0 ? byName : a.number().compareTo(b.number());
                })
                .map(Subscription::number).toList();
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void pagesAFilteredTabWithoutGapsOrRepeats() {
        PersonId many = PersonId.random();
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            subs.add(aProduct().product(i % 3 == 0 ? "confluence" : "jira").partner(partner.id()).contacts(many)
                    .site("site" + i + ".atlassian.net").build());
        }
        txRun(() -> subs.forEach(storage.subscriptions()::add));
        ListFilter jiraOnes = new ListFilter(null, partner.id(), jira.product());
        List<EntitlementNumber> seen = new ArrayList<>();
        Position after = null;
        for (int guard = 0; guard < 10; guard++) {
            List<Row> rows = storage.contactList().page(many, ListTab.ACTIVE, TODAY, jiraOnes, after, 2);
            rows.forEach(r -> seen.add(r.number()));
            if (rows.size() < 2) {
                break;
            }
            Row last = rows.get(rows.size() - 1);
            after = new Position(last.productName(), last.number());
        }
        assertThat(seen).containsExactlyElementsOf(subs.stream().filter(s -> s.product().equals(jira.product()))
                .map(Subscription::number).sorted().toList());
    }

    private static String name(Subscription s) {
        return s.product().value().equals("jira") ? "Jira" : "Confluence";
    }

    private static List<Link> links(List<Row> rows, Subscription s) {
        return rows.stream().filter(r -> r.number().equals(s.number())).findFirst().orElseThrow().links();
    }
}
