/**
 * Partner integrations (R20, R21): the partner events that webhooks deliver and the events feed
 * lists, their JSON body, and the endpoints partners register.
 */
package io.partnerportal.core.domain.webhook;
