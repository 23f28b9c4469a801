package io.github.duckdbthreads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import picocli.CommandLine.ParameterException;

import io.github.duckdbthreads.compare.Compare;
import io.github.duckdbthreads.compare.Models;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.Runner;

/**
 * A command line in the docs that runs a module ({@code mvn} or {@code ./mvnw}, {@code -pl <module>},
 * {@code exec:java}, {@code -Dexec.args="..."}) is one that module's command accepts, or refuses where the
 * line ends in a comment saying {@code refused}; and every {@code --flag} named in inline code is taken by
 * some command, or is the JVM's (.mvn/jvm.config). Command lines are only parsed and checked, as each command
 * does before it runs anything: nothing runs.
 */
final class CommandCheck {

    private static final Map<String, Demo> DEMOS = Models.DEMOS.stream()
            .collect(Collectors.toMap(Demo::command, demo -> demo));
    private static final String COMPARE = "compare";

    private static final Pattern MAVEN = Pattern.compile("(?:.*/)?mvnw?(?:\\.cmd)?");
    private static final String EXEC_ARGS = "-Dexec.args=";
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");
    /** compare's flags that name a file: one to write, or the Node.js program to time. */
    private static final Set<String> FILE_FLAGS = Set.of("--json", "--report", "--node-bench");

    /** A line of the docs that runs {@code module} with {@code args}, and whether it says it is refused. */
    record DocumentedRun(int line, String text, String module, List<String> args, boolean refused) {
    }

    private final Path root;
    private final Map<String, Set<String>> flagsByCommand = new LinkedHashMap<>();
    private final Set<String> jvmFlags;

    CommandCheck(Path root) {
        this.root = root;
        DEMOS.keySet().stream().sorted().forEach(module -> flagsByCommand.put(module, flagsInHelp(
                out -> Runner.parse(DEMOS.get(module), new String[] {"--help"}, out))));
        flagsByCommand.put(COMPARE, flagsInHelp(out -> Compare.run(new String[] {"--help"}, out, out)));
        this.jvmFlags = jvmFlags(root.resolve(".mvn/jvm.config"));
    }

    /** Each command line on the page that runs a module, accepted by it, or refused where it says so. */
    List<DocProblem> commandLineProblems(MarkdownPage page) {
        List<DocProblem> problems = new ArrayList<>();
        for (DocumentedRun run : documentedRuns(page)) {
            if (!flagsByCommand.containsKey(run.module())) {
                problems.add(new DocProblem(page, run.line(), "-pl " + run.module() + " is not a module with a command ("
                        + String.join(", ", flagsByCommand.keySet()) + ")", run.text()));
                continue;
            }
            Optional<String> refusal = refusal(run.module(), run.args());
            if (run.refused() && refusal.isEmpty()) {
                problems.add(new DocProblem(page, run.line(), "marked refused, but " + run.module() + " accepts it", run.text()));
            } else if (!run.refused() && refusal.isPresent()) {
                problems.add(new DocProblem(page, run.line(), run.module() + " refuses it (" + refusal.get() + ")",
                        run.text()));
            }
        }
        return problems;
    }

    /** Each {@code --flag} in the page's inline code is taken by some command, or is one of the JVM's. */
    List<DocProblem> flagProblems(MarkdownPage page) {
        List<DocProblem> problems = new ArrayList<>();
        for (MarkdownPage.CodeSpan span : page.codeSpans()) {
            Matcher flag = FLAG.matcher(span.text());
            while (flag.find()) {
                String name = flag.group();
                if (!jvmFlags.contains(name) && flagsByCommand.values().stream().noneMatch(flags -> flags.contains(name))) {
                    problems.add(new DocProblem(page, span.line(), "no command takes this flag ("
                            + String.join(", ", flagsByCommand.keySet()) + "), nor the JVM (.mvn/jvm.config)", name));
                }
            }
        }
        return problems;
    }

