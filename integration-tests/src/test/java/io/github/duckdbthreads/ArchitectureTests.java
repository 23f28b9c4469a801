package io.github.duckdbthreads;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.StructuredTaskScope;

import javax.sql.DataSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.github.duckdbthreads.core.ConnectionSource;
import io.github.duckdbthreads.core.Database;
import io.github.duckdbthreads.core.Task;

/**
 * No task touches the root connection directly: the rules over the production classes of core and the
 * three demos. {@link ArchitectureRuleTests} shows each rule failing on a class that breaks it.
 */
@AnalyzeClasses(packages = "io.github.duckdbthreads", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The workload's tasks, and anything named like one, so that a new kind of task cannot slip past. */
    static final DescribedPredicate<JavaClass> TASKS =
            assignableTo(Task.class).or(simpleNameEndingWith("Task")).as("tasks");

    @ArchTest
    static final ArchRule only_the_database_opens_or_duplicates_connections =
            noClasses().that(not(belongToAnyOf(Database.class)))
                    .should().dependOnClassesThat().belongToAnyOf(DriverManager.class, DataSource.class)
                    .orShould().dependOnClassesThat().resideInAPackage("org.duckdb..")
                    .because("the root connection has one owner, which opens it, duplicates it for the"
                            + " connection sources and closes it last");

    @ArchTest
    static final ArchRule tasks_never_hold_a_connection_of_their_own_making =
            noClasses().that(TASKS)
                    .should().dependOnClassesThat().belongToAnyOf(Connection.class, Database.class)
                    .because("a task gets its connection from the connection source, never from the root");

    @ArchTest
    static final ArchRule tasks_reach_the_database_through_the_connection_source =
            classes().that(TASKS).and().areNotInterfaces()
                    .should().dependOnClassesThat().areAssignableTo(ConnectionSource.class)
                    .because("how a task gets its connection is the source's business, the same under every model");

    @ArchTest
    static final ArchRule demo_modules_only_schedule_tasks =
            noClasses().that().resideInAnyPackage("..platform..", "..executor..", "..virtual..")
                    .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.duckdb..")
                    .because("a demo chooses how tasks are scheduled; the workload is defined once, in core");

    @ArchTest
    static final ArchRule only_one_class_uses_the_structured_concurrency_preview =
            noClasses().that().doNotHaveFullyQualifiedName("io.github.duckdbthreads.virtual.StructuredScope")
                    .should().dependOnClassesThat().belongToAnyOf(StructuredTaskScope.class)
                    .because("StructuredTaskScope is a preview API in JDK 25: when it changes or goes final,"
                            + " one file changes");
}
