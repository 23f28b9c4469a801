package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.cli.ExitStatus;
import io.github.duckdbthreads.core.cli.Runner;

/** Every demo reads the one declaration of the workload's flags, and takes only the model flags its model uses. */
class CommandLineTests {

    @ParameterizedTest(name = "{0} {1} {2}: {3}", quoteTextArguments = false)
    @CsvSource(delimiter = '|', textBlock = """
            platform-threads | --threads       | 2 | demo-platform-threads: Unknown options: '--threads', '2' (see --help)
            platform-threads | --max-in-flight | 2 | demo-platform-threads: Unknown options: '--max-in-flight', '2' (see --help)
            executor         | --max-in-flight | 2 | demo-executor: Unknown options: '--max-in-flight', '2' (see --help)
            executor         | --threads       | 0 | demo-executor: --threads must be at least 1, got 0 (see --help)
            virtual-threads  | --threads       | 2 | demo-virtual-threads: Unknown options: '--threads', '2' (see --help)
            virtual-threads  | --max-in-flight | 0 | demo-virtual-threads: --max-in-flight must be at least 1, got 0 (see --help)
            """)
    void refusesAModelFlagItsModelHasNoUseFor(Model model, String flag, String value, String message) {
        Console console = new Console();

        int status = Runner.run(model.demo(), new String[] {"--db", ":memory:", flag, value},
                console.outStream, console.errStream);

        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(console.err()).containsExactly(message);
        assertThat(console.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2} runs {3}", quoteTextArguments = false)
    @CsvSource(textBlock = """
            executor,        --threads,       3, executor
            virtual-threads, --max-in-flight, 2, virtual-threads-bounded
            """)
    void runsTheModelItsFlagsAskFor(Model model, String flag, String value, String name) {
        Console console = new Console();

        int status = Runner.run(model.demo(), new String[] {"--db", ":memory:", flag, value},
                console.outStream, console.errStream);

        assertThat(status).as(String.join("\n", console.err())).isEqualTo(ExitStatus.OK);
        assertThat(console.out().getLast()).startsWith(name + ": 50 writers, 5 readers, 50 rows, ");
    }
}
