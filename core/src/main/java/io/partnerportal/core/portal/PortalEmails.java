package io.partnerportal.core.portal;

import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.value.Text;
import java.time.Instant;
import java.util.Objects;

/** SPEC §6.3 {@code /emails}, part of {@link CustomerPortal}: the emails sent (or to be sent) to the signed-in person. */
public interface PortalEmails {

    /**
     * @param command whose log, which page
     * @return the emails, newest first, keyset-paged
     */
    Page<SentEmail> emails(ListEmails command);

    /** Where an email is: sent, waiting (or being retried), given up, or not sent because it was switched off (R18). */
    enum EmailStatus { /** Sent. */ SENT, /** Waiting to be sent, or to be tried again. */ PENDING,
        /** Given up after its tries. */ FAILED, /** Not sent: switched off. */ SKIPPED }

    /**
     * One email of the log.
     *
     * @param id           its id in the outbox
     * @param type         which email
     * @param subscription the entitlement number it is about, or null (a welcome, a sign-in link)
     * @param productName  that subscription's product, or null
     * @param at           when it was queued
     * @param status       where it is
     */
    record SentEmail(long id, NotificationType type, String subscription, String productName, Instant at,
                     EmailStatus status) {
    }

    /**
     * @param viewer the signed-in person
     * @param cursor where the previous page ended, or null
     */
    record ListEmails(PersonId viewer, Cursor cursor) {
        /**
         * Checks the viewer.
         *
         * @param viewer the signed-in person
         * @param cursor where the previous page ended, or null
         */
        public ListEmails {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer the person
         * @param cursor as typed, or blank for the first page
         * @return the command
         */
        public static ListEmails parse(PersonId viewer, String cursor) {
            String raw = Text.blankToNull(cursor);
            return new ListEmails(viewer, raw == null ? null : Fields.single("cursor", () -> Cursor.parse(raw)));
        }
    }
}
