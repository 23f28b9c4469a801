package io.github.duckdbthreads;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.sql.DriverManager;
import java.util.concurrent.StructuredTaskScope;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.Threads;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.cli.Runner;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.workload.TaskEvents;

/**
 * No task touches the root connection, directly or through anything it reaches: the rules over the
 * production classes of core, the three demos and compare. {@link ArchitectureRuleTests} shows each rule
 * failing on a class that breaks it.
 */
@AnalyzeClasses(packages = "io.github.duckdbthreads", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The workload's tasks, and any runnable named like one, so that a new kind of task cannot slip past. */
    static final DescribedPredicate<JavaClass> TASKS =
            assignableTo(Task.class).or(simpleNameEndingWith("Task").and(assignableTo(Runnable.class))).as("tasks");

    /**
     * The root connection, every other way to open a connection, and the raw connections inside the
     * sources: what a task may not reach. (A task reaches {@code java.sql.Connection} by way of the JDK's
     * own types, {@code PreparedStatement.getConnection()}, so the type itself cannot be the mark.)
     */
    static final DescribedPredicate<JavaClass> THE_ROOT =
            belongToAnyOf(Database.class, DriverManager.class, DataSource.class)
                    .or(resideInAPackage("org.duckdb.."))
                    // Package-private, so named; the package comes from the Database, so that a move follows.
                    .or(nameMatching(Pattern.quote(Database.class.getPackageName() + ".")
                            + "(ConnectionOpener|TrackingConnectionSource|PerTaskConnections|PerThreadConnections"
                            + "|PooledConnections|KeptConnection)(\\$.*)?"))
                    .as("the root connection (Database, DriverManager, DuckDB's driver) or a source's raw connections");

    /** What a demo may use of core: the interface it implements, what it is handed, and the runner. */
    static final DescribedPredicate<JavaClass> THE_SCHEDULING_API =
            belongToAnyOf(ThreadingModel.class, Task.class, TaskPhase.class, ModelResult.class, TaskFailure.class,
                    Threads.class, ConnectionPolicy.class, Demo.class, Options.class, Runner.class)
                    .as("core's scheduling API (ThreadingModel, Task, TaskPhase, ModelResult, TaskFailure, Threads,"
                            + " ConnectionPolicy, Demo, Options, Runner)");

    static final String[] DEMO_PACKAGES = {"..platform..", "..executor..", "..virtual.."};

    @ArchTest
    static final ArchRule only_the_database_opens_or_duplicates_connections =
            noClasses().that(not(belongToAnyOf(Database.class)))
                    .should().dependOnClassesThat().belongToAnyOf(DriverManager.class, DataSource.class)
                    .orShould().dependOnClassesThat().resideInAPackage("org.duckdb..")
                    .because("the root connection has one owner, which opens it, duplicates it for the"
                            + " connection sources and closes it last");

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

    private static final String STRUCTURED_SCOPE = "io.github.duckdbthreads.virtual.StructuredScope";

    /** The one class that uses the preview API, with the classes nested in it. */
    static final DescribedPredicate<JavaClass> THE_PREVIEW_CLASS = DescribedPredicate.describe(
            "StructuredScope and the classes nested in it", javaClass -> javaClass.getName().equals(STRUCTURED_SCOPE)
                    || javaClass.getName().startsWith(STRUCTURED_SCOPE + "$"));

    @ArchTest
    static final ArchRule only_one_class_uses_the_structured_concurrency_preview =
            noClasses().that(not(THE_PREVIEW_CLASS))
                    .should().dependOnClassesThat().belongToAnyOf(StructuredTaskScope.class)
                    .because("StructuredTaskScope is a preview API in JDK 25: when it changes or goes final,"
                            + " one file changes");
}
