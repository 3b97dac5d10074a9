/**
 * The billing partner's actor: {@link io.partnerportal.core.partner.PartnerOperations} (SPEC §5.2, §6.2),
 * {@link io.partnerportal.core.partner.PartnerIntegrations} (webhooks, the events feed, API keys) and
 * {@link io.partnerportal.core.partner.Idempotency}, with their commands and views; their use cases are
 * package-private services behind them. A partner route's use case goes here.
 */
package io.partnerportal.core.partner;
