/**
 * The parties: people (customer contacts) with their email, name and language, billing partners,
 * and the actor of a change (a contact, a partner, vendor support or the portal itself).
 */
package io.partnerportal.core.domain.party;
