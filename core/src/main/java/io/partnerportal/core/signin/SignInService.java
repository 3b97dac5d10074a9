package io.partnerportal.core.signin;

import io.partnerportal.core.application.Changes;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.access.Secrets;
import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.domain.access.SignInToken;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SessionRepository;
import io.partnerportal.core.port.out.SignInRequests;
import io.partnerportal.core.port.out.SignInTokenRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Magic-link sign-in. Asking for a link only queues the request - the same work for a known and
 * an unknown email, so neither the answer nor its timing tells them apart (SPEC §6.5); the links
 * are issued off the request path, before each delivery run. Links and sessions are stored by the
 * hash of their token. At most {@link #LINKS_PER_WINDOW} links per person per
 * {@link SignInToken#VALIDITY}; a request beyond that, for an unknown email, or older than a
 * link's validity, sends nothing.
 */
final class SignInService implements SignIn {
    static final int LINKS_PER_WINDOW = 5;
    /** Requests issued per unit of work. */
    static final int BATCH = 100;

    private final Transactions tx;
    private final PersonRepository people;
    private final SignInRequests requests;
    private final SignInTokenRepository tokens;
    private final SessionRepository sessions;
    private final SessionTimeouts timeouts;

    SignInService(Transactions tx, PersonRepository people, SignInRequests requests, SignInTokenRepository tokens,
                  SessionRepository sessions, SessionTimeouts timeouts) {
        this.tx = tx;
        this.people = people;
        this.requests = requests;
        this.tokens = tokens;
        this.sessions = sessions;
        this.timeouts = timeouts;
    }

    @Override
    public void requestLink(String email) {
        EmailAddress address = Fields.single("email", () -> EmailAddress.parse(email));
        tx.write(() -> requests.add(new SignInRequests.Request(UUID.randomUUID(), address,
                tx.now())));
    }

    @Override
    public int sendRequestedLinks() {
        int issued = 0;
        int taken;
        do {
            int[] counts = tx.write(changes -> {
                List<SignInRequests.Request> batch = requests.take(BATCH);
                int sent = 0;
                for (SignInRequests.Request r : batch) {
                    sent += issue(r, changes) ? 1 : 0;
                }
                return new int[] {batch.size(), sent};
            });
            taken = counts[0];
            issued += counts[1];
        } while (taken == BATCH);
        return issued;
    }

    private boolean issue(SignInRequests.Request r, Changes changes) {
        Instant now = tx.now();
        Optional<Person> person = people.findByEmail(r.email());
        if (person.isEmpty() || !now.isBefore(r.requestedAt().plus(SignInToken.VALIDITY))
                || tokens.countIssuedSince(person.get().id(), now.minus(SignInToken.VALIDITY))
                >= LINKS_PER_WINDOW) {
            return false;
        }
        SignInToken.Issued issued = SignInToken.issue(person.get(), new Act(new Actor.Contact(person.get().id()), now));
        tokens.add(issued.token());
        changes.record(issued.event());
        return true;
    }

    @Override
    public SignedIn redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw invalid();
        }
        return tx.write(() -> {
            Instant now = tx.now();
            String hash = Secrets.hash(token);
            SignInToken stored = tokens.find(hash).filter(t -> t.isRedeemable(now))
                    .orElseThrow(SignInService::invalid);
            if (!tokens.markUsed(hash, now)) {
                throw invalid();
            }
            String sessionToken = Secrets.newToken();
            sessions.add(new Session(Secrets.hash(sessionToken), stored.person(), Secrets.newToken(), now,
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
        Instant now = tx.now();
        Optional<SessionRepository.SignedIn> signedIn = sessions.findWithPerson(hash);
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        Session s = signedIn.get().session();
        if (s.isExpired(now, timeouts)) {
            tx.write(() -> sessions.delete(hash));
            return Optional.empty();
        }
        if (s.needsTouch(now)) {
            tx.write(() -> sessions.touch(hash, now));
        }
        return Optional.of(signedIn.get().person()).filter(p -> !p.isErased()).map(p -> new SessionView(p.id(),
                p.email().value(), p.name().value(), p.locale().tag(), s.csrfToken(), p.readersDay()));
    }

    @Override
    public void end(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return;
        }
        tx.write(() -> sessions.delete(Secrets.hash(sessionToken)));
    }
}
