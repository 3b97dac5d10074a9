package io.partnerportal.core.portal;

import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.value.Text;
import java.util.Objects;

/**
 * The commands of {@link CustomerPortal} that change something (read as {@code CustomerPortal.Cancel}...).
 * Each is built by its {@code parse} from a form as typed: a blank field is an absent one, and
 * every wrong field is named at once by its form field's name.
 */
public interface PortalCommands {
    /**
     * @param viewer       the signed-in person
     * @param subscription the subscription to cancel
     * @param when         END_OF_TERM or IMMEDIATE
     * @param reason       why, or null
     */
    record Cancel(PersonId viewer, EntitlementNumber subscription, CancellationTiming when, CancellationReason reason) {
        /**
         * Checks the viewer.
         * @param viewer       the signed-in person
         * @param subscription the subscription to cancel
         * @param when         END_OF_TERM or IMMEDIATE
         * @param reason       why, or null
         */
        public Cancel {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer            the person
         * @param entitlementNumber as typed
         * @param when              as typed; END_OF_TERM when blank
         * @param reason            as typed, or blank
         * @return the command
         */
        public static Cancel parse(PersonId viewer, String entitlementNumber, String when, String reason) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            CancellationTiming timing = Inputs.optionalEnum(f, "when", CancellationTiming.class,
                    Text.blankToNull(when), CancellationTiming.END_OF_TERM);
            CancellationReason why = Inputs.optionalEnum(f, "reason", CancellationReason.class,
                    Text.blankToNull(reason), null);
            f.throwIfAny();
            return new Cancel(viewer, n, timing, why);
        }
    }

    /**
     * Where to set up (R10): one of an existing site, a new site's name, or an organization; which
     * fits the product is checked when the command runs.
     *
     * @param viewer       the signed-in person
     * @param subscription the subscription to set up
     * @param existingSite a site the viewer sees, or null
     * @param newSite      a new site's name, or null
     * @param organization an organization the viewer sees, or null
     */
    record SetUp(PersonId viewer, EntitlementNumber subscription, SiteAddress existingSite, SiteAddress newSite,
                 OrganizationName organization) {
        /**
         * Checks the viewer.
         * @param viewer       the signed-in person
         * @param subscription the subscription to set up
         * @param existingSite a site the viewer sees, or null
         * @param newSite      a new site's name, or null
         * @param organization an organization the viewer sees, or null
         */
        public SetUp {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer            the person
         * @param entitlementNumber as typed
         * @param existingSite      as typed, or blank
         * @param newSiteName       as typed, or blank
         * @param organization      as typed, or blank
         * @return the command
         */
        public static SetUp parse(PersonId viewer, String entitlementNumber, String existingSite, String newSiteName,
                                  String organization) {
            Fields f = new Fields();
            SetUp c = new SetUp(viewer, Inputs.entitlementNumber(f, entitlementNumber),
                    f.optional("existingSite", Text.blankToNull(existingSite), SiteAddress::parse),
                    f.optional("newSiteName", Text.blankToNull(newSiteName), SiteAddress::name),
                    f.optional("organization", Text.blankToNull(organization), OrganizationName::new));
            f.throwIfAny();
            return c;
        }

        /** @return how many places were chosen (exactly one is right) */
        public long chosen() {
            return java.util.stream.Stream.of(existingSite, newSite, organization).filter(Objects::nonNull).count();
        }
    }

    /**
     * @param viewer       the signed-in person
     * @param subscription the subscription
     * @param email        the contact's email
     * @param name         their name
     * @param locale       their language
     * @param role         their role on the subscription (R19)
     */
    record AddContact(PersonId viewer, EntitlementNumber subscription, EmailAddress email, DisplayName name,
                      ContactLocale locale, ContactRole role) {
        /**
         * Checks the viewer; no role means a manager.
         * @param viewer       the signed-in person
         * @param subscription the subscription
         * @param email        the contact's email
         * @param name         their name
         * @param locale       their language
         * @param role         their role on the subscription (R19)
         */
        public AddContact {
            Objects.requireNonNull(viewer, "viewer");
            role = role == null ? ContactRole.MANAGER : role;
        }

        /**
         * @param viewer            the person
         * @param entitlementNumber as typed
         * @param email             as typed
         * @param name              as typed
         * @param locale            as typed
         * @return the command, adding a manager
         */
        public static AddContact parse(PersonId viewer, String entitlementNumber, String email, String name,
                                       String locale) {
            return parse(viewer, entitlementNumber, email, name, locale, null);
        }

        /**
         * @param viewer            the person
         * @param entitlementNumber as typed
         * @param email             as typed
         * @param name              as typed
         * @param locale            as typed
         * @param role              as typed: MANAGER, VIEWER, or null for MANAGER (R19)
         * @return the command
         */
        public static AddContact parse(PersonId viewer, String entitlementNumber, String email, String name,
                                       String locale, String role) {
            Fields f = new Fields();
            AddContact c = new AddContact(viewer, Inputs.entitlementNumber(f, entitlementNumber),
                    f.parse("email", () -> EmailAddress.parse(email)), f.parse("name", () -> new DisplayName(name)),
                    f.parse("locale", () -> ContactLocale.parse(locale)),
                    f.parse("role", () -> ContactRole.parseOrDefault(role)));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param viewer       the signed-in person
     * @param subscription the subscription
     * @param email        the contact to remove
     */
    record RemoveContact(PersonId viewer, EntitlementNumber subscription, EmailAddress email) {
        /**
         * Checks the viewer.
         * @param viewer       the signed-in person
         * @param subscription the subscription
         * @param email        the contact to remove
         */
        public RemoveContact {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer the person
         * @param entitlementNumber as typed
         * @param email as typed
         * @return the command
         */
        public static RemoveContact parse(PersonId viewer, String entitlementNumber, String email) {
            Fields f = new Fields();
            RemoveContact c = new RemoveContact(viewer, Inputs.entitlementNumber(f, entitlementNumber),
                    f.parse("email", () -> EmailAddress.parse(email)));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param viewer the signed-in person
     * @param name   their name
     * @param locale their language
     */
    record UpdateProfile(PersonId viewer, DisplayName name, ContactLocale locale) {
        /**
         * Checks the viewer.
         * @param viewer the signed-in person
         * @param name   their name
         * @param locale their language
         */
        public UpdateProfile {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer the person
         * @param name as typed
         * @param locale as typed
         * @return the command
         */
        public static UpdateProfile parse(PersonId viewer, String name, String locale) {
            Fields f = new Fields();
            UpdateProfile c = new UpdateProfile(viewer, f.parse("name", () -> new DisplayName(name)),
                    f.parse("locale", () -> ContactLocale.parse(locale)));
            f.throwIfAny();
            return c;
        }
    }
}
