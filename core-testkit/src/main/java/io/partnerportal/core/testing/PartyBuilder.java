package io.partnerportal.core.testing;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import java.time.Instant;
import java.util.UUID;

/** Test data for partners, billing accounts and people, each unique unless told otherwise. */
public final class PartyBuilder {
    public static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private PartyBuilder() {
    }

    public static Partner aPartner(String name) {
        PartnerId id = PartnerId.random();
        return new Partner(id, new DisplayName(name), new EmailAddress("billing-" + id.toString().substring(0, 8)
                + "@partner.example"), CREATED);
    }

    public static BillingAccount anAccount(PartnerId partner, String name) {
        return new BillingAccount(BillingAccountId.random(), partner, new DisplayName(name), CREATED);
    }

    public static Person aPerson(String email) {
        return Person.first(new EmailAddress(email), new DisplayName(email.substring(0, email.indexOf('@'))),
                ContactLocale.EN, CREATED);
    }

    /** A person with a unique email under example.com. */
    public static Person somePerson() {
        return aPerson("p" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    }
}
