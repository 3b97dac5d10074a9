package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.access.SignInToken;
import java.time.Instant;
import java.util.Optional;

/** Magic sign-in links, by the hash of their token. */
public interface SignInTokenRepository {
    void add(SignInToken token);

    Optional<SignInToken> find(String tokenHash);

    /**
     * Marks the token used if it is still unused: true for exactly one caller, however many
     * redeem it at once (single use).
     */
    boolean markUsed(String tokenHash, Instant at);

    /** How many links were issued to {@code person} since {@code since} (sign-in rate limit). */
    int countIssuedSince(PersonId person, Instant since);

    /** Deletes tokens that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
