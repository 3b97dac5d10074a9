package io.partnerportal.core.port.out;

/**
 * Keys the portal signs links with (R18's unsubscribe links): one per purpose, made at first use
 * and then the same for every instance sharing the store and across restarts.
 */
public interface SigningKeys {
    /**
     * @param purpose what the key signs, e.g. {@code unsubscribe}
     * @return the key, at least 32 bytes
     */
    byte[] key(String purpose);
}
