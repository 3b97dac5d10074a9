/**
 * What every actor shares. Its records are the views callers get - a subscription
 * ({@link io.partnerportal.core.application.SubscriptionView}), a cancellation's outcome, a history line,
 * a {@link io.partnerportal.core.application.Page} and its {@link io.partnerportal.core.application.Cursor},
 * a delivery pass's report - and adapters read them. Its classes are the core's own machinery, public so
 * that every actor's package can use them, and wired by {@link io.partnerportal.core.Core} alone: the
 * unit of work with its clock ({@link io.partnerportal.core.application.Transactions}), event translation,
 * views, cancelling with its preview, contacts assigned, sites, history pages, key revocation, and the one
 * outbox loop ({@link io.partnerportal.core.application.OutboxLoop}) that emails and webhooks run on.
 */
package io.partnerportal.core.application;
