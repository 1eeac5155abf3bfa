package org.renewalledger.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/** The module rules of docs/ARCHITECTURE.md, enforced. */
@AnalyzeClasses(packages = "org.renewalledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sharedKernelIsPlainJava = classes()
            .that().resideInAPackage("org.renewalledger.kernel..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.renewalledger.kernel..",
                    // only Axon's message annotations: the routing key and the event revision
                    "org.axonframework.modelling.command", "org.axonframework.serialization")
            .because("shared-kernel holds the messages every module shares: no Spring, no infrastructure");

    @ArchTest
    static final ArchRule querySideNeverTouchesTheCommandSide = noClasses()
            .that().resideInAPackage("org.renewalledger.query..")
            .should().dependOnClassesThat().resideInAPackage("org.renewalledger.command..")
            .because("read models are built from events, never from aggregates");

    @ArchTest
    static final ArchRule commandSideNeverReadsReadModels = noClasses()
            .that().resideInAPackage("org.renewalledger.command..")
            .should().dependOnClassesThat().resideInAPackage("org.renewalledger.query..");

    @ArchTest
    static final ArchRule sidesDoNotDependOnInfrastructure = noClasses()
            .that().resideInAnyPackage("org.renewalledger.command..", "org.renewalledger.query..", "org.renewalledger.kernel..")
            .should().dependOnClassesThat().resideInAPackage("org.renewalledger.infra..")
            .because("infra wires the sides together; the sides do not know how");

    @ArchTest
    static final ArchRule productionNeverUsesTheLocalRun = noClasses()
            .that().resideInAnyPackage("org.renewalledger.infra..", "org.renewalledger.command..",
                    "org.renewalledger.query..", "org.renewalledger.kernel..")
            .should().dependOnClassesThat().resideInAPackage("org.renewalledger.local..")
            .because("the production application carries no local stack and no demo users (module local)");

    @ArchTest
    static final ArchRule aggregatesAreHiddenInTheCommandSide = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().notBePublic()
            .andShould().resideInAPackage("org.renewalledger.command..");

    @ArchTest
    static final ArchRule eventsAreRevisionedRecords = classes()
            .that().resideInAPackage("org.renewalledger.kernel..").and().haveSimpleNameEndingWith("Event").and().areNotInterfaces()
            .should().beRecords().andShould().beAnnotatedWith(Revision.class)
            .because("events live forever: their shape is versioned from day one");

    @ArchTest
    static final ArchRule commandsAreRecords = classes()
            .that().resideInAPackage("org.renewalledger.kernel..").and().haveSimpleNameEndingWith("Command")
            .should().beRecords();

    @ArchTest
    static final ArchRule controllersNeverBlockOnJdbc = noClasses()
            .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..", "java.sql..")
            .because("HTTP runs on the event loop; reads go through R2DBC, writes through the command bus");
}
