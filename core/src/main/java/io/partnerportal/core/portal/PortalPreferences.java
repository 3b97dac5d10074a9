package io.partnerportal.core.portal;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PersonId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * R18: a signed-in person's email preferences, part of {@link CustomerPortal}: which optional emails
 * they receive. The outbox reads them when it sends, so switching a type off stops the emails
 * already queued too.
 */
public interface PortalPreferences {

    /** @return every optional email type, in the order the profile page lists them */
    static List<NotificationType> optionalTypes() {
        return Arrays.stream(NotificationType.values()).filter(NotificationType::isOptional).toList();
    }

    /**
     * @param viewer the signed-in person
     * @return the optional emails they switched off
     */
    Set<NotificationType> preferences(PersonId viewer);

    /**
     * @param command which optional emails to switch off
     * @return the optional emails switched off now
     */
    Set<NotificationType> updatePreferences(UpdatePreferences command);

    /**
     * R18, without signing in: what an unsubscribe link would switch off. The signed token is the
     * caller's only authority; a token that does not verify is "not found".
     *
     * @param token as it came in the link
     * @return whose email and which type
     */
    UnsubscribeTarget unsubscribeTarget(String token);

    /**
     * R18, without signing in: switches off what the link names (RFC 8058 one-click, or the
     * confirmation page's button). Doing it twice changes nothing more.
     *
     * @param token as it came in the link
     * @return whose email and which type, now switched off
     */
    UnsubscribeTarget unsubscribe(String token);

    /**
     * What an unsubscribe link names.
     *
     * @param email  the person's email
     * @param type   the optional email
     * @param locale the person's language, for the page
     */
    record UnsubscribeTarget(String email, NotificationType type, String locale) {
    }

    /**
     * @param viewer      the signed-in person
     * @param switchedOff the optional emails they no longer want
     */
    record UpdatePreferences(PersonId viewer, Set<NotificationType> switchedOff) {
        /**
         * Checks the viewer and that every type is optional.
         *
         * @param viewer      the signed-in person
         * @param switchedOff the optional emails they no longer want
         */
        public UpdatePreferences {
            Objects.requireNonNull(viewer, "viewer");
            switchedOff = Set.copyOf(switchedOff);
            if (switchedOff.stream().anyMatch(t -> !t.isOptional())) {
                throw new IllegalArgumentException("only optional emails are switched off");
            }
        }

        /**
         * The profile form: it names the optional emails the person keeps receiving; every other
         * optional email is switched off.
         *
         * @param viewer     the person
         * @param switchedOn as typed: names of optional email types
         * @return the command
         */
        public static UpdatePreferences fromSwitchedOn(PersonId viewer, Collection<String> switchedOn) {
            Set<NotificationType> off = EnumSet.noneOf(NotificationType.class);
            off.addAll(optionalTypes());
            for (String raw : switchedOn == null ? List.<String>of() : switchedOn) {
                NotificationType type = Arrays.stream(NotificationType.values()).filter(t -> t.isOptional()
                        && t.name().equals(raw)).findFirst().orElseThrow(() -> ValidationException.of("notifications",
                        FieldErrorCode.NOT_ONE_OF, "must be among the optional emails " + optionalTypes()));
                off.remove(type);
            }
            return new UpdatePreferences(viewer, off);
        }
    }
}
