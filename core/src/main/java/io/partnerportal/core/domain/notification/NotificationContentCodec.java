package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.party.ReadersDay;
import io.partnerportal.core.domain.value.KeyValueLines;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a {@link NotificationContent} into text and back, so that a store can keep the outbox
 * snapshot in one text column. The format is {@code key=value} lines, values escaped; it is the
 * core's own so that every adapter reads the same snapshot.
 */
public final class NotificationContentCodec {
    private NotificationContentCodec() {
    }

    /**
     * Writes the content as {@code key=value} lines; null fields are left out.
     *
     * @param c the content
     * @return the text to store
     */
    public static String encode(NotificationContent c) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "type", c.type().name());
        put(m, "recipient", c.recipient().value());
        put(m, "recipientName", c.recipientName());
        put(m, "locale", c.locale().tag());
        put(m, "partnerName", c.partnerName());
        putList(m, "subscriptions", c.subscriptions());
        put(m, "effectiveOn", c.effectiveOn());
        putList(m, "cancelledWith", c.cancelledWith());
        putList(m, "appsLosingHost", c.appsLosingHost());
        putList(m, "keptProducts", c.keptProducts());
        put(m, "fromBillingAccount", c.fromBillingAccount());
        put(m, "toBillingAccount", c.toBillingAccount());
        put(m, "site", c.site());
        put(m, "migratedOn", c.migratedOn());
        put(m, "signInToken", c.signInToken());
        put(m, "linkExpiresAt", c.linkExpiresAt());
        if (c.withdrawal() != WithdrawalNote.NONE) {
            put(m, "withdrawal", c.withdrawal().name());
        }
        RequestNote r = c.request();
        if (r != null) {
            put(m, "request.id", r.id());
            put(m, "request.kind", r.kind().name());
            put(m, "request.keepProducts", r.keepProducts().isEmpty() ? null : String.join(",", r.keepProducts()));
            put(m, "request.plan", r.plan());
            put(m, "request.userTier", r.userTier());
            put(m, "request.billingCycle", r.billingCycle());
            put(m, "request.product", r.product());
            put(m, "request.site", r.site());
            put(m, "request.askedBy", r.askedBy());
            put(m, "request.message", r.message());
            put(m, "request.status", r.status().name());
            put(m, "request.note", r.note());
        }
        put(m, "timeZone", ReadersDay.idOf(c.timeZone()));
        return KeyValueLines.encode(m);
    }

    /**
     * Reads text written by {@link #encode}.
     *
     * @param text the stored text
     * @return the content
     */
    public static NotificationContent decode(String text) {
        Map<String, String> m = KeyValueLines.decode(text);
        return new NotificationContent(
                NotificationType.valueOf(m.get("type")),
                new EmailAddress(m.get("recipient")),
                m.get("recipientName"),
                ContactLocale.parse(m.get("locale")),
                m.get("partnerName"),
                list(m, "subscriptions"),
                opt(m, "effectiveOn", LocalDate::parse),
                list(m, "cancelledWith"),
                list(m, "appsLosingHost"),
                list(m, "keptProducts"),
                m.get("fromBillingAccount"),
                m.get("toBillingAccount"),
                m.get("site"),
                opt(m, "migratedOn", LocalDate::parse),
                m.get("signInToken"),
                opt(m, "linkExpiresAt", Instant::parse),
                opt(m, "withdrawal", WithdrawalNote::valueOf),
                request(m),
                ReadersDay.stored(m.get("timeZone")));
    }

    private static RequestNote request(Map<String, String> m) {
        if (!m.containsKey("request.id")) {
            return null;
        }
        String keep = m.get("request.keepProducts");
        return new RequestNote(m.get("request.id"), RequestKind.valueOf(m.get("request.kind")),
                keep == null ? List.of() : List.of(keep.split(",")), m.get("request.plan"),
                opt(m, "request.userTier", Integer::valueOf), m.get("request.billingCycle"), m.get("request.product"),
                m.get("request.site"), m.get("request.askedBy"), m.get("request.message"),
                RequestStatus.valueOf(m.get("request.status")), m.get("request.note"));
    }

    private static void put(Map<String, String> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    private static void putList(Map<String, String> m, String key, List<SubscriptionSummary> list) {
        put(m, key + ".size", list.size());
        for (int i = 0; i < list.size(); i++) {
            SubscriptionSummary s = list.get(i);
            String p = key + "." + i + ".";
            put(m, p + "entitlementNumber", s.entitlementNumber());
            put(m, p + "productName", s.productName());
            put(m, p + "kind", s.kind().name());
            put(m, p + "location", s.location());
            put(m, p + "plan", s.plan().name());
            put(m, p + "billingCycle", s.billingCycle().name());
            put(m, p + "userTier", s.userTier());
            put(m, p + "startDate", s.startDate());
        }
    }

    private static List<SubscriptionSummary> list(Map<String, String> m, String key) {
        int size = Integer.parseInt(m.getOrDefault(key + ".size", "0"));
        List<SubscriptionSummary> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String p = key + "." + i + ".";
            out.add(new SubscriptionSummary(m.get(p + "entitlementNumber"), m.get(p + "productName"),
                    SubscriptionKind.valueOf(m.get(p + "kind")), m.get(p + "location"),
                    Plan.valueOf(m.get(p + "plan")), BillingCycle.valueOf(m.get(p + "billingCycle")),
                    Integer.parseInt(m.get(p + "userTier")), LocalDate.parse(m.get(p + "startDate"))));
        }
        return out;
    }

    private static <T> T opt(Map<String, String> m, String key, Function<String, T> parse) {
        String v = m.get(key);
        return v == null ? null : parse.apply(v);
    }
}
