/**
 * A subscription's history (R14): one typed line per thing that happened to one subscription,
 * and the actions shown to its contacts and partner.
 */
package io.partnerportal.core.domain.history;
