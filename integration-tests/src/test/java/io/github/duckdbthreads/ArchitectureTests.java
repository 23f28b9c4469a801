package io.github.duckdbthreads;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.sql.DriverManager;
import java.util.concurrent.StructuredTaskScope;

import javax.sql.DataSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.github.duckdbthreads.compare.TaskCost;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.workload.TaskEvents;

/**
 * The layout is the architecture: core's packages each used only by the ones after it, the demos using
 * only the contract and the command line, and no task touching the root connection, directly or through
 * anything it reaches. The rules name packages, not classes, so that a class added to a package is held
 * to its package's rules. {@link ArchitectureRuleTests} shows each rule failing on a class that breaks it.
 */
@AnalyzeClasses(packages = "io.github.duckdbthreads", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    static final String CONTRACT = "io.github.duckdbthreads.core";
    static final String DATABASE = "io.github.duckdbthreads.core.database..";
    static final String WORKLOAD = "io.github.duckdbthreads.core.workload..";
    static final String RUN = "io.github.duckdbthreads.core.run..";
    static final String CLI = "io.github.duckdbthreads.core.cli..";
    /** Unanchored, so that the rule tests' violating fixtures in {@code fixtures.executor} count as a demo's. */
    static final String[] DEMO_PACKAGES = {"..platform..", "..executor..", "..virtual.."};
    static final String COMPARE = "io.github.duckdbthreads.compare..";

    @ArchTest
    static final ArchRule core_is_layered_from_the_contract_up_to_the_command_line =
            layeredArchitecture().consideringOnlyDependenciesInLayers()
                    .layer("contract").definedBy(CONTRACT)
                    .layer("database").definedBy(DATABASE)
                    .layer("workload").definedBy(WORKLOAD)
                    .layer("run").definedBy(RUN)
                    .layer("cli").definedBy(CLI)
                    .layer("demos").definedBy(DEMO_PACKAGES)
                    .layer("compare").definedBy(COMPARE)
                    .whereLayer("compare").mayNotBeAccessedByAnyLayer()
                    .whereLayer("demos").mayOnlyBeAccessedByLayers("compare")
                    .whereLayer("cli").mayOnlyBeAccessedByLayers("demos", "compare")
                    .whereLayer("run").mayOnlyBeAccessedByLayers("cli", "compare")
                    .whereLayer("workload").mayOnlyBeAccessedByLayers("run", "cli", "compare")
                    .whereLayer("database").mayOnlyBeAccessedByLayers("workload", "run", "cli", "compare")
                    .because("each package builds on the ones before it, and the contract a model author reads"
                            + " depends on none of them");

    /** The workload's tasks, and any runnable named like one, so that a new kind of task cannot slip past. */
    static final DescribedPredicate<JavaClass> TASKS =
            assignableTo(Task.class).or(simpleNameEndingWith("Task").and(assignableTo(Runnable.class))).as("tasks");

    /**
     * The root connection, every other way to open a connection, and the database package's internals (the
     * sources and their raw connections): what a task may not reach. (A task reaches
     * {@code java.sql.Connection} by way of the JDK's own types, {@code PreparedStatement.getConnection()},
     * so the type itself cannot be the mark.)
     */
    static final DescribedPredicate<JavaClass> THE_ROOT =
            belongToAnyOf(Database.class, DriverManager.class, DataSource.class)
                    .or(resideInAPackage("org.duckdb.."))
                    .or(resideInAPackage(DATABASE).and(not(modifier(PUBLIC))))
                    .as("the root connection (Database, DriverManager, DuckDB's driver) or the database package's"
                            + " internals");

    /** What a demo may use of core: the contract it implements, and the command line it hands its models to. */
    static final DescribedPredicate<JavaClass> THE_SCHEDULING_API =
            resideInAPackage(CONTRACT).or(resideInAPackage(CLI)).as("core's contract and command line");

    /**
     * The one exception, {@link TaskCost}, times the driver's own calls on a database of its own that no
     * run shares, and runs as a single file with nothing but the driver on the class path.
     */
    @ArchTest
    static final ArchRule only_the_database_opens_or_duplicates_connections =
            noClasses().that(not(belongToAnyOf(Database.class, TaskCost.class)))
                    .should().dependOnClassesThat().belongToAnyOf(DriverManager.class, DataSource.class)
                    .orShould().dependOnClassesThat().resideInAPackage("org.duckdb..")
                    .because("the root connection has one owner, which opens it, duplicates it for the"
                            + " connection sources and closes it last");

    @ArchTest
    static final ArchRule only_the_workload_defines_tasks =
            classes().that().implement(Task.class).should().resideInAPackage(WORKLOAD)
                    .because("a model is handed the tasks and never writes one, so every model runs the same"
                            + " workload");

    @ArchTest
    static final ArchRule nothing_a_task_reaches_reaches_the_root =
            noClasses().that(TASKS)
                    .should().transitivelyDependOnClassesThat(THE_ROOT)
                    .because("a task gets its connection from the connection source, never from the root, neither"
                            + " itself nor through its helpers, its events or what its lambdas capture");

    @ArchTest
    static final ArchRule nothing_a_task_event_listener_reaches_reaches_the_root =
            noClasses().that().implement(TaskEvents.class)
                    .should().transitivelyDependOnClassesThat(THE_ROOT)
                    .because("task events run on the tasks' threads, so a listener that reaches the root hands"
                            + " every task the root");

    @ArchTest
    static final ArchRule tasks_reach_the_database_through_the_connection_source =
            classes().that(TASKS).and().areNotInterfaces()
                    .should().dependOnClassesThat().areAssignableTo(ConnectionSource.class)
                    .because("how a task gets its connection is the source's business, the same under every model");

    @ArchTest
    static final ArchRule demo_modules_only_schedule_tasks =
            classes().that().resideInAnyPackage(DEMO_PACKAGES)
                    .should().onlyDependOnClassesThat(resideInAnyPackage(DEMO_PACKAGES)
                            .or(resideInAnyPackage("java.lang..", "java.util..", "java.time.."))
                            .or(THE_SCHEDULING_API))
                    .because("a demo chooses how tasks are scheduled: the workload, the database and the"
                            + " connection sources are defined once, in core, and a demo has no way to them");

    private static final String PREVIEW_CLASS = "io.github.duckdbthreads.virtual.VirtualThreadsModel";

    /** The one class that uses the preview API, with the classes nested in it. */
    static final DescribedPredicate<JavaClass> THE_PREVIEW_CLASS = DescribedPredicate.describe(
            "VirtualThreadsModel and the classes nested in it", javaClass -> javaClass.getName().equals(PREVIEW_CLASS)
                    || javaClass.getName().startsWith(PREVIEW_CLASS + "$"));

    @ArchTest
    static final ArchRule only_one_class_uses_the_structured_concurrency_preview =
            noClasses().that(not(THE_PREVIEW_CLASS))
                    .should().dependOnClassesThat().belongToAnyOf(StructuredTaskScope.class)
                    .because("StructuredTaskScope is a preview API in JDK 25: when it changes or goes final,"
                            + " one file changes");
}
