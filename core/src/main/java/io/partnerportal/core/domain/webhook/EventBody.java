package io.partnerportal.core.domain.webhook;

import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestWish;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON a partner receives for one event (R20) and reads in the feed (R21), written once when
 * the event is recorded: {@code {id, type, created, data: {subscriptions: [...]}}}, each
 * subscription as it was after the event, its status, bill date, plan, tier and cycle as of the event's
 * day, and the change waiting for its date (R16).
 * The core has no JSON library, so this writes the few shapes it needs by hand.
 */
public final class EventBody {
    private EventBody() {
    }

    /**
     * @param id            the event's id
     * @param type          its name ({@link EventTypes})
     * @param created       when it happened
     * @param subscriptions the partner's subscriptions it changed, as they are after it
     * @param appTiers      the user tier of each app among them, its largest live host's (R16)
     * @return the body, compact JSON
     */
    public static String of(UUID id, String type, Instant created, List<SubscriptionState> subscriptions,
                            Map<EntitlementNumber, Integer> appTiers) {
        return of(id, type, created, subscriptions, appTiers, null);
    }

    /**
     * As {@link #of(UUID, String, Instant, List, Map)}, with the request an R23 event is about beside the
     * subscriptions: {@code data: {subscriptions: [...], request: {...}}}.
     *
     * @param id            the event's id
     * @param type          its name ({@link EventTypes})
     * @param created       when it happened
     * @param subscriptions the partner's subscriptions it changed, as they are after it
     * @param appTiers      the user tier of each app among them, its largest live host's (R16)
     * @param request       the request, or null for an event about no request
     * @return the body, compact JSON
     */
    public static String of(UUID id, String type, Instant created, List<SubscriptionState> subscriptions,
                            Map<EntitlementNumber, Integer> appTiers, PartnerRequest request) {
        LocalDate today = LocalDate.ofInstant(created, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(256);
        b.append("{\"id\":").append(quote(id.toString())).append(",\"type\":").append(quote(type))
                .append(",\"created\":").append(quote(created.toString())).append(",\"data\":{\"subscriptions\":[");
        for (int i = 0; i < subscriptions.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            subscription(b, subscriptions.get(i), today, appTiers);
        }
        b.append(']');
        if (request != null) {
            b.append(",\"request\":");
            request(b, request);
        }
        return b.append("}}").toString();
    }

    /**
     * S8: the body of an event once the person who asked its request is erased: if it is about {@code request}
     * ({@link EventTypes#ABOUT_REQUESTS}), its {@code "message"} is null where it was {@code message}, and its
     * text names {@code pseudonym} wherever it named {@code address}, in any case (the partner's note may quote it).
     * The body is written deterministically, so the message is found exactly as {@link #of} wrote it.
     *
     * @param body      an event's body, as written by {@link #of}
     * @param request   the request the asker asked
     * @param message   what they wrote, or null
     * @param address   their address, erased
     * @param pseudonym the address that replaces it
     * @return the body without them; {@code body} itself when it is about another request or none
     */
    public static String forgettingAsker(String body, RequestId request, String message, EmailAddress address,
                                         EmailAddress pseudonym) {
        if (!body.contains(aboutRequest(request))) {
            return body;
        }
        String out = message == null ? body : body.replace(",\"message\":" + quote(message), ",\"message\":null");
        return Pattern.compile(Pattern.quote(address.value()), Pattern.CASE_INSENSITIVE).matcher(out)
                .replaceAll(Matcher.quoteReplacement(pseudonym.value()));
    }

    /**
     * @param request a request
     * @return the text by which a body written by {@link #of} names the request it is about
     */
    public static String aboutRequest(RequestId request) {
        return ",\"request\":{\"id\":" + quote(request.toString()) + ",";
    }

    /** R23: a request as partners read it; the same shape as the API's request. */
    private static void request(StringBuilder b, PartnerRequest r) {
        RequestWish w = r.wish();
        b.append("{\"id\":").append(quote(r.id().toString()))
                .append(",\"entitlementNumber\":").append(quote(r.subscription().value()))
                .append(",\"kind\":").append(quote(w.kind().name()))
                .append(",\"keepProducts\":[");
        for (int i = 0; i < w.keepProducts().size(); i++) {
            b.append(i > 0 ? "," : "").append(quote(w.keepProducts().get(i).value()));
        }
        b.append("],\"plan\":").append(w.plan() == null ? "null" : quote(w.plan().name()))
                .append(",\"userTier\":").append(w.userTier() == null ? "null" : w.userTier().toString())
                .append(",\"billingCycle\":").append(w.billingCycle() == null ? "null" : quote(w.billingCycle().name()))
                .append(",\"product\":").append(w.product() == null ? "null" : quote(w.product().value()))
                .append(",\"site\":").append(w.site() == null ? "null" : quote(w.site().value()))
                .append(",\"message\":").append(r.message() == null ? "null" : quote(r.message()))
                .append(",\"status\":").append(quote(r.status().name()))
                .append(",\"createdAt\":").append(quote(r.askedAt().toString()))
                .append(",\"resolvedAt\":").append(r.resolvedAt() == null ? "null" : quote(r.resolvedAt().toString()))
                .append(",\"note\":").append(r.note() == null ? "null" : quote(r.note()))
                .append('}');
    }

    private static void subscription(StringBuilder b, SubscriptionState state, LocalDate today,
                                     Map<EntitlementNumber, Integer> appTiers) {
        Subscription s = Subscription.restore(state);
        SubscriptionState now = s.stateOn(today);
        b.append("{\"entitlementNumber\":").append(quote(s.number().value()))
                .append(",\"kind\":").append(quote(s.kind().name()))
                .append(",\"product\":").append(quote(s.product().value()))
                .append(",\"plan\":").append(quote(now.plan().name()))
                .append(",\"billingCycle\":").append(quote(now.billingCycle().name()))
                .append(",\"userTier\":").append(appTiers.getOrDefault(state.number(), now.userTier()))
                .append(",\"activeUsers\":").append(s.activeUsers().map(String::valueOf).orElse("null"))
                .append(",\"status\":").append(quote(s.status(today).name()))
                .append(",\"startDate\":").append(quote(s.startDate().toString()))
                .append(",\"termStart\":").append(quote(now.termStart().toString()))
                .append(",\"billDate\":").append(s.billDate(today).map(d -> quote(d.toString())).orElse("null"))
                .append(",\"cancellation\":");
        if (s.cancellation().isPresent()) {
            Cancellation c = s.cancellation().get();
            b.append("{\"effectiveOn\":").append(quote(c.effectiveOn().toString()))
                    .append(",\"reason\":").append(c.reason() == null ? "null" : quote(c.reason().name()))
                    .append(",\"requestedBy\":").append(c.requestedBy() == null ? "null" : quote(c.requestedBy().name()))
                    .append('}');
        } else {
            b.append("null");
        }
        b.append(",\"billingAccountId\":").append(quote(s.billingAccount().value().toString()))
                .append(",\"site\":").append(s.site().map(x -> quote(x.value())).orElse("null"))
                .append(",\"organization\":").append(s.organization().map(x -> quote(x.value())).orElse("null"))
                .append(",\"collection\":").append(s.collectionOn(today).map(n -> quote(n.value())).orElse("null"))
                .append(",\"hosts\":[");
        List<EntitlementNumber> hosts = s.hosts();
        for (int i = 0; i < hosts.size(); i++) {
            b.append(i > 0 ? "," : "").append(quote(hosts.get(i).value()));
        }
        b.append("],\"pendingChange\":");
        PlanChange c = now.pendingChange();
        if (c == null) {
            b.append("null}");
        } else {
            b.append("{\"plan\":").append(quote(c.plan().name())).append(",\"userTier\":").append(c.userTier())
                    .append(",\"billingCycle\":").append(quote(c.billingCycle().name()))
                    .append(",\"effectiveOn\":").append(quote(c.effectiveOn().toString())).append("}}");
        }
    }

    /**
     * @param text any text
     * @return it as a JSON string, quotes and control characters escaped
     */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
