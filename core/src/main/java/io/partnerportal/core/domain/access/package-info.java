/**
 * Who may get in and what they see: API keys, sign-in links and sessions stored hashed, and the
 * visibility of subscriptions to a contact (R11).
 */
package io.partnerportal.core.domain.access;
