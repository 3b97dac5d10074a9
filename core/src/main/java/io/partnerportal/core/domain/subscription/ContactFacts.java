package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.party.PersonId;
import java.util.List;
import java.util.Optional;

/** What can be read about a subscription's contacts and their roles (R11, R19), from its state. */
public interface ContactFacts {
    /** @return everything about the subscription, as stored */
    SubscriptionState state();

    /**
     * @param person a person
     * @return whether they are one of its contacts
     */
    default boolean isAssigned(PersonId person) {
        return state().contacts().contains(person);
    }

    /**
     * @param person a person
     * @return whether they are its only contact, whom R11 never removes
     */
    default boolean isOnlyContact(PersonId person) {
        return state().contacts().equals(List.of(person));
    }

    /**
     * @param person a person
     * @return their role here (R19), or none when they are not a contact
     */
    default Optional<ContactRole> roleOf(PersonId person) {
        return !isAssigned(person) ? Optional.empty()
                : Optional.of(state().viewers().contains(person) ? ContactRole.VIEWER : ContactRole.MANAGER);
    }

    /**
     * @param person a person
     * @return whether they are its only manager, whom R19 never removes nor makes a viewer
     */
    default boolean isOnlyManager(PersonId person) {
        return state().contacts().stream().filter(p -> !state().viewers().contains(p)).toList().equals(List.of(person));
    }
}
