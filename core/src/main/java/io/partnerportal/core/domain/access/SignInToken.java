package io.partnerportal.core.domain.access;

import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.SignInLinkIssued;
import io.partnerportal.core.domain.party.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A magic sign-in link, stored by the hash of its token: single use, valid {@link #VALIDITY}.
 *
 * @param tokenHash the hash of the link's secret
 * @param person    whom it signs in
 * @param createdAt when it was issued
 * @param expiresAt when it stops working
 * @param usedAt    when it was redeemed; null while unused
 */
public record SignInToken(String tokenHash, PersonId person, Instant createdAt, Instant expiresAt, Instant usedAt) {
    /** How long a link works after it is issued. */
    public static final Duration VALIDITY = Duration.ofMinutes(15);

    /**
     * Checks that every component but {@code usedAt} is present.
     *
     * @param tokenHash the hash of the link's secret
     * @param person    whom it signs in
     * @param createdAt when it was issued
     * @param expiresAt when it stops working
     * @param usedAt    when it was redeemed; null while unused
     */
    public SignInToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * @param tokenHash the hash of the link's secret
     * @param person    whom it signs in
     * @param now       when it is issued
     * @return the stored link, unused
     */
    public static SignInToken issue(String tokenHash, PersonId person, Instant now) {
        return new SignInToken(tokenHash, person, now, now.plus(VALIDITY), null);
    }

    /**
     * A new link for {@code person}: what to store (the hash) and the event whose email carries the
     * secret.
     *
     * @param person whom it signs in
     * @param act    who asks (the person), and when
     * @return the stored link with its event
     */
    public static Issued issue(Person person, Act act) {
        String token = Secrets.newToken();
        SignInToken stored = issue(Secrets.hash(token), person.id(), act.at());
        return new Issued(stored, new SignInLinkIssued(DomainEvent.newId(), act, person, token, stored.expiresAt()));
    }

    /**
     * A link just issued.
     *
     * @param token what is stored
     * @param event the event whose email carries the secret
     */
    public record Issued(SignInToken token, SignInLinkIssued event) {
    }

    /**
     * Whether the link can still sign its person in.
     *
     * @param now the clock's instant
     * @return true while unused and not expired
     */
    public boolean isRedeemable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
