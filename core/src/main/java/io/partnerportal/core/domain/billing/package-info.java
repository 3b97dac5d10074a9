/**
 * Billing accounts, each owned by one partner, and the rule for moving subscriptions between
 * them (R9): only the account changes, and what goes with a subscription goes with it.
 */
package io.partnerportal.core.domain.billing;
