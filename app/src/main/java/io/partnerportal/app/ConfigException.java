package io.partnerportal.app;

/** A configuration value is missing or malformed; the message is one line naming the key. */
final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigException(String key, String expected, String given) {
        super(key + ": " + expected + (given == null ? "" : " (got '" + given + "')"));
    }
}
