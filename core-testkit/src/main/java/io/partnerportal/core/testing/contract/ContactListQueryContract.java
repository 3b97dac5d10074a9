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
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.port.out.ContactListQuery.Link;
import io.partnerportal.core.port.out.ContactListQuery.Position;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.ContactListQuery.Row;
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
        return storage.contactList().page(ken, tab, TODAY, after, limit);
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
        assertThat(storage.contactList().page(PersonId.random(), ListTab.ACTIVE, TODAY, null, 100)).isEmpty();
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
            List<Row> rows = storage.contactList().page(many, ListTab.ACTIVE, TODAY, after, 3);
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

    private static String name(Subscription s) {
        return s.product().value().equals("jira") ? "Jira" : "Confluence";
    }

    private static List<Link> links(List<Row> rows, Subscription s) {
        return rows.stream().filter(r -> r.number().equals(s.number())).findFirst().orElseThrow().links();
    }
}
