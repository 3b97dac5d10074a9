package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.testing.PartyBuilder;
import io.partnerportal.core.domain.notification.NotificationType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code PersonRepository}: one person per email, versions checked, profile kept as typed. */
public abstract class PersonRepositoryContract extends StorageContract {

    @Test
    void storesFindsAndUpdatesAPerson() {
        Person ken = Person.first(new EmailAddress("ken@example.jp"), new DisplayName("健 <b>"), ContactLocale.JA,
                PartyBuilder.CREATED);
        txRun(() -> storage.people().add(ken));
        Person found = storage.people().findByEmail(new EmailAddress("ken@example.jp")).orElseThrow();
        assertThat(found.withVersion(0)).isEqualTo(ken);
        assertThat(storage.people().find(ken.id())).contains(found);
        assertThat(storage.people().findAll(List.of(ken.id(), PersonId.random()))).containsExactly(found);

        Person renamed = found.withProfile(new DisplayName("Ken"), ContactLocale.EN).afterSiteMigrationNotice();
        txRun(() -> storage.people().update(renamed));
        Person after = storage.people().find(ken.id()).orElseThrow();
        assertThat(after.name().value()).isEqualTo("Ken");
        assertThat(after.locale()).isEqualTo(ContactLocale.EN);
        assertThat(after.toldOfSiteMigration()).isTrue();
        assertThat(after.version()).isEqualTo(found.version() + 1);
    }

    @Test
    void R24_keepsTheTimeZoneAPersonChoseAndForgetsItWhenTheyGoBackToTheirLanguagesDefault() {
        Person ken = Person.first(new EmailAddress("ken@example.jp"), new DisplayName("Ken"), ContactLocale.JA,
                PartyBuilder.CREATED);
        txRun(() -> storage.people().add(ken));
        assertThat(storage.people().find(ken.id()).orElseThrow().timeZone()).isNull();

        Person found = storage.people().find(ken.id()).orElseThrow();
        txRun(() -> storage.people().update(found.withProfile(found.name(), found.locale(),
                java.time.ZoneId.of("America/Argentina/Buenos_Aires"))));
        Person paris = storage.people().find(ken.id()).orElseThrow();
        assertThat(paris.timeZone()).isEqualTo(java.time.ZoneId.of("America/Argentina/Buenos_Aires"));
        assertThat(paris.withProfile(new DisplayName("Kenji"), ContactLocale.EN).timeZone())
                .as("a new name keeps the zone").isEqualTo(paris.timeZone());

        txRun(() -> storage.people().update(paris.withProfile(paris.name(), paris.locale(), java.time.ZoneOffset.UTC)));
        Person utc = storage.people().find(ken.id()).orElseThrow();
        assertThat(utc.timeZone()).isEqualTo(java.time.ZoneOffset.UTC);
        txRun(() -> storage.people().update(utc.withProfile(utc.name(), utc.locale(), null)));
        assertThat(storage.people().find(ken.id()).orElseThrow().timeZone()).isNull();
    }

    @Test
    void R18_keepsTheOptionalEmailsAPersonSwitchedOffAndReplacesThemWhole() {
        Person ken = Person.first(new EmailAddress("ken@example.jp"), new DisplayName("Ken"), ContactLocale.JA,
                PartyBuilder.CREATED);
        Person aiko = Person.first(new EmailAddress("aiko@example.jp"), new DisplayName("Aiko"), ContactLocale.EN,
                PartyBuilder.CREATED);
        txRun(() -> {
            storage.people().add(ken);
            storage.people().add(aiko);
        });
        assertThat(storage.people().switchedOff(ken.id())).isEmpty();

        txRun(() -> storage.people().switchOff(ken.id(),
                Set.of(NotificationType.PRODUCT_ORDERED, NotificationType.SITE_MIGRATED)));
        assertThat(storage.people().switchedOff(ken.id()))
                .containsExactlyInAnyOrder(NotificationType.PRODUCT_ORDERED, NotificationType.SITE_MIGRATED);
        assertThat(storage.people().switchedOff(aiko.id())).isEmpty();

        txRun(() -> storage.people().switchOff(ken.id(), Set.of(NotificationType.CONTACT_ADDED)));
        assertThat(storage.people().switchedOff(ken.id())).containsExactly(NotificationType.CONTACT_ADDED);
        txRun(() -> storage.people().switchOff(ken.id(), Set.of()));
        assertThat(storage.people().switchedOff(ken.id())).isEmpty();
    }

    @Test
    void R18_aSwitchOffInAFailedUnitOfWorkIsNotKept() {
        Person ken = Person.first(new EmailAddress("ken@example.jp"), new DisplayName("Ken"), ContactLocale.JA,
                PartyBuilder.CREATED);
        txRun(() -> storage.people().add(ken));
        assertThatThrownBy(() -> txRun(() -> {
            storage.people().switchOff(ken.id(), Set.of(NotificationType.PRODUCT_ORDERED));
            throw new IllegalStateException("boom");
        })).hasMessageContaining("boom");
        assertThat(storage.people().switchedOff(ken.id())).isEmpty();
    }

    @Test
    void aSecondPersonWithTheSameEmailIsRefused() {
        Person first = PartyBuilder.aPerson("same@example.com");
        txRun(() -> storage.people().add(first));
        assertThatThrownBy(() -> txRun(() -> storage.people().add(PartyBuilder.aPerson("same@example.com"))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
        assertThat(storage.people().findByEmail(first.email()).orElseThrow().id()).isEqualTo(first.id());
    }

    @Test
    void aStaleProfileUpdateIsRefused() {
        Person p = PartyBuilder.somePerson();
        txRun(() -> storage.people().add(p));
        Person a = storage.people().find(p.id()).orElseThrow();
        Person b = storage.people().find(p.id()).orElseThrow();
        txRun(() -> storage.people().update(a.withProfile(new DisplayName("A"), ContactLocale.EN)));
        assertThatThrownBy(() -> txRun(() -> storage.people().update(b.withProfile(new DisplayName("B"),
                ContactLocale.JA)))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE));
        assertThat(storage.people().find(p.id()).orElseThrow().name().value()).isEqualTo("A");
    }

    @Test
    void anErasedPersonIsKeptUnderTheirPseudonymAndNoLongerFoundByTheirEmail() {
        Person ken = Person.first(new EmailAddress("ken@example.jp"), new DisplayName("健"), ContactLocale.JA,
                PartyBuilder.CREATED);
        txRun(() -> storage.people().add(ken));
        Person erased = storage.people().find(ken.id()).orElseThrow().erased(PartyBuilder.CREATED.plusSeconds(60));
        txRun(() -> storage.people().update(erased));
        assertThat(storage.people().findByEmail(new EmailAddress("ken@example.jp"))).isEmpty();
        Person found = storage.people().findByEmail(Person.pseudonym(ken.id())).orElseThrow();
        assertThat(found.withVersion(erased.version())).isEqualTo(erased);
        assertThat(found.isErased()).isTrue();
        assertThat(found.erasedAt()).isEqualTo(PartyBuilder.CREATED.plusSeconds(60));
        assertThat(found.name()).isEqualTo(Person.ERASED_NAME);
    }
}
