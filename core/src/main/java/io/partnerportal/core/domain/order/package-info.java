/**
 * Orders (R12): what a partner orders, the subscriptions an order creates (a collection with its
 * included products), and the rules an app's hosts must meet.
 */
package io.partnerportal.core.domain.order;
