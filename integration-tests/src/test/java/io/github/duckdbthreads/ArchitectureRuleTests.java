package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import io.github.duckdbthreads.fixtures.RogueOpener;
import io.github.duckdbthreads.fixtures.SelfServingTask;
import io.github.duckdbthreads.fixtures.UnsealedScope;
import io.github.duckdbthreads.fixtures.executor.QueryingScheduler;

/** Every architecture rule fails on a class that breaks it, so none of them can pass vacuously. */
class ArchitectureRuleTests {

    static Stream<Arguments> rulesAndViolators() {
        return Stream.of(
                Arguments.of("only_the_database_opens_or_duplicates_connections",
                        ArchitectureTests.only_the_database_opens_or_duplicates_connections, RogueOpener.class),
                Arguments.of("tasks_never_hold_a_connection_of_their_own_making",
                        ArchitectureTests.tasks_never_hold_a_connection_of_their_own_making, SelfServingTask.class),
                Arguments.of("tasks_reach_the_database_through_the_connection_source",
                        ArchitectureTests.tasks_reach_the_database_through_the_connection_source,
                        SelfServingTask.class),
                Arguments.of("demo_modules_only_schedule_tasks",
                        ArchitectureTests.demo_modules_only_schedule_tasks, QueryingScheduler.class),
                Arguments.of("only_one_class_uses_the_structured_concurrency_preview",
                        ArchitectureTests.only_one_class_uses_the_structured_concurrency_preview,
                        UnsealedScope.class));
    }

    @ParameterizedTest(name = "{0} fails on {2}")
    @MethodSource("rulesAndViolators")
    void ruleFailsOnAClassThatBreaksIt(String name, ArchRule rule, Class<?> violator) {
        JavaClasses classes = new ClassFileImporter().importClasses(violator);

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> rule.check(classes))
                .withMessageContaining(violator.getName());
    }
}
