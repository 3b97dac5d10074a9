package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.UnsubscribeToken;
import io.partnerportal.core.domain.party.PersonId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** R18: the unsubscribe token's signature is HMAC-SHA256, the JDK's own, for any key length. */
class UnsubscribeTokenTest {

    @Test
    void R18_theSignatureIsTheJdksHmacSha256() throws Exception {
        PersonId ken = new PersonId(UUID.fromString("2f1c7a52-3f53-4b0e-9d0e-3c1f6b0b8a11"));
        for (byte[] key : new byte[][]{"key".getBytes(StandardCharsets.UTF_8), new byte[32], new byte[100]}) {
            String token = new UnsubscribeToken(ken, NotificationType.RENEWAL_REMINDER).sign(key);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((ken + ".RENEWAL_REMINDER").getBytes(StandardCharsets.UTF_8));
            byte[] actual = Base64.getUrlDecoder().decode(token.substring(token.indexOf('.') + 1));
            assertThat(HexFormat.of().formatHex(actual)).isEqualTo(HexFormat.of().formatHex(expected));
            assertThat(UnsubscribeToken.verify(token, key)).contains(new UnsubscribeToken(ken,
                    NotificationType.RENEWAL_REMINDER));
        }
    }
}
