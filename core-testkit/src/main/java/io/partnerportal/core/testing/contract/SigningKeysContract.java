package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.UnsubscribeToken;
import io.partnerportal.core.domain.party.PersonId;
import org.junit.jupiter.api.Test;

/** {@code SigningKeys}: a key per purpose, made once and then the same, long enough for HMAC-SHA256. */
public abstract class SigningKeysContract extends StorageContract {

    @Test
    void R18_aKeyIsMadeOnceAndThenTheSameForItsPurposeOnly() {
        byte[] first = storage.signingKeys().key(UnsubscribeToken.PURPOSE);
        byte[] again = storage.signingKeys().key(UnsubscribeToken.PURPOSE);
        byte[] other = storage.signingKeys().key("something-else");

        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(again);
        assertThat(other).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(first);
    }

    @Test
    void R18_aLinkSignedWithTheStoresKeyVerifiesWithItAndNotWithAnother() {
        UnsubscribeToken t = new UnsubscribeToken(PersonId.random(), NotificationType.PRODUCT_ORDERED);
        String token = t.sign(storage.signingKeys().key(UnsubscribeToken.PURPOSE));

        assertThat(UnsubscribeToken.verify(token, storage.signingKeys().key(UnsubscribeToken.PURPOSE))).contains(t);
        assertThat(UnsubscribeToken.verify(token, storage.signingKeys().key("something-else"))).isEmpty();
    }
}
