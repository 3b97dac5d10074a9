package io.partnerportal.core.domain.party;

import java.util.Objects;

/** Who is acting: a signed-in contact, a billing partner, vendor support, or the system itself. */
public sealed interface Actor {
    ActorKind kind();

    /** A stable identifier for history (R14). */
    String id();

    record Contact(PersonId person) implements Actor {
        public Contact {
            Objects.requireNonNull(person, "person");
        }

        @Override
        public ActorKind kind() {
            return ActorKind.CONTACT;
        }

        @Override
        public String id() {
            return person.toString();
        }
    }

    record Partner(PartnerId partner) implements Actor {
        public Partner {
            Objects.requireNonNull(partner, "partner");
        }

        @Override
        public ActorKind kind() {
            return ActorKind.PARTNER;
        }

        @Override
        public String id() {
            return partner.toString();
        }
    }

    record Support(String keyId) implements Actor {
        public Support {
            Objects.requireNonNull(keyId, "keyId");
        }

        @Override
        public ActorKind kind() {
            return ActorKind.SUPPORT;
        }

        @Override
        public String id() {
            return keyId;
        }
    }

    record System() implements Actor {
        @Override
        public ActorKind kind() {
            return ActorKind.SYSTEM;
        }

        @Override
        public String id() {
            return "system";
        }
    }
}
