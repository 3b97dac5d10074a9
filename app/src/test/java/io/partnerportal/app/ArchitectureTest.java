package io.partnerportal.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
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
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.WebhookStore;
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
    static final String APPLICATION = CORE + ".application..";
    /** The actors' packages: each holds its driving ports, their commands and views, and its services. */
    static final String[] ACTORS = {CORE + ".portal..", CORE + ".partner..", CORE + ".support..",
            CORE + ".signin..", CORE + ".operations.."};
    /** Where use cases live: the actors, what they share, and the core's wiring at its root. */
    static final String[] SERVICES = {CORE, APPLICATION, CORE + ".portal..", CORE + ".partner..",
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
    void L1_actorPackagesNeverImportEachOther() {
        for (String actor : ACTORS) {
            String[] others = java.util.Arrays.stream(ACTORS).filter(a -> !a.equals(actor)).toArray(String[]::new);
            noClasses().that().resideInAPackage(actor)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("an actor's use cases share what they share through the application package")
                    .check(CLASSES);
        }
    }

    @Test
    void L1_whatActorsShareNeverDependsOnAnActorNorOnTheWiring() {
        noClasses().that().resideInAnyPackage(APPLICATION, DOMAIN, PORTS)
                .should().dependOnClassesThat().resideInAnyPackage(ACTORS)
                .orShould().dependOnClassesThat().resideInAPackage(CORE)
                .check(CLASSES);
    }

    @Test
    void L1_servicesArePackagePrivateOnlyDrivingPortsArePublic() {
        classes().that().resideInAnyPackage(ACTORS).and().areTopLevelClasses().and().areNotInterfaces()
                .should().notBePublic()
                .because("an adapter or embedder reaches a use case through its actor's driving port alone")
                .check(CLASSES);
    }

    @Test
    void L1_adaptersUseTheActorsPortsTheApplicationsViewsAndTheDomainsValuesOnly() {
        noClasses().that().resideInAnyPackage(PERSISTENCE, WEB, MAIL)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(APPLICATION)
                        .and(DescribedPredicate.describe("are not records (views)", c -> !c.reflect().isRecord())))
                .because("the application package's classes are the core's own machinery")
                .check(CLASSES);
    }

    @Test
    void L1_onlyTheCoresWiringSeesTheWholeStorage() {
        noClasses().that().resideInAPackage(CORE + "..")
                .and().doNotHaveFullyQualifiedName(io.partnerportal.core.Core.class.getName())
                .and().doNotHaveFullyQualifiedName(io.partnerportal.core.Core.Builder.class.getName())
                .and(DescribedPredicate.describe("are not Storage itself",
                        c -> !c.getName().startsWith(Storage.class.getName())))
                .should().dependOnClassesThat().haveFullyQualifiedName(Storage.class.getName())
                .because("a use case is given the ports it calls, not the whole store")
                .check(CLASSES);
    }

    @Test
    void L1_everyInterfaceOfTheCoreHasAMethodOfItsOwnUnlessItIsASealedSumType() {
        classes().that().resideInAPackage(CORE + "..").and().areInterfaces()
                .and().doNotHaveSimpleName("package-info")
                .should(new ArchCondition<JavaClass>("declare a method of its own, or be a sealed sum type") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (c.getMethods().isEmpty() && !c.reflect().isSealed()) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " declares no method"));
                        }
                    }
                }).check(CLASSES);
    }

    @Test
    void L1_recordsOfTheCoreCarryValuesNeverPortsOrServices() {
        classes().that().resideInAPackage(CORE + "..").and(DescribedPredicate.describe("are records",
                        c -> c.reflect().isRecord()))
                .should(new ArchCondition<JavaClass>("hold no port and no service among their components") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (var component : c.reflect().getRecordComponents()) {
                            Class<?> type = component.getType();
                            String pkg = type.getPackageName();
                            boolean port = type.isInterface() && pkg.startsWith(CORE) && !type.isSealed()
                                    && !pkg.startsWith(CORE + ".domain");
                            boolean service = !type.isRecord() && !type.isEnum() && !type.isInterface()
                                    && pkg.startsWith(CORE + ".application");
                            if (port || service) {
                                events.add(SimpleConditionEvent.violated(c, c.getName() + "." + component.getName()
                                        + " holds " + type.getName() + ": a record names a value, it does not "
                                        + "carry collaborators"));
                            }
                        }
                    }
                }).check(CLASSES);
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
                .should().callMethod(CORE + ".application.PartnerEvents", "record", List.class.getName())
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
    void guiceNowhereInTheCore() {
        noClasses().that().resideInAPackage(CORE + "..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..",
                        "javax.inject..")
                .check(CLASSES);
    }
}
