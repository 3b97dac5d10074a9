package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One contact of a subscription: the person, their place in the list and their role (R11, R19).
 * An entity rather than an embeddable: EclipseLink 5.0.0 fails to commit a unit of work in which
 * embeddables of an element collection were batch-read (eclipse-ee4j/eclipselink#1455).
 */
@Entity
@Table(name = "subscription_contact")
@IdClass(ContactEntity.Key.class)
class ContactEntity {
    @Id
    @ManyToOne
    @JoinColumn(name = "entitlement_number")
    SubscriptionEntity subscription;
    @Id
    @Column(name = "person_id")
    String personId;
    int ordinal;
    String role;

    protected ContactEntity() {
    }

    ContactEntity(SubscriptionEntity subscription, String personId, int ordinal, String role) {
        this.subscription = subscription;
        this.personId = personId;
        this.ordinal = ordinal;
        this.role = role;
    }

    /** The primary key: the subscription's entitlement number and the person. */
    static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String subscription;
        String personId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(subscription, k.subscription)
                    && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subscription, personId);
        }
    }
}
