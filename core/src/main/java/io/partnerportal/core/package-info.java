/**
 * The core of the Partner Subscriptions Portal, depending on the JDK alone. {@link io.partnerportal.core.Core}
 * wires it: hand it a store's driven ports ({@link io.partnerportal.core.port.out.Storage}) and a mail
 * sender, get one driving port per actor. The packages, each with one owner:
 * <ul>
 * <li>{@code domain.*} - the model, one package per concept: aggregates, values, policies, events;</li>
 * <li>{@code portal} - what a signed-in customer contact sees and does;</li>
 * <li>{@code partner} - what a billing partner does through the API, its integrations and idempotency;</li>
 * <li>{@code support} - what vendor support does;</li>
 * <li>{@code signin} - magic links, sessions and API keys;</li>
 * <li>{@code operations} - the operators: administration, delivery, housekeeping, personal data;</li>
 * <li>{@code application} - what the actors share: the unit of work and its clock, event translation,
 *     views, paging, cancelling, the outbox loop;</li>
 * <li>{@code port.out} - the driven ports an adapter implements.</li>
 * </ul>
 */
package io.partnerportal.core;
