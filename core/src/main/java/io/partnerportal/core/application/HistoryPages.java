package io.partnerportal.core.application;

import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.value.Ids;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.HistoryRepository;
import io.partnerportal.core.port.out.PartnerRepository;
import io.partnerportal.core.port.out.PersonRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pages of a subscription's history (R14), newest first, as people read them: who acted by email
 * (a contact), by name (the partner) or as vendor support, and products by name - in a fixed
 * number of reads per page.
 */
public final class HistoryPages {
    /** Who vendor support is in a history line. */
    public static final String VENDOR_SUPPORT = "vendor support";
    /** Who the portal itself is in a history line (a reminder, a housekeeping pass). */
    public static final String THE_PORTAL = "the portal";

    private final HistoryRepository history;
    private final PersonRepository people;
    private final PartnerRepository partners;
    private final Catalogue catalogue;

    /**
     * @param history   the history lines
     * @param people    the contacts who acted
     * @param partners  the partners who acted
     * @param catalogue the products lines name
     */
    public HistoryPages(HistoryRepository history, PersonRepository people, PartnerRepository partners,
                        Catalogue catalogue) {
        this.history = history;
        this.people = people;
        this.partners = partners;
        this.catalogue = catalogue;
    }

    /**
     * @param subscription whose history
     * @param cursor       where the previous page ended, or null
     * @param limit        the page size
     * @return the page, newest first
     */
    public Page<HistoryItem> page(EntitlementNumber subscription, Cursor cursor, int limit) {
        HistoryRepository.Position after = Cursor.position(cursor, "cursor", 2,
                p -> new HistoryRepository.Position(Instant.parse(p.get(0)), UUID.fromString(p.get(1))));
        List<HistoryRepository.Named> rows = history.namedPage(subscription, after, limit + 1);
        return Page.of(rows, limit, last -> Cursor.of(last.entry().at().toString(), last.entry().id().toString()),
                this::named);
    }

    /** Lines read with their actors' names: no further read. */
    private List<HistoryItem> named(List<HistoryRepository.Named> rows) {
        Map<String, String> actors = new HashMap<>();
        for (HistoryRepository.Named r : rows) {
            HistoryEntry e = r.entry();
            String name = switch (e.actorKind()) {
                case SUPPORT -> VENDOR_SUPPORT;
                case SYSTEM -> THE_PORTAL;
                default -> r.actorName();
            };
            if (name != null) {
                actors.put(e.actorKind() + ":" + e.actorId(), name);
            }
        }
        return items(rows.stream().map(HistoryRepository.Named::entry).toList(), actors);
    }

    /**
     * The lines as people read them, in a fixed number of reads.
     *
     * @param rows the stored lines
     * @return the lines as read, in their order
     */
    public List<HistoryItem> items(List<HistoryEntry> rows) {
        return items(rows, actors(rows));
    }

    private List<HistoryItem> items(List<HistoryEntry> rows, Map<String, String> actors) {
        Summaries products = Summaries.of(catalogue);
        return rows.stream().map(e -> new HistoryItem(e.subscription().value(), e.at(), e.actorKind(), e.actorId(),
                actors.getOrDefault(e.actorKind() + ":" + e.actorId(), e.actorId()), e.action(),
                details(e.detail(), products), e.detail())).toList();
    }

    /** Who acted, for people: the contacts' emails and the partners' names, read at once. */
    private Map<String, String> actors(List<HistoryEntry> rows) {
        Map<String, String> out = new HashMap<>();
        Set<PersonId> contacts = ids(rows, ActorKind.CONTACT).stream().map(PersonId::new).collect(Collectors.toSet());
        Set<PartnerId> partnerIds = ids(rows, ActorKind.PARTNER).stream().map(PartnerId::new)
                .collect(Collectors.toSet());
        if (!contacts.isEmpty()) {
            for (Person p : people.findAll(contacts)) {
                out.put(ActorKind.CONTACT + ":" + p.id(), p.email().value());
            }
        }
        if (!partnerIds.isEmpty()) {
            for (Partner p : partners.findAll(partnerIds)) {
                out.put(ActorKind.PARTNER + ":" + p.id(), p.name().value());
            }
        }
        rows.stream().filter(e -> e.actorKind() == ActorKind.SUPPORT)
                .forEach(e -> out.put(ActorKind.SUPPORT + ":" + e.actorId(), VENDOR_SUPPORT));
        rows.stream().filter(e -> e.actorKind() == ActorKind.SYSTEM)
                .forEach(e -> out.put(ActorKind.SYSTEM + ":" + e.actorId(), THE_PORTAL));
        return out;
    }

    private static Set<UUID> ids(List<HistoryEntry> rows, ActorKind kind) {
        Set<UUID> out = new java.util.HashSet<>();
        for (HistoryEntry e : rows) {
            if (e.actorKind() == kind) {
                try {
                    out.add(Ids.parse(e.actorId()));
                } catch (IllegalArgumentException notAnId) {
                    // shown by its stored id
                }
            }
        }
        return out;
    }

    /**
     * The stored details, with the product by name (its code beside it).
     *
     * @param detail   a line's detail
     * @param products the catalogue
     * @return the details by name, in reading order
     */
    public static Map<String, String> details(HistoryDetail detail, Summaries products) {
        Map<String, String> out = new LinkedHashMap<>();
        detail.fields().forEach((key, value) -> {
            if (detail instanceof HistoryDetail.Ordered o && key.equals("product")) {
                out.put("product", products.productName(o.product()));
                out.put("productCode", value);
            } else {
                out.put(key, value);
            }
        });
        return out;
    }
}
