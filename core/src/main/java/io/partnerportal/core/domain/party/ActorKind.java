package io.partnerportal.core.domain.party;

/** Who acted, as recorded in history (R14) and on cancellations. */
public enum ActorKind { /** A customer contact. */ CONTACT, /** A billing partner. */ PARTNER, /** Vendor support. */ SUPPORT, /** The portal itself. */ SYSTEM }
