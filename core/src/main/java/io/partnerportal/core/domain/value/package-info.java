/**
 * Checks shared by the value objects: single-line text, identifiers, enum constants, and the
 * key=value text in which history details and outbox snapshots are stored.
 */
package io.partnerportal.core.domain.value;
