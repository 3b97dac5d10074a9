package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.RequestNote;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationOutbox.Entry;
import io.partnerportal.core.port.out.NotificationOutbox.Lane;
import io.partnerportal.core.port.out.NotificationOutbox.NewNotification;
import io.partnerportal.core.port.out.NotificationOutbox.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@code NotificationOutbox}: rows keep their snapshot, are claimed oldest first under a lease,
 * one row at a time per recipient (an older unfinished row blocks newer ones), never by two
 * claimants at once; expired leases are claimed again; only the lease holder records outcomes.
 */
public abstract class NotificationOutboxContract extends StorageContract {
    protected static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(2);

    protected static NewNotification row(String email, NotificationType type) {
        EmailAddress to = new EmailAddress(email);
        NotificationContent c = NotificationContent.of(type, to, "Ken <b>", ContactLocale.JA)
                .withPartner("Partner & Co")
                .withSubscriptions(List.of(new SubscriptionSummary("E-3YT-6BG-7X9-YHA", "Jira",
                        SubscriptionKind.PRODUCT, "acme.atlassian.net", Plan.STANDARD, BillingCycle.ANNUAL, 50,
                        LocalDate.of(2026, 1, 15))))
                .withSignInLink(type == NotificationType.SIGN_IN_LINK ? "secret-token" : null, null);
        return new NewNotification(to, c, T0, null);
    }

    protected void append(NewNotification... rows) {
        txRun(() -> storage.outbox().append(List.of(rows)));
    }

    @Test
    void O4_aRowKeepsTheTraceOfTheRequestThatQueuedItThroughClaimsAndRetries() {
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        append(row("a@example.com", NotificationType.WELCOME).withTraceParent(trace),
                row("b@example.com", NotificationType.WELCOME));

        List<Entry> claimed = storage.outbox().claim(T0, LEASE, "one", 10);
        assertThat(claimed).extracting(Entry::traceParent).containsExactly(trace, null);
        storage.outbox().retryAt(claimed.get(0).id(), "one", 1, T0.plusSeconds(60), "451 try later");
        Entry again = storage.outbox().claim(T0.plusSeconds(60), LEASE, "two", 10).get(0);
        assertThat(again.traceParent()).isEqualTo(trace);
        storage.outbox().markSent(again.id(), "two", T0.plusSeconds(61), again.content());
        assertThat(storage.outbox().find(List.of(again.id())).get(0).traceParent()).isEqualTo(trace);
    }

    @Test
    void aRowKeepsItsSubjectThroughClaimsRetriesSkipsAndTheForgettingOfItsContent() {
        String subject = "Jira の更新日は 2027年1月15日 <b>";
        append(row("a@example.com", NotificationType.RENEWAL_REMINDER).withSubject(subject),
                row("b@example.com", NotificationType.RENEWAL_REMINDER),
                row("c@example.com", NotificationType.PRODUCT_ORDERED).withSubject("Skipped"));

        List<Entry> claimed = storage.outbox().claim(T0, LEASE, "one", 10);
        assertThat(claimed).extracting(Entry::subject).containsExactly(subject, null, "Skipped");
        storage.outbox().retryAt(claimed.get(0).id(), "one", 1, T0.plusSeconds(1), "451 try later");
        storage.outbox().markSkipped(claimed.get(2).id(), "one", T0.plusSeconds(1));
        Entry again = storage.outbox().claim(T0.plusSeconds(1), LEASE, "two", 10).get(0);
        assertThat(again.subject()).isEqualTo(subject);
        storage.outbox().markSent(again.id(), "two", T0.plusSeconds(2), again.content().withoutSecret());
        assertThat(tx(() -> storage.outbox().forgetContentFinishedBefore(T0.plusSeconds(3), 10))).isEqualTo(2);

        Entry kept = storage.outbox().find(List.of(again.id())).get(0);
        assertThat(kept.content()).isEqualTo(again.content().forgotten());
        assertThat(kept.subject()).isEqualTo(subject);
        assertThat(storage.outbox().pageForRecipient(new EmailAddress("c@example.com"), null, 10)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("Skipped"));
    }

    @Test
    void R24_aRowsSnapshotKeepsTheRecipientsTimeZone() {
        NewNotification tokyo = row("a@example.com", NotificationType.WELCOME);
        append(new NewNotification(tokyo.recipient(), tokyo.content().withTimeZone(java.time.ZoneId.of("Asia/Tokyo")),
                T0, null), row("b@example.com", NotificationType.WELCOME));

        assertThat(storage.outbox().claim(T0, LEASE, "one", 10)).extracting(e -> e.content().timeZone())
                .containsExactly(java.time.ZoneId.of("Asia/Tokyo"), null);
    }