    /** The command lines in fenced blocks (a trailing backslash continues a line) and in inline code. */
    private static List<DocumentedRun> documentedRuns(MarkdownPage page) {
        List<DocumentedRun> runs = new ArrayList<>();
        for (MarkdownPage.FencedBlock block : page.fencedBlocks()) {
            StringBuilder command = new StringBuilder();
            int first = block.firstLine();
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i);
                if (command.isEmpty()) {
                    first = block.firstLine() + i;
                }
                if (line.endsWith("\\")) {
                    command.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                String joined = command.append(line).toString().replaceAll("\\s+", " ");
                documentedRun(first, joined).ifPresent(runs::add);
                command.setLength(0);
            }
        }
        for (MarkdownPage.CodeSpan span : page.codeSpans()) {
            documentedRun(span.line(), span.text()).ifPresent(runs::add);
        }
        return runs;
    }

    private static Optional<DocumentedRun> documentedRun(int line, String text) {
        Shell.Words command = Shell.split(text);
        List<String> words = command.words();
        int projects = words.indexOf("-pl");
        if (words.isEmpty() || !MAVEN.matcher(words.getFirst()).matches() || !words.contains("exec:java")
                || projects < 0 || projects + 1 == words.size()) {
            return Optional.empty();
        }
        List<String> args = words.stream()
                .filter(word -> word.startsWith(EXEC_ARGS))
                .findFirst()
                .map(word -> Shell.split(word.substring(EXEC_ARGS.length())).words())
                .orElse(List.of());
        return Optional.of(new DocumentedRun(line, text.strip(), words.get(projects + 1), args,
                command.comment().contains("refused")));
    }

    /** Why {@code module}'s command refuses {@code args}, as it would say so with exit status 2; empty if it takes them. */
    private Optional<String> refusal(String module, List<String> args) {
        try {
            if (module.equals(COMPARE)) {
                parseCompare(fromTheRoot(args));
            } else {
                parseDemo(DEMOS.get(module), args);
            }
            return Optional.empty();
        } catch (ParameterException | Refused refused) {
            return Optional.of(refused.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** As the demo reads it, through the demos' own parser. */
    private static void parseDemo(Demo demo, List<String> args) {
        Runner.parse(demo, args.toArray(String[]::new), new PrintStream(OutputStream.nullOutputStream()));
    }

    /** As compare reads it, up to the point where it would start measuring ({@code --dry-run}). */
    private static void parseCompare(List<String> args) {
        List<String> dryRun = new ArrayList<>(args);
        dryRun.add("--dry-run");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Compare.run(dryRun.toArray(String[]::new), new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new Refused(err.toString(StandardCharsets.UTF_8).strip().replaceFirst("^compare: ", "")
                    .replaceFirst(" \\(see --help\\)$", ""));
        }
    }

    /** compare's one line, as a refusal. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String line) {
            super(line);
        }
    }

    /**
     * compare refuses an output file whose directory does not exist and a program that does not exist, and a
     * relative one is relative to where it runs: the docs' commands run from the repository root, this test from
     * its module's directory.
     */
    private List<String> fromTheRoot(List<String> args) {
        List<String> resolved = new ArrayList<>(args);
        for (int i = 0; i + 1 < resolved.size(); i++) {
            if (FILE_FLAGS.contains(resolved.get(i)) && !Path.of(resolved.get(i + 1)).isAbsolute()) {
                resolved.set(i + 1, root.resolve(resolved.get(i + 1)).toString());
            }
        }
        return resolved;
    }

    /** The flags a command's help lists: what it takes, as its users see it. */
    private static Set<String> flagsInHelp(Consumer<PrintStream> help) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        help.accept(new PrintStream(out, true, StandardCharsets.UTF_8));
        return FLAG.matcher(out.toString(StandardCharsets.UTF_8)).results()
                .map(MatchResult::group)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> jvmFlags(Path config) {
        try {
            if (!Files.exists(config)) {
                return Set.of();
            }
            return FLAG.matcher(Files.readString(config)).results()
                    .map(MatchResult::group)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
