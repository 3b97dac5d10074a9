package io.partnerportal.core.application;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.RequestResolved;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestRules;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.request.RequestWish;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.RequestStore;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the portal's and the partner's request use cases share (R23): the requests as views (people,
 * subscriptions and products read once per page), the pages' cursor, and answering a request - by the
 * partner itself or through the change or cancellation that fulfils it - in the caller's unit of work.
 */
public final class Requests {
    /** The field a request is named by in a change or a cancellation. */
    public static final String REQUEST_ID = "requestId";

    private final RequestStore store;
    private final PersonRepository people;
    private final SubscriptionRepository subscriptions;
    private final Catalogue catalogue;

    /**
     * @param store         the requests
     * @param people        who asked
     * @param subscriptions what the requests are about
     * @param catalogue     the products' names
     */
    public Requests(RequestStore store, PersonRepository people, SubscriptionRepository subscriptions,
                    Catalogue catalogue) {
        this.store = store;
        this.people = people;
        this.subscriptions = subscriptions;
        this.catalogue = catalogue;
    }

    /** @return the requests' store */
    public RequestStore store() {
        return store;
    }

    /**
     * @param cursor a page's cursor, or null for the first page
     * @return where the page starts, or null
     */
    public static RequestStore.Position position(Cursor cursor) {
        return Cursor.position(cursor, "cursor", 2,
                p -> new RequestStore.Position(Instant.parse(p.get(0)), RequestId.parse(p.get(1))));
    }

    /**
     * @param fetched the requests read, one more than {@code limit}
     * @param limit   the page size
     * @return the page, newest first
     */
    public Page<RequestView> page(List<PartnerRequest> fetched, int limit) {
        return Page.of(fetched, limit, r -> Cursor.of(r.askedAt().toString(), r.id().toString()), this::views);
    }

    /**
     * @param requests requests
     * @return their views, in order; the people, subscriptions and products read once
     */
    public List<RequestView> views(List<PartnerRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<PersonId, String> emails = people.findAll(requests.stream().map(PartnerRequest::askedBy)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::id, p -> p.isErased() ? "" : p.email().value(), (a, b) -> a));
        Set<EntitlementNumber> numbers = requests.stream().map(PartnerRequest::subscription).collect(Collectors.toSet());
        Map<EntitlementNumber, ProductCode> products = new HashMap<>();
        subscriptions.findAll(numbers).forEach(s -> products.put(s.number(), s.product()));
        Summaries names = Summaries.of(catalogue);
        return requests.stream().map(r -> view(r, emails.getOrDefault(r.askedBy(), ""),
                Optional.ofNullable(products.get(r.subscription())).map(names::productName).orElse(""))).toList();
    }

    /**
     * @param r a request
     * @return its view
     */
    public RequestView view(PartnerRequest r) {
        return views(List.of(r)).get(0);
    }

    private static RequestView view(PartnerRequest r, String askedBy, String productName) {
        RequestWish w = r.wish();
        return new RequestView(r.id().toString(), r.subscription().value(), productName, w.kind(),
                w.keepProducts().stream().map(ProductCode::value).toList(), w.plan(), w.userTier(), w.billingCycle(),
                w.product() == null ? null : w.product().value(), w.site() == null ? null : w.site().value(),
                r.message(), r.status(), r.askedAt(), askedBy, r.resolvedAt(), r.note());
    }

    /**
     * A partner's request (R15: another partner's does not exist for it).
     *
     * @param partner the partner
     * @param id      the request's id
     * @return the request
     */
    public PartnerRequest own(PartnerId partner, RequestId id) {
        return store.find(id).filter(r -> r.partner().equals(partner))
                .orElseThrow(() -> new NotFoundException("Request " + id));
    }

    /**
     * R23: the request a change or cancellation names as the one it fulfils: the partner's, about that
     * subscription (else a validation error naming {@code requestId}), and still open.
     *
     * @param partner      the partner
     * @param id           the request named
     * @param subscription the subscription the change or cancellation is about
     * @return the request, open
     */
    public PartnerRequest fulfilled(PartnerId partner, RequestId id, EntitlementNumber subscription) {
        PartnerRequest r = store.find(id).filter(x -> x.partner().equals(partner)).orElseThrow(() ->
                ValidationException.of(REQUEST_ID, FieldErrorCode.UNKNOWN, "not one of your requests"));
        if (!r.subscription().equals(subscription)) {
            throw ValidationException.of(REQUEST_ID, FieldErrorCode.NOT_APPLICABLE,
                    "request " + id + " is about " + r.subscription() + ", not " + subscription);
        }
        RequestRules.refusalToResolve(r).ifPresent(x -> {
            throw x.exception();
        });
        return r;
    }

    /**
     * Answers a request in the caller's unit of work: stores it and records {@code request.resolved}
     * (history, the asking contact's email, the partner's events).
     *
     * @param r       the request, open
     * @param to      DONE or DECLINED
     * @param note    what the partner writes, or null
     * @param act     who answers, and when
     * @param changes the unit of work
     * @return the answered request
     */
    public PartnerRequest resolve(PartnerRequest r, RequestStatus to, String note, Act act, Changes changes) {
        PartnerRequest answered = r.resolve(to, note, act.at(), act.actor().kind(), act.actor().id());
        Subscription s = subscriptions.find(r.subscription())
                .orElseThrow(() -> new NotFoundException("Subscription " + r.subscription()));
        store.resolve(answered);
        changes.record(new RequestResolved(DomainEvent.newId(), act, s.state(), answered));
        return answered;
    }

    /**
     * Checks a text a person writes into a request or its answer: trimmed, at most {@code max}
     * characters, line breaks allowed, other control characters refused; blank is none.
     *
     * @param raw as typed, or null
     * @param max the longest text allowed
     * @return the text, or null
     */
    public static String text(String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip().replace("\r\n", "\n");
        if (value.length() > max) {
            throw new InvalidValueException(FieldErrorCode.TOO_LONG, "must be at most " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new InvalidValueException(FieldErrorCode.CONTROL_CHARACTERS, "must not contain control characters");
            }
        }
        return value;
    }
}
