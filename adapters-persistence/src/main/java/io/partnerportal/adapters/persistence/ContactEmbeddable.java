package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One contact row of a subscription: the person and their role (R19). */
@Embeddable
class ContactEmbeddable {
    @Column(name = "person_id")
    String personId;
    @Column(name = "role")
    String role;

    protected ContactEmbeddable() {
    }

    ContactEmbeddable(String personId, String role) {
        this.personId = personId;
        this.role = role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactEmbeddable c && Objects.equals(personId, c.personId) && Objects.equals(role, c.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, role);
    }
}
