package io.partnerportal.core.service;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.access.Secrets;
import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SignInToken;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.port.in.SignIn;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Magic-link sign-in. Links and sessions are stored by the hash of their token. At most
 * {@link #LINKS_PER_WINDOW} links per person per {@link SignInToken#VALIDITY}; beyond that the
 * request is answered the same but sends nothing.
 */
final class SignInService implements SignIn {
    static final int LINKS_PER_WINDOW = 5;

    private final Storage storage;
    private final Transactions tx;
    private final Clock clock;

    SignInService(Storage storage, Transactions tx, Clock clock) {
        this.storage = storage;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void requestLink(String email) {
        EmailAddress address = Fields.single("email", () -> EmailAddress.parse(email));
        tx.write(changes -> {
            Optional<Person> person = storage.people().findByEmail(address);
            Instant now = clock.instant();
            if (person.isEmpty()
                    || storage.signInTokens().countIssuedSince(person.get().id(), now.minus(SignInToken.VALIDITY))
                    >= LINKS_PER_WINDOW) {
                return null;
            }
            SignInToken.Issued issued = SignInToken.issue(person.get(), new Act(new Actor.Contact(person.get().id()),
                    now));
            storage.signInTokens().add(issued.token());
            changes.record(issued.event());
            return null;
        });
    }

    @Override
    public SignedIn redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw invalid();
        }
        return tx.write(() -> {
            Instant now = clock.instant();
            String hash = Secrets.hash(token);
            SignInToken stored = storage.signInTokens().find(hash).filter(t -> t.isRedeemable(now))
                    .orElseThrow(SignInService::invalid);
            if (!storage.signInTokens().markUsed(hash, now)) {
                throw invalid();
            }
            String sessionToken = Secrets.newToken();
            storage.sessions().add(new Session(Secrets.hash(sessionToken), stored.person(), Secrets.newToken(), now,
                    now));
            return new SignedIn(sessionToken, stored.person());
        });
    }

    private static RuleRefusedException invalid() {
        return new RuleRefusedException(ErrorCode.SIGN_IN_LINK_INVALID);
    }

    @Override
    public Optional<SessionView> resolve(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank() || sessionToken.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.hash(sessionToken);
        Instant now = clock.instant();
        Optional<Session> session = storage.sessions().find(hash);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Session s = session.get();
        if (s.isExpired(now)) {
            tx.write(() -> storage.sessions().delete(hash));
            return Optional.empty();
        }
        if (s.needsTouch(now)) {
            tx.write(() -> storage.sessions().touch(hash, now));
        }
        return storage.people().find(s.person()).map(p -> new SessionView(p.id(), p.email().value(),
                p.name().value(), p.locale().tag(), s.csrfToken()));
    }

    @Override
    public void end(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return;
        }
        tx.write(() -> storage.sessions().delete(Secrets.hash(sessionToken)));
    }
}
