package io.partnerportal.core.domain.access;

import io.partnerportal.core.domain.party.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A magic sign-in link, stored by the hash of its token: single use, valid {@link #VALIDITY}. */
public record SignInToken(String tokenHash, PersonId person, Instant createdAt, Instant expiresAt, Instant usedAt) {
    public static final Duration VALIDITY = Duration.ofMinutes(15);

    public SignInToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static SignInToken issue(String tokenHash, PersonId person, Instant now) {
        return new SignInToken(tokenHash, person, now, now.plus(VALIDITY), null);
    }

    public boolean isRedeemable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
