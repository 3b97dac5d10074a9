/**
 * The operators' actor: {@link io.partnerportal.core.operations.Administration} (the admin commands),
 * the delivery loops of emails and webhooks, {@link io.partnerportal.core.operations.Housekeeping}
 * (reminders and purges), {@link io.partnerportal.core.operations.PersonalData} (export and erasure) and the
 * embedded default's {@link io.partnerportal.core.operations.DevMailbox}. The application schedules the
 * loops and the housekeeping.
 */
package io.partnerportal.core.operations;
