/**
 * The domain events (SPEC §6.1): what each state change did, recorded by the domain operation that
 * made it, and turned into history, emails (and later webhooks) in the unit of work that commits it.
 */
package io.partnerportal.core.domain.event;
