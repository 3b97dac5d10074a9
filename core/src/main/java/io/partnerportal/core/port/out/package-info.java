/**
 * The driven ports: what the core asks of a store, a mail sender, a webhook sender. A persistence
 * adapter implements them and bundles them in a {@link io.partnerportal.core.port.out.Storage};
 * {@code core-testkit}'s contract tests say what each must do.
 */
package io.partnerportal.core.port.out;
