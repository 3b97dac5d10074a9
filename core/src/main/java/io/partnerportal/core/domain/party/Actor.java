package io.partnerportal.core.domain.party;

import java.util.Objects;

/** Who is acting: a signed-in contact, a billing partner, vendor support, or the system itself. */
public sealed interface Actor {
    /**
     * What kind of actor this is.
     *
     * @return its kind, as history records it
     */
    ActorKind kind();

    /**
     * A stable identifier for history (R14).
     *
     * @return the person's id, the partner's id, the support key's id, or {@code system}
     */
    String id();

    /**
     * A customer contact, acting for themselves.
     *
     * @param person who they are
     */
    record Contact(PersonId person) implements Actor {
        /**
         * Checks that the person is present.
         *
         * @param person who they are
         */
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

    /**
     * A billing partner, through its API key.
     *
     * @param partner which partner
     */
    record Partner(PartnerId partner) implements Actor {
        /**
         * Checks that the partner is present.
         *
         * @param partner which partner
         */
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

    /**
     * Vendor support, through a support key.
     *
     * @param keyId the id of the key used
     */
    record Support(String keyId) implements Actor {
        /**
         * Checks that the key id is present.
         *
         * @param keyId the id of the key used
         */
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

    /** The portal itself; history names it "the portal". */
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
