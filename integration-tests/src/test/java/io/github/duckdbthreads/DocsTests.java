package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * README.md and docs/**&#47;*.md stay true while the code changes under them: links lead somewhere, the classes
 * and methods named in code exist, the command lines are taken by their command, and the numbers quoted from
 * results are the results'. A failure names the page, the line and the text, so that whoever changed the code
 * can fix the page at once. The tests after those feed each check a page with mistakes in it, so that no
 * check passes by finding nothing.
 */
class DocsTests {

    private static final Path ROOT = repositoryRoot();
    private static final JavaNameCheck JAVA_NAMES = new JavaNameCheck(ROOT);
    private static final CommandCheck COMMANDS = new CommandCheck(ROOT);

    /** The project's pages: the README and docs/, but not the packages {@code npm ci} puts under an example. */
    static Stream<MarkdownPage> pages() throws IOException {
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            List<Path> pages = Stream.concat(Stream.of(ROOT.resolve("README.md")),
                    docs.filter(file -> file.toString().endsWith(".md"))
                            .filter(file -> !ROOT.relativize(file).toString().contains("node_modules"))
                            .sorted()).toList();
            return pages.stream().map(file -> MarkdownPage.read(ROOT,
                    ROOT.relativize(file).toString().replace(File.separatorChar, '/')));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void relativeLinksLeadToAFileAndAHeading(MarkdownPage page) {
        assertNoProblems(LinkCheck.problems(page));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void classesAndMembersNamedInCodeExist(MarkdownPage page) {
        assertNoProblems(JAVA_NAMES.problems(page));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void commandLinesAreTakenByTheirCommandOrRefusedWhereTheySaySo(MarkdownPage page) {
        assertNoProblems(COMMANDS.commandLineProblems(page));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void flagsNamedInCodeAreTakenByACommand(MarkdownPage page) {
        assertNoProblems(COMMANDS.flagProblems(page));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void numbersQuotedFromResultsAreTheResults(MarkdownPage page) {
        assertNoProblems(ResultCheck.problems(page));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void quotedCodeIsTheTaggedRegionOfItsSource(MarkdownPage page) {
        assertNoProblems(QuoteCheck.problems(page));
    }

    @Test
    void reportsALinkToAMissingFileOrHeading(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/target.md"), """
                # Target
                ## Twice
                ## Twice
                """);
        MarkdownPage page = MarkdownPage.of(root, "docs/page.md", """
                # A page
                [fine](target.md#twice-1), [fine](#a-page), [fine](https://example.org/nowhere), [fine](../docs)
                [a missing file](missing.md)
                [a missing heading](target.md#twice-2) and `[in code](missing.md)`
                ```
                [in a fence](missing.md)
                ```
                [on this page](#nowhere)

                [reference]: ../../outside.md
                """);

        assertThat(LinkCheck.problems(page)).map(DocProblem::toString).containsExactly(
                "docs/page.md:3: no such file or directory: missing.md",
                "docs/page.md:4: no heading with the anchor #twice-2 in target.md: target.md#twice-2",
                "docs/page.md:8: no heading with the anchor #nowhere in this page: #nowhere",
                "docs/page.md:10: leads out of the repository: ../../outside.md");
    }

    @ParameterizedTest(name = "{0} is #{1}", quoteTextArguments = false)
    @CsvSource(delimiter = '|', textBlock = """
            Why the flags in `.mvn/jvm.config`           | why-the-flags-in-mvnjvmconfig
            The rules, as code                           | the-rules-as-code
            Executor (`demo-executor`)                   | executor-demo-executor
            5000 writers, 500 readers, database :memory: | 5000-writers-500-readers-database-memory
            See [the results](results.md)                | see-the-results
            """)
    void givesAHeadingGitHubsAnchor(String heading, String anchor) {
        assertThat(MarkdownPage.slug(heading)).isEqualTo(anchor);
    }

    @Test
    void reportsAClassOrMemberThatDoesNotExist() {
        MarkdownPage page = MarkdownPage.of(ROOT, "docs/page.md", """
                Fine: `Runner`, `Runner.run(...)`, `ExitStatus#USAGE`, `ConnectionPolicy.Kind.POOLED`, `Thread.ofVirtual()`,
                `DuckDBConnection.duplicate()`, `StructuredTaskScope.Configuration.withTimeout`, `Thread.UncaughtExceptionHandler`,
                `ThreadLocal`, `Ctrl-C`, `SIGINT`, `Thread.join(500 ms)`, `Hello`.
                `Runner.parse(demo)` is fine, `Runner.parseArgs()`
                is not, nor `NoSuchThing` or
                `ConnectionPolicy.Kind.NOPE`.
                ```
                `NoSuchThingInAFence`
                ```
                """);

        assertThat(JAVA_NAMES.problems(page)).map(DocProblem::toString).containsExactly(
                "docs/page.md:4: Runner has no method parseArgs: Runner.parseArgs()",
                "docs/page.md:5: no class NoSuchThing in the project or in JavaNameCheck.PACKAGES: NoSuchThing",
                "docs/page.md:6: ConnectionPolicy.Kind has no method, field or enum constant NOPE: ConnectionPolicy.Kind.NOPE");
    }

    @Test
    void reportsACommandLineItsCommandDoesNotTakeAndARefusalThatIsNot() {
        MarkdownPage page = MarkdownPage.of(ROOT, "docs/page.md", """
                ```shell
                ./mvnw -pl demo-executor exec:java -Dexec.args="--threads 2 --db :memory:"
                ./mvnw -pl demo-platform-threads exec:java -Dexec.args="--threads 2"
                ./mvnw -q -pl compare -am compile exec:java \\
                    -Dexec.args="--runs 0"
                mvn -pl demo-virtual-threads exec:java -Dexec.args="--writers 1000001"   # refused: too many
                mvn -pl demo-virtual-threads exec:java -Dexec.args="--writers 5"         # refused, it says
                ./mvnw -pl core exec:java
                ```
                Or run `mvn -pl compare exec:java -Dexec.args="--warmup -1"`.
                """);

        assertThat(COMMANDS.commandLineProblems(page)).map(DocProblem::toString).containsExactly(
                "docs/page.md:3: demo-platform-threads refuses it (Unknown options: '--threads', '2'):"
                        + " ./mvnw -pl demo-platform-threads exec:java -Dexec.args=\"--threads 2\"",
                "docs/page.md:4: compare refuses it (--runs must be at least 1, got 0):"
                        + " ./mvnw -q -pl compare -am compile exec:java -Dexec.args=\"--runs 0\"",
                "docs/page.md:7: marked refused, but demo-virtual-threads accepts it:"
                        + " mvn -pl demo-virtual-threads exec:java -Dexec.args=\"--writers 5\" # refused, it says",
                "docs/page.md:8: -pl core is not a module with a command (demo-executor, demo-platform-threads,"
                        + " demo-virtual-threads, compare): ./mvnw -pl core exec:java",
                "docs/page.md:10: compare refuses it (--warmup must be zero or more, got -1):"
                        + " mvn -pl compare exec:java -Dexec.args=\"--warmup -1\"");
    }

    @Test
    void reportsAFlagNamedInCodeThatNoCommandTakes() {
        MarkdownPage page = MarkdownPage.of(ROOT, "docs/page.md", """
                | flag | meaning |
                | --- | --- |
                | `--writers N` | fine |
                | `--enable-preview` | the JVM's |
                | `--fast` | no such flag |
                """);

        assertThat(COMMANDS.flagProblems(page)).map(DocProblem::toString).containsExactly(
                "docs/page.md:5: no command takes this flag (demo-executor, demo-platform-threads,"
                        + " demo-virtual-threads, compare), nor the JVM (.mvn/jvm.config): --fast");
    }

    @Test
    void reportsANumberThatIsNotTheResultItQuotes(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve(ResultCheck.RESULTS));
        Files.writeString(root.resolve(ResultCheck.RESULTS).resolve("5000-memory.json"), """
                {"rows": [
                  {"model": "executor", "connections": "per-thread", "io_latency_ms": 0.0,
                   "tasks_per_second": 4162.7, "ratio_to_limit": 1.6449},
                  {"model": "executor", "connections": "per-thread", "io_latency_ms": 20.0,
                   "tasks_per_second": 97.31, "ratio_to_limit": 0.9},
                  {"model": "virtual-threads", "connections": "pooled(2)", "io_latency_ms": 0.0,
                   "probe_lag_p99_ms": 4.6, "ratio_to_limit": null}
                ],
                "yardsticks": [
                  {"program": "docs/examples/node-api/bench.mjs", "writers": 5000, "median_wall_ms": 1388.24,
                   "best_row_over_it": 1.512}
                ],
                "task_cost": {"tasks": 5000, "duplicate_us": 44.2}}
                """);
        MarkdownPage page = MarkdownPage.of(root, "docs/page.md", """
                Right: 4,163 tasks/s<!-- result: 5000-memory executor per-thread tasks_per_second io=0 -->,
                **1.64x**<!-- result: 5000-memory executor per-thread ratio_to_limit io=0 -->, 4.6 ms<!-- result: 5000-memory virtual-threads pooled probe_lag_p99_ms -->.
                Wrong: 97.4 tasks/s<!-- result: 5000-memory executor per-thread tasks_per_second io=20 -->
                Which one: 4,163<!-- result: 5000-memory executor per-thread tasks_per_second -->
                None: 1.0x<!-- result: 5000-memory virtual-threads pooled ratio_to_limit --> 3<!-- result: 50-memory limit per-thread writers -->
                No number: <!-- result: 5000-memory executor per-thread tasks_per_second io=0 -->
                Node: 1,388.2 ms<!-- result: 5000-memory yardstick bench.mjs median_wall_ms -->, 1.51x<!-- result: 5000-memory yardstick bench.mjs best_row_over_it writers=5000 -->, 1.6x<!-- result: 5000-memory yardstick other.mjs best_row_over_it -->
                Steps: 44 µs<!-- result: 5000-memory task-cost duplicate_us -->, 45 µs<!-- result: 5000-memory task-cost duplicate_us -->, 1<!-- result: 5000-memory task-cost close_us -->
                """);

        assertThat(ResultCheck.problems(page)).map(DocProblem::toString).containsExactly(
                "docs/page.md:3: docs/results/5000-memory.json has tasks_per_second 97.31, which is 97.3 to the"
                        + " decimals written: 97.4 tasks/s<!-- result: 5000-memory executor per-thread tasks_per_second io=20 -->",
                "docs/page.md:4: 2 rows executor per-thread in docs/results/5000-memory.json: name the point, e.g."
                        + " io=20 or writers=2000: 4,163<!-- result: 5000-memory executor per-thread tasks_per_second -->",
                "docs/page.md:5: no number ratio_to_limit in the row virtual-threads pooled of"
                        + " docs/results/5000-memory.json: 1.0x<!-- result: 5000-memory virtual-threads pooled ratio_to_limit -->",
                "docs/page.md:5: docs/results/50-memory.json does not exist:"
                        + " 3<!-- result: 50-memory limit per-thread writers -->",
                "docs/page.md:6: no number right before the marker:"
                        + " <!-- result: 5000-memory executor per-thread tasks_per_second io=0 -->",
                "docs/page.md:7: no row yardstick other.mjs in docs/results/5000-memory.json:"
                        + " 1.6x<!-- result: 5000-memory yardstick other.mjs best_row_over_it -->",
                "docs/page.md:8: docs/results/5000-memory.json has duplicate_us 44.2, which is 44 to the decimals"
                        + " written: 45 µs<!-- result: 5000-memory task-cost duplicate_us -->",
                "docs/page.md:8: no number close_us in the row task-cost of docs/results/5000-memory.json:"
                        + " 1<!-- result: 5000-memory task-cost close_us -->");
    }

    @Test
    void reportsAQuotedBlockThatIsNotItsTaggedRegion(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("core/src/main/java"));
        Files.writeString(root.resolve("core/src/main/java/Steps.java"), """
                class Steps {
                    void run() {
                        // tag::steps[]
                        start();
                        // tag::inner[]
                        work();
                        // end::inner[]
                        end();
                        // end::steps[]
                    }
                }
                """);
        Files.writeString(root.resolve("Outside.java"), "// tag::steps[]\n// end::steps[]\n");
        MarkdownPage page = MarkdownPage.of(root, "docs/page.md", """
                Right, the region without its shared indent and without the inner tag's lines:
                <!-- quote: core/src/main/java/Steps.java#steps -->
                ```java
                start();
                work();
                end();
                ```
                <!-- quote: core/src/main/java/Steps.java#steps -->
                ```java
                start();
                end();
                ```
                <!-- quote: core/src/main/java/Steps.java#nowhere -->
                ```java
                ```
                <!-- quote: Outside.java#steps -->
                ```java
                ```
                <!-- quote: core/src/main/java/Steps.java#inner -->

                ```java
                work();
                ```
                """);

        assertThat(QuoteCheck.problems(page)).map(DocProblem::toString).containsExactly(
                "docs/page.md:8: line 2 of the block is 'end();', core/src/main/java/Steps.java#steps has 'work();':"
                        + " <!-- quote: core/src/main/java/Steps.java#steps -->",
                "docs/page.md:13: core/src/main/java/Steps.java has no region // tag::nowhere[] ... // end::nowhere[]:"
                        + " <!-- quote: core/src/main/java/Steps.java#nowhere -->",
                "docs/page.md:16: quotes only from a module's production sources (MODULE/src/main/java/...): <!-- quote: Outside.java#steps -->",
                "docs/page.md:19: no fenced block right after the marker: <!-- quote: core/src/main/java/Steps.java#inner -->");
    }

    @ParameterizedTest(name = "{0} quotes {1}: {2}", quoteTextArguments = false)
    @CsvSource(delimiter = '|', textBlock = """
            4,163   | 4162.7  | true
            4163    | 4163.5  | false
            1.64    | 1.6449  | true
            1.6     | 1.66    | false
            0.82    | 0.815   | true
            1,000.5 | 1000.49 | true
            493     | 492.8   | true
            492.8   | 492     | false
            """)
    void quotesAResultRoundedHalfUpToTheDecimalsWritten(String written, BigDecimal result, boolean matches) {
        assertThat(ResultCheck.matches(written, result)).isEqualTo(matches);
    }

    private static void assertNoProblems(List<DocProblem> problems) {
        assertThat(problems)
                .withFailMessage(() -> problems.stream().map(DocProblem::toString).collect(Collectors.joining(
                        System.lineSeparator(), problems.size() + " to fix:" + System.lineSeparator(), "")))
                .isEmpty();
    }

    /** Surefire runs in the module's directory, an IDE perhaps in the root: the first directory up with both. */
    static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("pom.xml")) && Files.isDirectory(directory.resolve("docs"))) {
                return directory;
            }
        }
        throw new IllegalStateException("no directory with pom.xml and docs/ at or above " + start);
    }
}
