package io.partnerportal.core.portal;

import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.UnsubscribeToken;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.portal.PortalPreferences;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SigningKeys;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's own profile: their name and language, which only they change after their first
 * assignment, and the optional emails they receive (R18).
 */
public final class Profiles {
    private final Work work;
    private final PersonRepository people;
    private final SigningKeys keys;

    public Profiles(Work work, PersonRepository people, SigningKeys keys) {
        this.work = work;
        this.people = people;
        this.keys = keys;
    }

    public CustomerPortal.Profile profile(PersonId viewer) {
        return view(people.find(viewer).orElseThrow(() -> new NotFoundException("Person")));
    }

    public CustomerPortal.Profile update(CustomerPortal.UpdateProfile c) {
        return work.tx().write(changes -> {
            Person p = people.find(c.viewer()).orElseThrow(() -> new NotFoundException("Person"));
            Person updated = p.withProfile(c.name(), c.locale());
            people.update(updated);
            return view(updated);
        });
    }

    /** R18: the optional emails the person switched off; one read, outside a unit of work. */
    public Set<NotificationType> preferences(PersonId viewer) {
        return people.switchedOff(viewer);
    }

    public Set<NotificationType> updatePreferences(PortalPreferences.UpdatePreferences c) {
        return work.tx().write(changes -> {
            people.find(c.viewer()).orElseThrow(() -> new NotFoundException("Person"));
            people.switchOff(c.viewer(), c.switchedOff());
            return people.switchedOff(c.viewer());
        });
    }

    public PortalPreferences.UnsubscribeTarget unsubscribeTarget(String token) {
        return work.tx().read(() -> target(token));
    }

    public PortalPreferences.UnsubscribeTarget unsubscribe(String token) {
        return work.tx().write(changes -> {
            PortalPreferences.UnsubscribeTarget t = target(token);
            Person p = people.findByEmail(EmailAddress.parse(t.email())).orElseThrow();
            Set<NotificationType> off = EnumSet.noneOf(NotificationType.class);
            off.addAll(people.switchedOff(p.id()));
            if (off.add(t.type())) {
                people.switchOff(p.id(), off);
            }
            return t;
        });
    }

    private PortalPreferences.UnsubscribeTarget target(String token) {
        UnsubscribeToken t = UnsubscribeToken.verify(token, keys.key(UnsubscribeToken.PURPOSE))
                .orElseThrow(() -> new NotFoundException("Unsubscribe link"));
        Person p = people.find(t.person()).filter(x -> !x.isErased())
                .orElseThrow(() -> new NotFoundException("Unsubscribe link"));
        return new PortalPreferences.UnsubscribeTarget(p.email().value(), t.type(), p.locale().tag());
    }

    private static CustomerPortal.Profile view(Person p) {
        return new CustomerPortal.Profile(p.email().value(), p.name().value(), p.locale().tag());
    }
}
