package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.ContractReachingDown;
import io.github.duckdbthreads.core.database.UnwrappingTask;
import io.github.duckdbthreads.fixtures.ForgedTask;
import io.github.duckdbthreads.fixtures.HelpedTask;
import io.github.duckdbthreads.fixtures.RogueOpener;
import io.github.duckdbthreads.fixtures.RootReportingEvents;
import io.github.duckdbthreads.fixtures.SelfServingTask;
import io.github.duckdbthreads.fixtures.UnsealedScope;
import io.github.duckdbthreads.fixtures.executor.QueryingScheduler;
import io.github.duckdbthreads.fixtures.executor.ReportingScheduler;

/**
 * Every architecture rule fails on a class that breaks it, so none of them can pass vacuously. The classes
 * are checked among all of this project's classes, production and test, so that a rule that follows paths
 * follows them through the production classes a violator reaches.
 */
class ArchitectureRuleTests {

    private static final JavaClasses ALL = new ClassFileImporter().importPackages("io.github.duckdbthreads");

    static Stream<Arguments> rulesAndViolators() {
        return Stream.of(
                Arguments.of("core_is_layered_from_the_contract_up_to_the_command_line",
                        ArchitectureTests.core_is_layered_from_the_contract_up_to_the_command_line,
                        ContractReachingDown.class),
                Arguments.of("core_is_layered_from_the_contract_up_to_the_command_line",
                        ArchitectureTests.core_is_layered_from_the_contract_up_to_the_command_line,
                        ReportingScheduler.class),
                Arguments.of("only_the_workload_defines_tasks",
                        ArchitectureTests.only_the_workload_defines_tasks, ForgedTask.class),
                Arguments.of("only_the_database_opens_or_duplicates_connections",
                        ArchitectureTests.only_the_database_opens_or_duplicates_connections, RogueOpener.class),
                Arguments.of("nothing_a_task_reaches_reaches_the_root",
                        ArchitectureTests.nothing_a_task_reaches_reaches_the_root, SelfServingTask.class),
                Arguments.of("nothing_a_task_reaches_reaches_the_root",
                        ArchitectureTests.nothing_a_task_reaches_reaches_the_root, HelpedTask.class),
                Arguments.of("nothing_a_task_reaches_reaches_the_root",
                        ArchitectureTests.nothing_a_task_reaches_reaches_the_root, UnwrappingTask.class),
                Arguments.of("nothing_a_task_event_listener_reaches_reaches_the_root",
                        ArchitectureTests.nothing_a_task_event_listener_reaches_reaches_the_root,
                        RootReportingEvents.class),
                Arguments.of("tasks_reach_the_database_through_the_connection_source",
                        ArchitectureTests.tasks_reach_the_database_through_the_connection_source,
                        SelfServingTask.class),
                Arguments.of("demo_modules_only_schedule_tasks",
                        ArchitectureTests.demo_modules_only_schedule_tasks, QueryingScheduler.class),
                Arguments.of("demo_modules_only_schedule_tasks",
                        ArchitectureTests.demo_modules_only_schedule_tasks, ReportingScheduler.class),
                Arguments.of("only_one_class_uses_the_structured_concurrency_preview",
                        ArchitectureTests.only_one_class_uses_the_structured_concurrency_preview,
                        UnsealedScope.class));
    }

    @ParameterizedTest(name = "{0} fails on {2}")
    @MethodSource("rulesAndViolators")
    void ruleFailsOnAClassThatBreaksIt(String name, ArchRule rule, Class<?> violator) {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> rule.check(ALL))
                .withMessageContaining(violator.getName());
    }
}
