package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.access.Secrets;
import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.domain.access.SignInToken;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.port.out.SignInRequests;
import io.partnerportal.core.testing.PartyBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code SessionRepository}, {@code SignInTokenRepository}, {@code ApiKeyRepository}: hashed secrets kept right. */
public abstract class AccessRepositoriesContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

    @Test
    void aSessionIsFoundWithItsPersonInOneRead() {
        var person = PartyBuilder.aPerson("signed-in@example.com");
        txRun(() -> storage.people().add(person));
        var found0 = storage.people().find(person.id()).orElseThrow();
        txRun(() -> storage.people().update(found0.withProfile(found0.name(), found0.locale(),
                java.time.ZoneId.of("Asia/Kolkata"))));
        Session s = new Session(Secrets.hash("with-person"), person.id(), "csrf-p", T0, T0);
        Session orphan = new Session(Secrets.hash("no-person"), PersonId.random(), "csrf-o", T0, T0);
        txRun(() -> List.of(s, orphan).forEach(storage.sessions()::add));

        var found = storage.sessions().findWithPerson(s.tokenHash()).orElseThrow();
        assertThat(found.session()).isEqualTo(s);
        assertThat(found.person().id()).isEqualTo(person.id());
        assertThat(found.person().email()).isEqualTo(person.email());
        assertThat(found.person().timeZone()).as("R24: the session knows the reader's zone")
                .isEqualTo(java.time.ZoneId.of("Asia/Kolkata"));
        assertThat(storage.sessions().findWithPerson(orphan.tokenHash())).isEmpty();
        assertThat(storage.sessions().findWithPerson(Secrets.hash("unknown"))).isEmpty();
    }

    @Test
    void sessionsAreFoundTouchedAndDeleted() {
        PersonId person = PersonId.random();
        Session s = new Session(Secrets.hash("a"), person, "csrf-1", T0, T0);
        txRun(() -> storage.sessions().add(s));
        assertThat(storage.sessions().find(s.tokenHash())).contains(s);
        txRun(() -> storage.sessions().touch(s.tokenHash(), T0.plusSeconds(600)));
        assertThat(storage.sessions().find(s.tokenHash()).orElseThrow().lastSeenAt()).isEqualTo(T0.plusSeconds(600));
        txRun(() -> storage.sessions().delete(s.tokenHash()));
        assertThat(storage.sessions().find(s.tokenHash())).isEmpty();
    }

    @Test
    void expiredSessionsArePurged() {
        PersonId person = PersonId.random();
        Session idle = new Session(Secrets.hash("idle"), person, "c", T0, T0);
        Session old = new Session(Secrets.hash("old"), person, "c", T0.minus(Duration.ofHours(13)), T0);
        Session fresh = new Session(Secrets.hash("fresh"), person, "c", T0, T0.plus(Duration.ofMinutes(20)));
        txRun(() -> List.of(idle, old, fresh).forEach(storage.sessions()::add));
        Instant now = T0.plus(Duration.ofMinutes(31));
        assertThat(tx(() -> storage.sessions().deleteExpired(now, SessionTimeouts.DEFAULT))).isEqualTo(2);
        assertThat(storage.sessions().find(fresh.tokenHash())).isPresent();
        assertThat(storage.sessions().find(idle.tokenHash())).isEmpty();
    }

    @Test
    void sessionsArePurgedUnderTheConfiguredTimeouts() {
        PersonId person = PersonId.random();
        Session quiet = new Session(Secrets.hash("quiet"), person, "c", T0, T0);
        Session busy = new Session(Secrets.hash("busy"), person, "c", T0, T0.plus(Duration.ofMinutes(55)));
        txRun(() -> List.of(quiet, busy).forEach(storage.sessions()::add));
        SessionTimeouts tenMinutes = new SessionTimeouts(Duration.ofMinutes(10), Duration.ofHours(1));
        assertThat(tx(() -> storage.sessions().deleteExpired(T0.plus(Duration.ofMinutes(58)), tenMinutes)))
                .isEqualTo(1);
        assertThat(storage.sessions().find(busy.tokenHash())).isPresent();
        assertThat(tx(() -> storage.sessions().deleteExpired(T0.plus(Duration.ofMinutes(60)), tenMinutes)))
                .isEqualTo(1);
        assertThat(storage.sessions().find(busy.tokenHash())).isEmpty();
    }

    @Test
    void signInRequestsAreTakenOldestFirstAndOnlyOnce() {
        List<SignInRequests.Request> asked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            asked.add(new SignInRequests.Request(UUID.randomUUID(), new EmailAddress("p" + i + "@example.com"),
                    T0.plusSeconds(10 - i)));
        }
        txRun(() -> asked.forEach(storage.signInRequests()::add));
        List<SignInRequests.Request> first = tx(() -> storage.signInRequests().take(3));
        assertThat(first).containsExactly(asked.get(4), asked.get(3), asked.get(2));
        assertThat(tx(() -> storage.signInRequests().take(10))).containsExactly(asked.get(1), asked.get(0));
        assertThat(tx(() -> storage.signInRequests().take(10))).isEmpty();
    }

    @Test
    void aSignInRequestTakenByAUnitThatFailsIsTakenAgain() {
        SignInRequests.Request r = new SignInRequests.Request(UUID.randomUUID(), new EmailAddress("ken@example.jp"),
                T0);
        txRun(() -> storage.signInRequests().add(r));
        assertThatThrownBy(() -> txRun(() -> {
            assertThat(storage.signInRequests().take(10)).containsExactly(r);
            throw new IllegalStateException("the unit fails");
        })).hasMessageContaining("the unit fails");
        assertThat(tx(() -> storage.signInRequests().take(10))).containsExactly(r);
    }

    @Test
    void aSignInTokenIsUsedOnceEvenWhenRedeemedConcurrently() throws Exception {
        PersonId person = PersonId.random();
        SignInToken t = SignInToken.issue(Secrets.hash("link"), person, T0);
        txRun(() -> storage.signInTokens().add(t));
        assertThat(storage.signInTokens().find(t.tokenHash())).contains(t);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tries.add(() -> tx(() -> storage.signInTokens().markUsed(t.tokenHash(), T0.plusSeconds(5))));
            }
            int winners = 0;
            for (Future<Boolean> f : pool.invokeAll(tries)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(storage.signInTokens().find(t.tokenHash()).orElseThrow().usedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void signInTokensAreCountedAndPurged() {
        PersonId person = PersonId.random();
        SignInToken old = SignInToken.issue(Secrets.hash("1"), person, T0.minus(Duration.ofHours(1)));
        SignInToken recent = SignInToken.issue(Secrets.hash("2"), person, T0);
        SignInToken someoneElse = SignInToken.issue(Secrets.hash("3"), PersonId.random(), T0);
        txRun(() -> List.of(old, recent, someoneElse).forEach(storage.signInTokens()::add));
        assertThat(storage.signInTokens().countIssuedSince(person, T0.minus(Duration.ofMinutes(15)))).isEqualTo(1);
        assertThat(tx(() -> storage.signInTokens().deleteExpired(T0))).isEqualTo(1);
        assertThat(storage.signInTokens().find(old.tokenHash())).isEmpty();
        assertThat(storage.signInTokens().find(recent.tokenHash())).isPresent();
    }

    @Test
    void apiKeysAreFoundByIdAndCheckedByHash() {
        Partner partner = PartyBuilder.aPartner("Keys Co");
        ApiKey.Issued issued = ApiKey.issue(ApiKey.Kind.PARTNER, partner.id(), T0);
        ApiKey.Issued support = ApiKey.issue(ApiKey.Kind.SUPPORT, null, T0);
        txRun(() -> {
            storage.partners().add(partner);
            storage.apiKeys().add(issued.key());
            storage.apiKeys().add(support.key());
        });
        ApiKey found = storage.apiKeys().find(issued.key().id()).orElseThrow();
        assertThat(found).isEqualTo(issued.key());
        assertThat(found.matches(issued.plaintext())).isTrue();
        assertThat(found.matches(support.plaintext())).isFalse();
        assertThat(storage.apiKeys().find(support.key().id()).orElseThrow().partner()).isNull();
        assertThat(storage.apiKeys().find("missing")).isEmpty();
        var withPartner = storage.apiKeys().findWithPartner(issued.key().id()).orElseThrow();
        assertThat(withPartner.key()).isEqualTo(issued.key());
        assertThat(withPartner.partner()).contains(partner);
        var supportKey = storage.apiKeys().findWithPartner(support.key().id()).orElseThrow();
        assertThat(supportKey.key()).isEqualTo(support.key());
        assertThat(supportKey.partner()).isEmpty();
        assertThat(storage.apiKeys().findWithPartner("missing")).isEmpty();
        assertThatThrownBy(() -> txRun(() -> storage.apiKeys().add(issued.key())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPartnersKeysAreListedOldestFirstLockedAndRevokedOnce() {
        Partner partner = PartyBuilder.aPartner("Keys Co");
        Partner other = PartyBuilder.aPartner("Other Co");
        ApiKey.Issued first = ApiKey.issue(ApiKey.Kind.PARTNER, partner.id(), T0);
        ApiKey.Issued second = ApiKey.issue(ApiKey.Kind.PARTNER, partner.id(), T0.plusSeconds(60));
        ApiKey.Issued others = ApiKey.issue(ApiKey.Kind.PARTNER, other.id(), T0);
        ApiKey.Issued support = ApiKey.issue(ApiKey.Kind.SUPPORT, null, T0);
        txRun(() -> {
            storage.partners().add(partner);
            storage.partners().add(other);
            List.of(second, first, others, support).forEach(k -> storage.apiKeys().add(k.key()));
        });
        assertThat(storage.apiKeys().forPartner(partner.id())).containsExactly(first.key(), second.key());
        assertThat(tx(() -> storage.apiKeys().lockForPartner(partner.id()))).containsExactly(first.key(), second.key());

        Instant at = T0.plusSeconds(600);
        assertThat(tx(() -> storage.apiKeys().revoke(first.key().id(), at))).isTrue();
        assertThat(tx(() -> storage.apiKeys().revoke(first.key().id(), at.plusSeconds(1)))).isFalse();
        assertThat(tx(() -> storage.apiKeys().revoke("missing", at))).isFalse();
        ApiKey revoked = storage.apiKeys().find(first.key().id()).orElseThrow();
        assertThat(revoked.revokedAt()).isEqualTo(at);
        assertThat(revoked.active()).isFalse();
        assertThat(revoked).isEqualTo(first.key().revoked(at));
        assertThat(storage.apiKeys().forPartner(partner.id())).extracting(ApiKey::active).containsExactly(false, true);
        assertThat(storage.apiKeys().find(others.key().id()).orElseThrow().active()).isTrue();
        assertThat(storage.apiKeys().find(support.key().id()).orElseThrow().active()).isTrue();
    }

    @Test
    void R22_aKeyKeepsItsNameAndItsLastUseIsWrittenAtMostOncePerWindow() {
        Partner partner = PartyBuilder.aPartner("Keys Co");
        ApiKey.Issued named = ApiKey.issue(ApiKey.Kind.PARTNER, partner.id(), "billing sync \u65e5\u672c", T0);
        txRun(() -> {
            storage.partners().add(partner);
            storage.apiKeys().add(named.key());
        });
        assertThat(storage.apiKeys().find(named.key().id()).orElseThrow().name()).isEqualTo("billing sync \u65e5\u672c");
        Instant used = T0.plusSeconds(30);
        assertThat(tx(() -> storage.apiKeys().touch(named.key().id(), used, used.minus(ApiKey.LAST_USED_PRECISION))))
                .isTrue();
        Instant soon = used.plusSeconds(59);
        assertThat(tx(() -> storage.apiKeys().touch(named.key().id(), soon, soon.minus(ApiKey.LAST_USED_PRECISION))))
                .as("within the minute").isFalse();
        assertThat(storage.apiKeys().find(named.key().id()).orElseThrow().lastUsedAt()).isEqualTo(used);
        Instant later = used.plusSeconds(61);
        assertThat(tx(() -> storage.apiKeys().touch(named.key().id(), later, later.minus(ApiKey.LAST_USED_PRECISION))))
                .isTrue();
        ApiKey found = storage.apiKeys().find(named.key().id()).orElseThrow();
        assertThat(found.lastUsedAt()).isEqualTo(later);
        assertThat(found.name()).isEqualTo(named.key().name());
        assertThat(tx(() -> storage.apiKeys().touch("missing", later, later))).isFalse();
        assertThat(tx(() -> storage.apiKeys().revoke(found.id(), later))).isTrue();
        assertThat(storage.apiKeys().find(found.id()).orElseThrow().lastUsedAt()).as("revocation keeps it")
                .isEqualTo(later);
    }

    @Test
    void aPersonsSessionsLinksAndRequestsAreListedAndDeletedTogether() {
        PersonId person = PersonId.random();
        PersonId other = PersonId.random();
        Session first = new Session(Secrets.hash("p1"), person, "c", T0, T0.plusSeconds(60));
        Session second = new Session(Secrets.hash("p2"), person, "c", T0.plusSeconds(1), T0.plusSeconds(1));
        Session theirs = new Session(Secrets.hash("o1"), other, "c", T0, T0);
        SignInToken link = new SignInToken(Secrets.hash("l1"), person, T0, T0.plus(SignInToken.VALIDITY), T0);
        SignInToken theirLink = new SignInToken(Secrets.hash("l2"), other, T0, T0.plus(SignInToken.VALIDITY), null);
        EmailAddress email = new EmailAddress("erase_me%@example.com");
        SignInRequests.Request asked = new SignInRequests.Request(UUID.randomUUID(), email, T0);
        SignInRequests.Request lookalike = new SignInRequests.Request(UUID.randomUUID(),
                new EmailAddress("erasexme@example.com"), T0);
        txRun(() -> {
            List.of(second, first, theirs).forEach(storage.sessions()::add);
            List.of(link, theirLink).forEach(storage.signInTokens()::add);
            List.of(asked, lookalike).forEach(storage.signInRequests()::add);
        });
        assertThat(storage.sessions().forPerson(person)).containsExactly(first, second);
        assertThat(storage.signInTokens().forPerson(person)).containsExactly(link);

        assertThat(tx(() -> storage.sessions().deleteForPerson(person))).isEqualTo(2);
        assertThat(tx(() -> storage.signInTokens().deleteForPerson(person))).isEqualTo(1);
        assertThat(tx(() -> storage.signInRequests().deleteFor(email))).isEqualTo(1);

        assertThat(storage.sessions().forPerson(person)).isEmpty();
        assertThat(storage.signInTokens().forPerson(person)).isEmpty();
        assertThat(storage.sessions().find(theirs.tokenHash())).contains(theirs);
        assertThat(storage.signInTokens().forPerson(other)).containsExactly(theirLink);
        assertThat(tx(() -> storage.signInRequests().take(10))).containsExactly(lookalike);
    }
}
