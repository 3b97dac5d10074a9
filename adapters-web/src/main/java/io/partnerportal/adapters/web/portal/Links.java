package io.partnerportal.adapters.web.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The portal's URLs, built in one place: path segments and query values are percent-encoded here,
 * and the templates escape the result for HTML.
 */
final class Links {
    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String SUBSCRIPTIONS = "/subscriptions";
    static final String PROFILE = "/profile";
    /** R23: the requests the signed-in person asked. */
    static final String REQUESTS = "/requests";
    static final String LANGUAGE = "/language";
    static final String MAILBOX = "/dev/mailbox";
    static final String STYLESHEET = "/assets/portal.css";

    private Links() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String subscription(String entitlementNumber) {
        return SUBSCRIPTIONS + "/" + encode(entitlementNumber);
    }

    static String subscription(String entitlementNumber, String page) {
        return subscription(entitlementNumber) + "/" + page;
    }

    /** A subscription's contacts with the forms that add and remove them. */
    static String manageContacts(String entitlementNumber) {
        return subscription(entitlementNumber, Presenter.CONTACTS) + "?manage=true";
    }

    static String tab(String tab, String cursor) {
        return tab(tab, Map.of(), cursor);
    }

    /** A list tab narrowed by {@code filters} (name to value as typed, in the order given). */
    static String tab(String tab, Map<String, String> filters, String cursor) {
        return SUBSCRIPTIONS + "?tab=" + tab + query(filters) + (cursor == null ? "" : "&cursor=" + encode(cursor));
    }

    /** {@code &name=value} for each of {@code values}, in their order. */
    static String query(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> out.append('&').append(name).append('=').append(encode(value)));
        return out.toString();
    }

    static String signInLink(String token) {
        return LOGIN + "/" + encode(token);
    }

    static String mail(String id) {
        return MAILBOX + "/" + encode(id);
    }

    /** A page with a confirmation to show once ({@code ?done=key}). */
    static String done(String path, Flash flash) {
        return path + (path.contains("?") ? "&" : "?") + "done=" + flash.key();
    }

    static String language(String lang, String back) {
        return LANGUAGE + "?lang=" + lang + "&back=" + encode(back);
    }

    /**
     * Whether {@code target} is a path on this site and nothing else: it starts with one slash, not
     * two, and holds visible ASCII only and no backslash, so a redirect to it cannot leave the
     * portal.
     */
    static boolean isLocal(String target) {
        if (target == null || target.isEmpty() || target.length() > 2000 || target.charAt(0) != '/') {
            return false;
        }
        if (target.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '\\' || c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
