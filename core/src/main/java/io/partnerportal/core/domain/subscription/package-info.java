/**
 * The subscription aggregate and what is derived from its dates: status (R2), terms and bill dates (R3),
 * entitlement numbers (R1), plans and cycles; the graph of linked subscriptions one command works on.
 */
package io.partnerportal.core.domain.subscription;
