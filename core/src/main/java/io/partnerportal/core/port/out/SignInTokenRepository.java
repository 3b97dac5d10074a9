package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.access.SignInToken;
import io.partnerportal.core.domain.party.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Magic sign-in links, by the hash of their token. */
public interface SignInTokenRepository {

    /**
     * The store of an installation that keeps no sign-in links; reads find nothing, and a write that would keep
     * something is refused. {@link Storage.Builder} gives it when none is named.
     *
     * @return the shared instance
     */
    static SignInTokenRepository none() {
        return NoStores.SIGN_IN_TOKENS;
    }
    /**
     * Stores a new link.
     *
     * @param token the link, its secret hashed
     */
    void add(SignInToken token);

    /**
     * Finds a link.
     *
     * @param tokenHash the hash of the link's secret
     * @return the link; empty when unknown
     */
    Optional<SignInToken> find(String tokenHash);

    /**
     * Marks the token used if it is still unused: true for exactly one caller, however many
     * redeem it at once (single use).
     *
     * @param tokenHash the hash of the link's secret
     * @param at        when it is redeemed
     * @return whether this caller redeemed it
     */
    boolean markUsed(String tokenHash, Instant at);

    /**
     * How many links were issued to {@code person} since {@code since} (sign-in rate limit).
     *
     * @param person whom the links sign in
     * @param since  the window's start
     * @return the count
     */
    int countIssuedSince(PersonId person, Instant since);

    /**
     * Deletes tokens that expired before {@code now}.
     *
     * @param now the clock's instant
     * @return how many were deleted
     */
    int deleteExpired(Instant now);

    /**
     * A person's sign-in links, used or not (what is held about them, SPEC §6.5).
     *
     * @param person whom the links sign in
     * @return their links, oldest first
     */
    List<SignInToken> forPerson(PersonId person);

    /**
     * Deletes every sign-in link of a person.
     *
     * @param person whom the links sign in
     * @return how many were deleted
     */
    int deleteForPerson(PersonId person);
}
