package org.renewalledger.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/** The module and context rules of docs/ARCHITECTURE.md, enforced. */
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
    static final ArchRule commandSideStoresThroughItsPorts = noClasses()
            .that().resideInAPackage("org.renewalledger.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..", "java.sql..")
            .because("the command side decides on events; what else it keeps (idempotency keys, the milestone relay's "
                    + "links) goes through its own port interfaces, which infra implements with JDBC");

    @ArchTest
    static final ArchRule controllersNeverBlockOnJdbc = noClasses()
            .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..", "java.sql..")
            .because("HTTP runs on the event loop; reads go through R2DBC, writes through the command bus");

    // ---- bounded contexts: inside each side the context is the first package cut (docs/ARCHITECTURE.md) ----

    private static final String COMMAND = "org.renewalledger.command";
    private static final String QUERY = "org.renewalledger.query";
    private static final List<String> COMMAND_CONTEXTS = List.of("compound", "funding", "assessment", "review", "policy");
    /** dashboard reads every context's events into one read model; it is a context of its own, not a helper. */
    private static final List<String> QUERY_CONTEXTS = List.of("compound", "funding", "assessment", "review", "dashboard");
    /** Helpers every context of the side may use; they know no context. The side's root package holds its wiring. */
    private static final Set<String> COMMAND_HELPERS = Set.of("web", "access", "privacy", "observe", "evidence", "witness");
    private static final Set<String> QUERY_HELPERS = Set.of("web", "search", "privacy", "export", "evidence");

    /**
     * The policy context publishes its policy objects: the versioned {@code PolicySet} a jurisdiction applies, the
     * {@code PolicyBook} that finds it, and the rules it is made of ({@code …Policy}, {@code Threshold},
     * {@code WorkingDayCalendar}). Aggregates of the other contexts decide with them inside their command handlers
     * (STYLE.md 7: rules with numbers live in named policy objects, named in the events they decide), so they are a
     * design need, not a leak. The policy register, its controller, request and book updater stay inside.
     */
    private static final DescribedPredicate<JavaClass> PUBLISHED_BY_POLICY = DescribedPredicate.describe(
            "the policy objects command.policy publishes", type -> {
                if (!type.getPackageName().equals(COMMAND + ".policy")) {
                    return false;
                }
                String outermost = type.getName().substring(type.getPackageName().length() + 1).split("\\$")[0];
                return outermost.endsWith("Policy")
                        || Set.of("PolicySet", "PolicyBook", "Threshold", "WorkingDayCalendar").contains(outermost);
            });

    @ArchTest
    static final ArchRule commandContextsReachOnlyForKernelMessagesAndHelpers = CompositeArchRule.of(
            COMMAND_CONTEXTS.stream().map(context -> staysInside(COMMAND, context, COMMAND_HELPERS, PUBLISHED_BY_POLICY))
                    .toList());

    @ArchTest
    static final ArchRule queryContextsReachOnlyForKernelMessagesAndHelpers = CompositeArchRule.of(
            QUERY_CONTEXTS.stream().map(context -> staysInside(QUERY, context, QUERY_HELPERS, DescribedPredicate.alwaysFalse()))
                    .toList());

    @ArchTest
    static final ArchRule helpersKnowNoContext = CompositeArchRule.of(List.of(
            noClasses().that().resideInAnyPackage(packages(COMMAND, COMMAND_HELPERS))
                    .should().dependOnClassesThat().resideInAnyPackage(packages(COMMAND, COMMAND_CONTEXTS)),
            noClasses().that().resideInAnyPackage(packages(QUERY, QUERY_HELPERS))
                    .should().dependOnClassesThat().resideInAnyPackage(packages(QUERY, QUERY_CONTEXTS))))
            .because("a helper every context uses must not tie them to one of them");

    /**
     * Classes of {@code context} depend on the kernel (its commands, events, queries, views and value types), on
     * libraries, on the side's helpers and root package, and on what another context explicitly publishes; never
     * on another context's aggregates, controllers, requests, projections or stores.
     */
    private static ArchRule staysInside(String side, String context, Set<String> helpers, DescribedPredicate<JavaClass> published) {
        String own = side + "." + context;
        DescribedPredicate<JavaClass> anotherContextsInternals = DescribedPredicate.describe(
                "are internals of another context of " + side, type -> {
                    String name = type.getPackageName();
                    if (!name.startsWith(side + ".") || name.equals(own) || name.startsWith(own + ".")) {
                        return false;
                    }
                    String first = name.substring(side.length() + 1).split("\\.")[0];
                    return !helpers.contains(first) && !published.test(type);
                });
        return noClasses().that().resideInAPackage(own + "..")
                .should().dependOnClassesThat(anotherContextsInternals)
                .because("only kernel messages cross between bounded contexts; " + context + " keeps its own classes to itself");
    }

    private static String[] packages(String side, java.util.Collection<String> names) {
        return names.stream().map(name -> side + "." + name + "..").toArray(String[]::new);
    }
}
