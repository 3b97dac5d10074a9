package io.partnerportal.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.HistoryRepository;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.port.out.WebhookStore;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The boundaries of STYLE.md. Classes are imported by package from the main code of every module
 * (the core's test kit and this module's composition root are left out), and every package a rule
 * names must hold classes, so an emptied or renamed package fails instead of passing.
 */
class ArchitectureTest {
    static final String CORE = "io.partnerportal.core";
    static final String DOMAIN = CORE + ".domain..";
    static final String PORTS = CORE + ".port..";
    static final String[] SERVICES = {CORE, CORE + ".application..", CORE + ".portal..", CORE + ".partner..",
            CORE + ".support..", CORE + ".signin..", CORE + ".operations.."};
    static final String PERSISTENCE = "io.partnerportal.adapters.persistence..";
    static final String WEB = "io.partnerportal.adapters.web..";
    static final String MAIL = "io.partnerportal.adapters.mail..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::notTestCode)
            .importPackages("io.partnerportal");

    /**
     * The core's test kit arrives as main code (core-testkit's classes or jar), which
     * {@code DO_NOT_INCLUDE_TESTS} lets through: it is left out by its package.
     */
    private static boolean notTestCode(Location location) {
        return !location.contains("/core/testing/") && !location.contains("/test-classes/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.partnerportal.core.domain", "io.partnerportal.core.port.out",
            "io.partnerportal.core.application", "io.partnerportal.core.portal", "io.partnerportal.core.partner",
            "io.partnerportal.core.support", "io.partnerportal.core.signin", "io.partnerportal.core.operations",
            "io.partnerportal.adapters.persistence",
            "io.partnerportal.adapters.web", "io.partnerportal.adapters.mail"})
    void everyPackageTheRulesNameHoldsClasses(String pkg) {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().startsWith(pkg))).as(pkg).isNotEmpty();
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("io.partnerportal.app..")
                .should().dependOnClassesThat().resideInAPackage("io.partnerportal.app..")
                .check(CLASSES);
    }

    @Test
    void theTestKitAndTheCompositionRootAreNotPartOfTheOnion() {
        assertThat(CLASSES.stream().map(c -> c.getPackageName()))
                .noneMatch(p -> p.startsWith("io.partnerportal.core.testing"));
    }

    @Test
    void adaptersDependInwardOnlyAndNeverOnEachOther() {
        ArchRule onion = onionArchitecture()
                .domainModels(DOMAIN)
                .domainServices(PORTS)
                .applicationServices(SERVICES)
                .adapter("persistence", PERSISTENCE)
                .adapter("web", WEB)
                .adapter("mail", MAIL)
                .withOptionalLayers(false)
                // the composition root wires every layer; it stands outside the onion
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("io.partnerportal.app.."),
                        DescribedPredicate.alwaysTrue())
                .ensureAllClassesAreContainedInArchitectureIgnoring("io.partnerportal.app..");
        onion.check(CLASSES);
    }

    @Test
    void theCoreDependsOnTheJdkAlone() {
        classes().that().resideInAPackage(CORE + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE + "..")
                .check(CLASSES);
    }

    @Test
    void adaptersNeverTouchTheCoresServices() {
        noClasses().that().resideInAnyPackage(PERSISTENCE, WEB, MAIL)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(SERVICES)
                        .and(JavaClass.Predicates.simpleNameEndingWith("Service")))
                .check(CLASSES);
    }

    @Test
    void jakartaPersistenceOnlyInThePersistenceAdapter() {
        noClasses().that().resideOutsideOfPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                        "org.eclipse.persistence..", "org.flywaydb..", "com.zaxxer.hikari..")
                .check(CLASSES);
    }

    @Test
    void javalinOnlyInTheWebAdapter() {
        noClasses().that().resideOutsideOfPackage(WEB)
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte..")
                .check(CLASSES);
    }

    @Test
    void mailApisOnlyInTheMailAdapter() {
        noClasses().that().resideOutsideOfPackage(MAIL)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.apache.commons.mail2..",
                        "org.eclipse.angus..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEventTranslatorWritesHistoryAndEmails() {
        noClasses().that().resideInAPackage(CORE + "..").and().doNotHaveSimpleName("EventTranslator")
                .should().callMethod(HistoryRepository.class, "append", List.class)
                .orShould().callMethod(NotificationOutbox.class, "append", List.class)
                .because("SPEC §6.1: history and emails come from the domain events, in one place")
                .check(CLASSES);
    }

    @Test
    void onlyTheEventTranslatorsPartnerSideWritesEventsAndWebhookDeliveries() {
        noClasses().that().resideInAPackage(CORE + "..").and().doNotHaveSimpleName("PartnerEvents")
                .should().callMethod(PartnerEventStore.class, "append", List.class)
                .orShould().callMethod(WebhookStore.class, "enqueue", List.class)
                .because("SPEC §6.1: webhooks and the feed come from the domain events, in the unit of work of the change")
                .check(CLASSES);
        noClasses().that().resideInAPackage(CORE + "..").and().doNotHaveSimpleName("EventTranslator")
                .should().callMethod(CORE + ".application.PartnerEvents", "record", Storage.class.getName(),
                        List.class.getName())
                .check(CLASSES);
    }

    @Test
    void subscriptionsAreStoredOnlyWithTheEventsOfTheirUnitOfWork() {
        noClasses().that().resideInAPackage(CORE + "..").and().doNotHaveSimpleName("Changes")
                .should().callMethod(SubscriptionRepository.class, "update", Subscription.class)
                .orShould().callMethod(SubscriptionRepository.class, "add", Subscription.class)
                .because("a change stored without its event would lose its history and emails")
                .check(CLASSES);
    }

    @Test
    void noCoreMethodOrConstructorTakesMoreThanSevenParameters() {
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage(CORE + "..")
                .should(new ArchCondition<JavaCodeUnit>("take at most seven parameters (the canonical constructor "
                        + "of a record that carries data aside)") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        int n = unit.getRawParameterTypes().size();
                        if (n > 7 && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)
                                && !isCanonicalRecordConstructor(unit)) {
                            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes " + n
                                    + " parameters"));
                        }
                    }
                }).check(CLASSES);
    }

    private static boolean isCanonicalRecordConstructor(JavaCodeUnit unit) {
        Class<?> owner = unit.getOwner().reflect();
        return unit instanceof JavaConstructor && owner.isRecord()
                && unit.getRawParameterTypes().size() == owner.getRecordComponents().length;
    }

    @Test
    void guiceNowhereInTheCore() {
        noClasses().that().resideInAPackage(CORE + "..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..",
                        "javax.inject..")
                .check(CLASSES);
    }
}
