/**
 * The emails (R13): their types, the snapshot an outbox row keeps and its text codec, who gets
 * an email about a change, and when a failed delivery is tried again.
 */
package io.partnerportal.core.domain.notification;
