/**
 * Where subscriptions are set up: sites under the site domain and admin organizations, their
 * move to the new billing platform, and the rules of set up and site occupancy (R10).
 */
package io.partnerportal.core.domain.site;
