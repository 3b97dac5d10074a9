package io.partnerportal.core.domain.party;

/** Who acted, as recorded in history (R14) and on cancellations. */
public enum ActorKind { CONTACT, PARTNER, SUPPORT, SYSTEM }