    @Test
    void rowsKeepTheirSnapshotAndAreClaimedOldestFirst() {
        NewNotification a = row("a@example.com", NotificationType.WELCOME);
        NewNotification b = row("b@example.com", NotificationType.CANCELLED);
        append(a, b);
        List<Entry> claimed = storage.outbox().claim(T0, LEASE, "one", 10);
        assertThat(claimed).extracting(Entry::recipient).containsExactly(a.recipient(), b.recipient());
        Entry first = claimed.get(0);
        assertThat(first.id()).isLessThan(claimed.get(1).id());
        assertThat(first.content()).isEqualTo(a.content());
        assertThat(first.type()).isEqualTo(NotificationType.WELCOME);
        assertThat(first.status()).isEqualTo(Status.PENDING);
        assertThat(first.attempts()).isZero();
        assertThat(first.claimedBy()).isEqualTo("one");
        assertThat(first.leaseUntil()).isEqualTo(T0.plus(LEASE));
        assertThat(storage.outbox().counts().pending()).isEqualTo(2);
    }

    @Test
    void aRecipientsNewerRowWaitsForTheOlderOne() {
        append(row("ken@example.jp", NotificationType.WELCOME), row("ken@example.jp", NotificationType.PRODUCT_ORDERED),
                row("aiko@example.jp", NotificationType.WELCOME));
        List<Entry> claimed = storage.outbox().claim(T0, LEASE, "one", 10);
        assertThat(claimed).extracting(Entry::type).containsExactly(NotificationType.WELCOME, NotificationType.WELCOME);
        Entry welcome = claimed.get(0);
        // the older row is still out: nothing more for ken, even for another claimant
        assertThat(storage.outbox().claim(T0, LEASE, "two", 10)).isEmpty();
        // a retry scheduled for later still blocks the newer row
        assertThat(storage.outbox().retryAt(welcome.id(), "one", 1, T0.plusSeconds(60), "421")).isTrue();
        assertThat(storage.outbox().claim(T0.plusSeconds(1), LEASE, "two", 10)).isEmpty();
        List<Entry> again = storage.outbox().claim(T0.plusSeconds(60), LEASE, "two", 10);
        assertThat(again).extracting(Entry::type).containsExactly(NotificationType.WELCOME);
        assertThat(again.get(0).attempts()).isEqualTo(1);
        assertThat(again.get(0).lastError()).isEqualTo("421");
        assertThat(storage.outbox().markSent(again.get(0).id(), "two", T0.plusSeconds(61),
                again.get(0).content())).isTrue();
        assertThat(storage.outbox().claim(T0.plusSeconds(62), LEASE, "two", 10))
                .extracting(Entry::type).containsExactly(NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void V2_aSignInLinkIsClaimedInItsOwnLaneWhateverWaitsForItsRecipient() {
        append(row("ken@example.jp", NotificationType.WELCOME), row("ken@example.jp", NotificationType.PRODUCT_ORDERED),
                row("ken@example.jp", NotificationType.SIGN_IN_LINK), row("aiko@example.jp", NotificationType.SIGN_IN_LINK),
                row("aiko@example.jp", NotificationType.WELCOME));
        // the mail lane: each recipient's oldest among the other types, links left aside
        List<Entry> mail = storage.outbox().claim(Lane.MAIL, T0, LEASE, "one", 10);
        assertThat(mail).extracting(Entry::type).containsExactly(NotificationType.WELCOME, NotificationType.WELCOME);
        assertThat(mail).extracting(Entry::recipient).extracting(EmailAddress::value)
                .containsExactly("ken@example.jp", "aiko@example.jp");
        // the links' lane: both links at once, although ken's WELCOME is still out
        List<Entry> links = storage.outbox().claim(Lane.LINKS, T0, LEASE, "two", 10);
        assertThat(links).extracting(Entry::type).containsOnly(NotificationType.SIGN_IN_LINK);
        assertThat(links).extracting(Entry::recipient).extracting(EmailAddress::value)
                .containsExactly("ken@example.jp", "aiko@example.jp");
        assertThat(links.get(0).claimedBy()).isEqualTo("two");
        // neither lane claims them again while they are held
        assertThat(storage.outbox().claim(Lane.LINKS, T0, LEASE, "three", 10)).isEmpty();
        assertThat(storage.outbox().claim(Lane.MAIL, T0, LEASE, "three", 10)).isEmpty();
        // a link still out does not hold the recipient's other mail back
        storage.outbox().markSent(mail.get(0).id(), "one", T0.plusSeconds(1), mail.get(0).content());
        assertThat(storage.outbox().claim(Lane.MAIL, T0.plusSeconds(2), LEASE, "three", 10))
                .extracting(Entry::type).containsExactly(NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void V1_manyRowsAreMarkedSentAtOnceAndOnlyWhatTheCallerHolds() {
        append(row("ken@example.jp", NotificationType.WELCOME), row("aiko@example.jp", NotificationType.WELCOME),
                row("ken@example.jp", NotificationType.PRODUCT_ORDERED));
        List<Entry> claimed = storage.outbox().claim(Lane.MAIL, T0, LEASE, "one", 10);
        assertThat(claimed).hasSize(2);
        List<NotificationOutbox.Sent> sent = claimed.stream()
                .map(e -> new NotificationOutbox.Sent(e.id(), T0.plusSeconds(1), e.content().withoutSecret())).toList();
        assertThat(storage.outbox().markAllSent(sent, "two")).as("another claimant's").isEmpty();
        assertThat(storage.outbox().markAllSent(List.of(), "one")).isEmpty();
        assertThat(storage.outbox().markAllSent(sent, "one"))
                .containsExactlyInAnyOrderElementsOf(claimed.stream().map(Entry::id).toList());
        assertThat(storage.outbox().markAllSent(sent, "one")).as("marked once").isEmpty();
        assertThat(storage.outbox().find(claimed.stream().map(Entry::id).toList()))
                .extracting(Entry::status).containsOnly(Status.SENT);
        // ken's next one is his oldest pending row now
        assertThat(storage.outbox().claim(Lane.MAIL, T0.plusSeconds(2), LEASE, "two", 10))
                .extracting(Entry::type).containsExactly(NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void V2_theLinksLaneTakesDueLinksOnlyOldestFirstUpToTheLimit() {
        append(row("a@example.com", NotificationType.SIGN_IN_LINK), row("b@example.com", NotificationType.SIGN_IN_LINK),
                row("c@example.com", NotificationType.SIGN_IN_LINK));
        List<Entry> first = storage.outbox().claim(Lane.LINKS, T0, LEASE, "one", 2);
        assertThat(first).extracting(Entry::recipient).extracting(EmailAddress::value)
                .containsExactly("a@example.com", "b@example.com");
        storage.outbox().retryAt(first.get(0).id(), "one", 1, T0.plusSeconds(60), "421");
        assertThat(storage.outbox().claim(Lane.LINKS, T0.plusSeconds(1), LEASE, "two", 10))
                .extracting(Entry::recipient).extracting(EmailAddress::value).containsExactly("c@example.com");
        assertThat(storage.outbox().claim(Lane.LINKS, T0.plusSeconds(60), LEASE, "two", 10))
                .extracting(Entry::id).containsExactly(first.get(0).id());
    }

    @Test
    void aDeadRowNoLongerBlocksTheRecipient() {
        append(row("ken@example.jp", NotificationType.WELCOME), row("ken@example.jp", NotificationType.CONTACT_ADDED));
        Entry welcome = storage.outbox().claim(T0, LEASE, "one", 10).get(0);
        assertThat(storage.outbox().markDead(welcome.id(), "one", 6, T0.plusSeconds(1), "550 no such user")).isTrue();
        assertThat(storage.outbox().counts()).isEqualTo(new io.partnerportal.core.port.out.NotificationOutbox.Counts(1, 1, T0));
        List<Entry> dead = storage.outbox().dead(10);
        assertThat(dead).extracting(Entry::id).containsExactly(welcome.id());
        assertThat(dead.get(0).status()).isEqualTo(Status.DEAD);
        assertThat(dead.get(0).attempts()).isEqualTo(6);
        assertThat(dead.get(0).lastError()).isEqualTo("550 no such user");
        assertThat(dead.get(0).finishedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(storage.outbox().claim(T0.plusSeconds(2), LEASE, "one", 10))
                .extracting(Entry::type).containsExactly(NotificationType.CONTACT_ADDED);
    }

    @Test
    void R18_aSkippedRowIsFinishedWithoutBeingSentAndNoLongerBlocksTheRecipient() {
        append(row("ken@example.jp", NotificationType.PRODUCT_ORDERED), row("ken@example.jp", NotificationType.CANCELLED));
        Entry ordered = storage.outbox().claim(T0, LEASE, "one", 10).get(0);
        assertThat(storage.outbox().markSkipped(ordered.id(), "two", T0.plusSeconds(1))).isFalse();
        assertThat(storage.outbox().markSkipped(ordered.id(), "one", T0.plusSeconds(1))).isTrue();
        assertThat(storage.outbox().markSkipped(ordered.id(), "one", T0.plusSeconds(1))).isFalse();

        Entry skipped = storage.outbox().forRecipient(new EmailAddress("ken@example.jp")).get(0);
        assertThat(skipped.status()).isEqualTo(Status.SKIPPED);
        assertThat(skipped.attempts()).isZero();
        assertThat(skipped.finishedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(storage.outbox().counts()).isEqualTo(new io.partnerportal.core.port.out.NotificationOutbox.Counts(1, 0, T0));
        assertThat(storage.outbox().dead(10)).isEmpty();
        assertThat(storage.outbox().claim(T0.plusSeconds(2), LEASE, "one", 10))
                .extracting(Entry::type).containsExactly(NotificationType.CANCELLED);
    }

    @Test
    void aRecipientsRowsArePagedNewestFirst() {
        for (int i = 0; i < 5; i++) {
            append(row("ken@example.jp", NotificationType.PRODUCT_ORDERED), row("aiko@example.jp", NotificationType.WELCOME));
        }
        EmailAddress ken = new EmailAddress("ken@example.jp");
        List<Entry> all = storage.outbox().forRecipient(ken);
        List<Entry> first = storage.outbox().pageForRecipient(ken, null, 3);
        List<Entry> second = storage.outbox().pageForRecipient(ken, first.get(2).id(), 3);

        assertThat(first).extracting(Entry::id).containsExactly(all.get(4).id(), all.get(3).id(), all.get(2).id());
        assertThat(second).extracting(Entry::id).containsExactly(all.get(1).id(), all.get(0).id());
        assertThat(second).allSatisfy(e -> assertThat(e.recipient()).isEqualTo(ken));
    }

    @Test
    void aClaimedRowIsNotClaimedAgainUntilItsLeaseRunsOut() {
        append(row("a@example.com", NotificationType.WELCOME));
        Entry e = storage.outbox().claim(T0, LEASE, "one", 10).get(0);
        assertThat(storage.outbox().claim(T0.plusSeconds(60), LEASE, "two", 10)).isEmpty();
        List<Entry> reclaimed = storage.outbox().claim(T0.plus(LEASE).plusSeconds(1), LEASE, "two", 10);
        assertThat(reclaimed).extracting(Entry::id).containsExactly(e.id());
        // the first claimant lost its lease: its outcome is not recorded
        assertThat(storage.outbox().markSent(e.id(), "one", T0.plusSeconds(200), e.content())).isFalse();
        assertThat(storage.outbox().markSent(e.id(), "two", T0.plusSeconds(200), e.content().withoutSecret()))
                .isTrue();
        assertThat(storage.outbox().markSent(e.id(), "two", T0.plusSeconds(201), e.content())).isFalse();
        assertThat(storage.outbox().counts().pending()).isZero();
    }

    @Test
    void aReleasedRowIsClaimableAgainAtOnceWithoutAnAttempt() {
        append(row("a@example.com", NotificationType.WELCOME), row("a@example.com", NotificationType.CANCELLED));
        Entry e = storage.outbox().claim(T0, LEASE, "one", 10).get(0);
        assertThat(storage.outbox().release(e.id(), "two")).isFalse();
        assertThat(storage.outbox().release(e.id(), "one")).isTrue();
        List<Entry> again = storage.outbox().claim(T0, LEASE, "two", 10);
        assertThat(again).extracting(Entry::id).containsExactly(e.id());
        assertThat(again.get(0).attempts()).isZero();
        assertThat(again.get(0).type()).isEqualTo(NotificationType.WELCOME);
    }

    @Test
    void aSentRowKeepsTheErasedSnapshot() {
        append(row("a@example.com", NotificationType.SIGN_IN_LINK));
        Entry e = storage.outbox().claim(T0, LEASE, "one", 10).get(0);
        assertThat(e.content().signInToken()).isEqualTo("secret-token");
        storage.outbox().markSent(e.id(), "one", T0.plusSeconds(1), e.content().withoutSecret());
        Entry stored = storage.outbox().forRecipient(e.recipient()).get(0);
        assertThat(stored.status()).isEqualTo(Status.SENT);
        assertThat(stored.finishedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(stored.content().signInToken()).isNull();
        assertThat(stored.content().recipientName()).isEqualTo("Ken <b>");
    }

    @Test
    void rowsAreNotClaimedBeforeTheyAreDueAndTheLimitHolds() {
        for (int i = 0; i < 5; i++) {
            append(row("r" + i + "@example.com", NotificationType.WELCOME));
        }
        assertThat(storage.outbox().claim(T0.minusSeconds(1), LEASE, "one", 10)).isEmpty();
        assertThat(storage.outbox().claim(T0, LEASE, "one", 3)).hasSize(3);
        assertThat(storage.outbox().claim(T0, LEASE, "two", 3)).hasSize(2);
    }

    @Test
    void concurrentClaimantsNeverShareARow() throws Exception {
        List<NewNotification> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(row("c" + i + "@example.com", NotificationType.WELCOME));
        }
        txRun(() -> storage.outbox().append(rows));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Long>>> claimants = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String name = "claimant-" + c;
                claimants.add(() -> {
                    List<Long> got = new ArrayList<>();
                    List<Entry> batch;
                    do {
                        batch = storage.outbox().claim(T0, LEASE, name, 7);
                        for (Entry e : batch) {
                            got.add(e.id());
                            storage.outbox().markSent(e.id(), name, T0, e.content());
                        }
                    } while (!batch.isEmpty());
                    return got;
                });
            }
            Set<Long> seen = new HashSet<>();
            int total = 0;
            for (Future<List<Long>> f : pool.invokeAll(claimants)) {
                List<Long> got = f.get();
                total += got.size();
                seen.addAll(got);
            }
            assertThat(total).isEqualTo(200);
            assertThat(seen).hasSize(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(storage.outbox().counts().pending()).isZero();
    }

    @Test
    void aClaimantKeepsWhatItRenewsAndLosesWhatAnotherClaimedAfterItsLease() {
        append(row("a@example.com", NotificationType.WELCOME), row("b@example.com", NotificationType.WELCOME));
        List<Entry> mine = storage.outbox().claim(T0, LEASE, "one", 10);
        List<Long> ids = mine.stream().map(Entry::id).toList();
        // renewed before it ran out: nobody else can claim the rows
        assertThat(storage.outbox().renew(ids, "one", T0.plus(LEASE).plusSeconds(60))).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(storage.outbox().claim(T0.plus(LEASE).plusSeconds(1), LEASE, "two", 10)).isEmpty();
        // another claimant renews nothing of it
        assertThat(storage.outbox().renew(ids, "two", T0.plus(LEASE).plusSeconds(120))).isEmpty();
        // not renewed again: once the lease runs out, another claimant takes them, and the first keeps nothing
        List<Entry> taken = storage.outbox().claim(T0.plus(LEASE).plusSeconds(61), LEASE, "two", 10);
        assertThat(taken).extracting(Entry::id).containsExactlyElementsOf(ids);
        assertThat(storage.outbox().renew(ids, "one", T0.plus(LEASE).plusSeconds(300))).isEmpty();
        assertThat(storage.outbox().markSent(ids.get(0), "one", T0.plus(LEASE).plusSeconds(62), mine.get(0).content()))
                .isFalse();
        assertThat(storage.outbox().forRecipient(new EmailAddress("a@example.com")).get(0).claimedBy())
                .isEqualTo("two");
    }

    @Test
    void aLeaseThatRanOutWhileNobodyClaimedTheRowIsStillTheClaimantsToRenew() {
        append(row("a@example.com", NotificationType.WELCOME));
        Entry e = storage.outbox().claim(T0, LEASE, "one", 10).get(0);
        Instant late = T0.plus(LEASE).plusSeconds(5);
        assertThat(storage.outbox().renew(List.of(e.id(), 999_999L), "one", late.plus(LEASE)))
                .containsExactly(e.id());
        assertThat(storage.outbox().claim(late.plusSeconds(1), LEASE, "two", 10)).isEmpty();
        Entry stored = storage.outbox().find(List.of(e.id())).get(0);
        assertThat(stored.leaseUntil()).isEqualTo(late.plus(LEASE));
        assertThat(stored.claimedBy()).isEqualTo("one");
        // a row already finished is renewed no more
        assertThat(storage.outbox().markSent(e.id(), "one", late, e.content())).isTrue();
        assertThat(storage.outbox().renew(List.of(e.id()), "one", late.plus(LEASE))).isEmpty();
    }

    @Test
    void countsNameWhenTheOldestWaitingRowWasQueued() {
        assertThat(storage.outbox().counts()).isEqualTo(new io.partnerportal.core.port.out.NotificationOutbox.Counts(0, 0, null));
        NewNotification older = new NewNotification(new EmailAddress("a@example.com"),
                row("a@example.com", NotificationType.WELCOME).content(), T0.minusSeconds(90), null);
        append(older, row("b@example.com", NotificationType.WELCOME));
        assertThat(storage.outbox().counts().oldestPendingCreatedAt()).isEqualTo(T0.minusSeconds(90));
        Entry a = storage.outbox().claim(T0, LEASE, "one", 1).get(0);
        storage.outbox().markSent(a.id(), "one", T0, a.content());
        assertThat(storage.outbox().counts().oldestPendingCreatedAt()).isEqualTo(T0);
    }

    @Test
    void deadRowsAreRequeuedAllOrNoneWithAFreshRunOfAttempts() {
        append(row("a@example.com", NotificationType.WELCOME), row("b@example.com", NotificationType.WELCOME),
                row("c@example.com", NotificationType.WELCOME));
        List<Entry> claimed = storage.outbox().claim(T0, LEASE, "one", 10);
        Entry a = claimed.get(0);
        Entry b = claimed.get(1);
        Entry c = claimed.get(2);
        storage.outbox().markDead(a.id(), "one", 6, T0.plusSeconds(1), "421 later");
        storage.outbox().markDead(b.id(), "one", 1, T0.plusSeconds(2), "550 no such user");
        storage.outbox().markSent(c.id(), "one", T0.plusSeconds(3), c.content());
        assertThat(storage.outbox().find(List.of(c.id(), a.id(), 999_999L))).extracting(Entry::id)
                .containsExactly(a.id(), c.id());

        // one of them is not dead: nothing changes
        assertThat(storage.outbox().requeue(List.of(a.id(), c.id()), T0.plusSeconds(10))).isFalse();
        assertThat(storage.outbox().requeue(List.of(a.id(), 999_999L), T0.plusSeconds(10))).isFalse();
        assertThat(storage.outbox().counts()).isEqualTo(new io.partnerportal.core.port.out.NotificationOutbox.Counts(0, 2, null));

        assertThat(storage.outbox().requeue(List.of(a.id()), T0.plusSeconds(10))).isTrue();
        Entry again = storage.outbox().find(List.of(a.id())).get(0);
        assertThat(again.status()).isEqualTo(Status.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.dueAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(again.finishedAt()).isNull();
        assertThat(again.claimedBy()).isNull();
        assertThat(again.lastError()).isEqualTo("421 later");
        assertThat(storage.outbox().claim(T0.plusSeconds(9), LEASE, "two", 10)).isEmpty();
        assertThat(storage.outbox().claim(T0.plusSeconds(10), LEASE, "two", 10)).extracting(Entry::id)
                .containsExactly(a.id());

        assertThat(storage.outbox().requeueAllDead(T0.plusSeconds(20))).isEqualTo(1);
        assertThat(storage.outbox().requeueAllDead(T0.plusSeconds(20))).isZero();
        assertThat(storage.outbox().find(List.of(b.id())).get(0).status()).isEqualTo(Status.PENDING);
        assertThat(storage.outbox().counts().dead()).isZero();
    }

    @Test
    void aRecipientsUnsentRowsAreDeletedAndTheRestReaddressed() {
        append(row("ken@example.jp", NotificationType.WELCOME), row("ken@example.jp", NotificationType.CONTACT_ADDED),
                row("ken@example.jp", NotificationType.CANCELLED), row("aiko@example.jp", NotificationType.WELCOME));
        List<Entry> claimed = storage.outbox().claim(T0, LEASE, "one", 10);
        Entry welcome = claimed.get(0);
        storage.outbox().markSent(welcome.id(), "one", T0.plusSeconds(1), welcome.content());
        Entry added = storage.outbox().claim(T0.plusSeconds(2), LEASE, "one", 10).get(0);
        storage.outbox().markDead(added.id(), "one", 1, T0.plusSeconds(3), "550 no such user");
        EmailAddress ken = new EmailAddress("ken@example.jp");
        EmailAddress pseudonym = new EmailAddress("erased-0123456789ab@erased.invalid");

        // the dead row and the pending one go; the sent one stays, readdressed
        assertThat(tx(() -> storage.outbox().deleteUnsent(ken))).isEqualTo(2);
        assertThat(tx(() -> storage.outbox().readdress(ken, pseudonym, "Erased contact"))).isEqualTo(1);

        assertThat(storage.outbox().forRecipient(ken)).isEmpty();
        List<Entry> kept = storage.outbox().forRecipient(pseudonym);
        assertThat(kept).extracting(Entry::id).containsExactly(welcome.id());
        assertThat(kept.get(0).status()).isEqualTo(Status.SENT);
        assertThat(kept.get(0).content()).isEqualTo(welcome.content().withRecipient(pseudonym, "Erased contact"));
        assertThat(storage.outbox().forRecipient(new EmailAddress("aiko@example.jp"))).hasSize(1);
        assertThat(storage.outbox().counts()).isEqualTo(new io.partnerportal.core.port.out.NotificationOutbox.Counts(
                1, 0, T0));
    }

    @Test
    void S8_aReadressedRowsRecordedReplyNoLongerNamesTheAddressInAnyCase() {
        append(row("ken@example.jp", NotificationType.WELCOME));
        Entry welcome = storage.outbox().claim(T0, LEASE, "one", 10).get(0);
        storage.outbox().retryAt(welcome.id(), "one", 1, T0.plusSeconds(60), "452 4.2.2 <KEN@Example.jp>: mailbox full");
        Entry again = storage.outbox().claim(T0.plusSeconds(60), LEASE, "one", 10).get(0);
        storage.outbox().markSent(again.id(), "one", T0.plusSeconds(61), again.content());
        EmailAddress pseudonym = new EmailAddress("erased-0123456789ab@erased.invalid");

        tx(() -> storage.outbox().readdress(new EmailAddress("ken@example.jp"), pseudonym, "Erased contact"));

        Entry kept = storage.outbox().forRecipient(pseudonym).get(0);
        assertThat(kept.lastError()).isEqualTo("452 4.2.2 <erased-0123456789ab@erased.invalid>: mailbox full");
    }

    /** Three recipients' rows: one sent at {@code T0 + 1 s}, one skipped at {@code T0 + 2 s}, one left waiting. */
    private List<Entry> sentSkippedAndWaiting() {
        append(row("a@example.com", NotificationType.WELCOME), row("b@example.com", NotificationType.RENEWAL_REMINDER),
                row("c@example.com", NotificationType.WELCOME));
        List<Entry> claimed = storage.outbox().claim(T0, LEASE, "one", 10);
        storage.outbox().markSent(claimed.get(0).id(), "one", T0.plusSeconds(1), claimed.get(0).content());
        storage.outbox().markSkipped(claimed.get(1).id(), "one", T0.plusSeconds(2));
        storage.outbox().release(claimed.get(2).id(), "one");
        return claimed;
    }

    @Test
    void S7_sentAndSkippedRowsPastTheirRetentionLoseTheirContentInBatchesOldestFirstAndOnce() {
        List<Entry> rows = sentSkippedAndWaiting();

        assertThat(tx(() -> storage.outbox().forgetContentFinishedBefore(T0.plusSeconds(1), 10))).isZero();
        assertThat(tx(() -> storage.outbox().forgetContentFinishedBefore(T0.plusSeconds(3), 1))).isEqualTo(1);
        assertThat(storage.outbox().find(List.of(rows.get(0).id())).get(0).content())
                .isEqualTo(rows.get(0).content().forgotten());
        assertThat(storage.outbox().find(List.of(rows.get(1).id())).get(0).content())
                .as("the batch stopped at its limit").isEqualTo(rows.get(1).content());
        assertThat(tx(() -> storage.outbox().forgetContentFinishedBefore(T0.plusSeconds(3), 10))).isEqualTo(1);
        assertThat(tx(() -> storage.outbox().forgetContentFinishedBefore(T0.plusSeconds(3), 10)))
                .as("a row is forgotten once").isZero();

        Entry sent = storage.outbox().find(List.of(rows.get(0).id())).get(0);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.content().recipientName()).isEmpty();
        assertThat(sent.content().partnerName()).isNull();
        assertThat(sent.content().subscriptions()).extracting(SubscriptionSummary::entitlementNumber)
                .containsExactly("E-3YT-6BG-7X9-YHA");
        assertThat(storage.outbox().find(List.of(rows.get(2).id())).get(0).content())
                .as("a row not finished keeps everything").isEqualTo(rows.get(2).content());
    }

    @Test
    void S7_sentAndSkippedRowsPastTheirKeepingAreDeletedInBatchesAndTheOthersStay() {
        List<Entry> rows = sentSkippedAndWaiting();

        assertThat(tx(() -> storage.outbox().deleteFinishedBefore(T0.plusSeconds(3), 1))).isEqualTo(1);
        assertThat(tx(() -> storage.outbox().deleteFinishedBefore(T0.plusSeconds(3), 10))).isEqualTo(1);
        assertThat(tx(() -> storage.outbox().deleteFinishedBefore(T0.plusSeconds(3), 10))).isZero();

        assertThat(storage.outbox().find(rows.stream().map(Entry::id).toList())).extracting(Entry::id)
                .containsExactly(rows.get(2).id());
        assertThat(storage.outbox().counts().pending()).isEqualTo(1);
    }

    /** R23: a request email to {@code email}, about a request {@code askedBy} asked, with their message and the partner's note. */
    protected static NewNotification requestRow(String email, NotificationType type, String askedBy, String message,
                                                String note) {
        RequestNote request = new RequestNote("0b7c3f6e-6a0e-4b8e-9c1d-2f3a4b5c6d7e", RequestKind.OTHER, null, null,
                null, null, null, null, askedBy, message, note == null ? RequestStatus.OPEN : RequestStatus.DONE, note);
        NewNotification plain = row(email, type);
        return new NewNotification(plain.recipient(), plain.content().withRequest(request), T0, null);
    }

    @Test
    void S8_theRequestEmailsOfEveryRecipientNoLongerNameAPersonErasedNorTellWhatTheyWrote() {
        append(requestRow("billing@partner.example", NotificationType.PARTNER_REQUEST, "ken@example.jp",
                        "Call me, or write to KEN@example.jp", null),
                requestRow("ken@example.jp", NotificationType.REQUEST_RESOLVED, "ken@example.jp",
                        "Call me, or write to KEN@example.jp", "We wrote to Ken@Example.JP"),
                requestRow("billing@partner.example", NotificationType.PARTNER_REQUEST, "aiko@example.jp",
                        "Ken (ken@example.jp) agrees", null),
                requestRow("billing@partner.example", NotificationType.PARTNER_REQUEST, "aiko@example.jp",
                        "Nothing about him", "Done"),
                row("ken@example.jp", NotificationType.WELCOME));
        // the partner's first email is sent, Ken's is claimed, the others wait
        Entry sent = storage.outbox().claim(T0, LEASE, "one", 10).get(0);
        storage.outbox().markSent(sent.id(), "one", T0.plusSeconds(1), sent.content());
        EmailAddress ken = new EmailAddress("ken@example.jp");
        List<Entry> before = new ArrayList<>(storage.outbox().forRecipient(new EmailAddress("billing@partner.example")));
        before.addAll(storage.outbox().forRecipient(ken));
        before.sort(java.util.Comparator.comparingLong(Entry::id));
        assertThat(before).extracting(Entry::status).containsExactly(Status.SENT, Status.PENDING, Status.PENDING,
                Status.PENDING, Status.PENDING);
        EmailAddress pseudonym = new EmailAddress("erased-0123456789ab@erased.invalid");

        assertThat(tx(() -> storage.outbox().forgetInRequests(ken, pseudonym))).isEqualTo(3);

        List<Entry> after = storage.outbox().find(before.stream().map(Entry::id).toList());
        assertThat(after).extracting(e -> e.content().request() == null ? null : e.content().request().askedBy())
                .containsExactly(pseudonym.value(), pseudonym.value(), "aiko@example.jp", "aiko@example.jp", null);
        assertThat(after).extracting(e -> e.content().request() == null ? null : e.content().request().message())
                .containsExactly(null, null, "Ken (erased-0123456789ab@erased.invalid) agrees", "Nothing about him",
                        null);
        assertThat(after.get(1).content().request().note()).isEqualTo("We wrote to erased-0123456789ab@erased.invalid");
        assertThat(after.subList(0, 3)).allSatisfy(e -> assertThat(e.content().request().toString())
                .doesNotContainIgnoringCase("ken@example.jp").doesNotContain("Call me"));
        // the rest of each row stays: its recipient (readdress's), status, kind and subject
        for (int i = 0; i < before.size(); i++) {
            Entry b = before.get(i);
            Entry a = after.get(i);
            assertThat(a.recipient()).isEqualTo(b.recipient());
            assertThat(a.status()).isEqualTo(b.status());
            assertThat(a.content().withRequest(null)).isEqualTo(b.content().withRequest(null));
            if (i >= 3) {
                assertThat(a).isEqualTo(b);
            } else {
                assertThat(a.content().request().kind()).isEqualTo(b.content().request().kind());
                assertThat(a.content().request().id()).isEqualTo(b.content().request().id());
            }
        }

        // once is enough; an address no request names changes nothing
        assertThat(tx(() -> storage.outbox().forgetInRequests(ken, pseudonym))).isZero();
        assertThat(tx(() -> storage.outbox().forgetInRequests(new EmailAddress("nobody@example.jp"), pseudonym)))
                .isZero();
        assertThat(storage.outbox().find(before.stream().map(Entry::id).toList())).isEqualTo(after);
    }

    @Test
    void S8_theRequestEmailsForgetAPersonOnlyWithTheUnitOfWorkThatErasesThem() {
        append(requestRow("billing@partner.example", NotificationType.PARTNER_REQUEST, "ken@example.jp", "hi", null));
        List<Entry> before = storage.outbox().forRecipient(new EmailAddress("billing@partner.example"));

        assertThatThrownBy(() -> txRun(() -> {
            storage.outbox().forgetInRequests(new EmailAddress("ken@example.jp"),
                    new EmailAddress("erased-0123456789ab@erased.invalid"));
            throw new IllegalStateException("the erasure failed");
        })).hasMessageContaining("the erasure failed");

        assertThat(storage.outbox().forRecipient(new EmailAddress("billing@partner.example"))).isEqualTo(before);
    }

    @Test
    void S8_aPersonsOwnRequestEmailIsReaddressedAndForgetsThemInOneUnitOfWork() {
        append(requestRow("ken@example.jp", NotificationType.REQUEST_RESOLVED, "ken@example.jp", "Call me",
                "Wrote to ken@example.jp"));
        Entry sent = storage.outbox().claim(T0, LEASE, "one", 10).get(0);
        storage.outbox().markSent(sent.id(), "one", T0.plusSeconds(1), sent.content());
        EmailAddress ken = new EmailAddress("ken@example.jp");
        EmailAddress pseudonym = new EmailAddress("erased-0123456789ab@erased.invalid");

        txRun(() -> {
            storage.outbox().readdress(ken, pseudonym, "Erased contact");
            storage.outbox().forgetInRequests(ken, pseudonym);
        });

        assertThat(storage.outbox().forRecipient(ken)).isEmpty();
        Entry kept = storage.outbox().forRecipient(pseudonym).get(0);
        assertThat(kept.content().recipient()).isEqualTo(pseudonym);
        assertThat(kept.content().recipientName()).isEqualTo("Erased contact");
        assertThat(kept.content().request().askedBy()).isEqualTo(pseudonym.value());
        assertThat(kept.content().request().message()).isNull();
        assertThat(kept.content().request().note()).isEqualTo("Wrote to " + pseudonym.value());
        assertThat(kept.status()).isEqualTo(Status.SENT);
    }
}
