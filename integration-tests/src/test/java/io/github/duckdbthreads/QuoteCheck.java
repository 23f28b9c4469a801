package io.github.duckdbthreads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced block that a page marks as quoted, with {@code <!-- quote: core/src/main/java/.../TaskSteps.java#steps -->}
 * on the line right before its opening fence, is the region of that source file between
 * {@code // tag::steps[]} and {@code // end::steps[]}, as written there but for the indentation the region
 * shares (the convention of Asciidoctor's tagged includes). Lines that mark other tags inside the region are
 * left out. Only files under {@value #QUOTABLE} may be quoted for now.
 */
final class QuoteCheck {

    /** Production sources of any module: what the docs teach is what runs. */
    static final String QUOTABLE = "/src/main/java/";

    private static final Pattern MARKER = Pattern.compile("<!--\\s*quote:\\s*(\\S+?)#([\\w-]+)\\s*-->");
    private static final Pattern ANY_TAG = Pattern.compile("^\\s*//\\s*(?:tag|end)::[\\w-]+\\[]\\s*$");

    private QuoteCheck() {
    }

    static List<DocProblem> problems(MarkdownPage page) {
        List<DocProblem> problems = new ArrayList<>();
        for (int number = 1; number <= page.lineCount(); number++) {
            Matcher marker = MARKER.matcher(page.prose(number));
            if (!marker.find()) {
                continue;
            }
            int at = number;
            Optional<MarkdownPage.FencedBlock> block = page.fencedBlocks().stream()
                    .filter(fenced -> fenced.firstLine() == at + 2)
                    .findFirst();
            Optional<String> problem = block.isEmpty()
                    ? Optional.of("no fenced block right after the marker")
                    : problem(page.root(), marker.group(1), marker.group(2), block.get().lines());
            problem.ifPresent(what -> problems.add(new DocProblem(page, at, what, marker.group())));
        }
        return problems;
    }

    /** Why {@code quoted} is not the region {@code tag} of {@code file}; empty when it is. */
    private static Optional<String> problem(Path root, String file, String tag, List<String> quoted) {
        if (!file.contains(QUOTABLE) || file.startsWith("/") || file.contains("..")) {
            return Optional.of("quotes only from a module's production sources (MODULE" + QUOTABLE + "...)");
        }
        List<String> source;
        try {
            source = Files.readAllLines(root.resolve(file));
        } catch (IOException e) {
            return Optional.of(file + " cannot be read");
        }
        Optional<List<String>> region = region(source, tag);
        if (region.isEmpty()) {
            return Optional.of(file + " has no region // tag::" + tag + "[] ... // end::" + tag + "[]");
        }
        List<String> expected = region.get();
        for (int line = 0; line < Math.max(expected.size(), quoted.size()); line++) {
            String want = line < expected.size() ? expected.get(line) : "(the region has ended)";
            String got = line < quoted.size() ? quoted.get(line) : "(the block has ended)";
            if (!want.stripTrailing().equals(got.stripTrailing())) {
                return Optional.of("line " + (line + 1) + " of the block is '" + got.strip() + "', " + file + "#" + tag
                        + " has '" + want.strip() + "'");
            }
        }
        return Optional.empty();
    }

    /** The lines between the tag's start and end, other tags' lines left out, their shared indentation removed. */
    static Optional<List<String>> region(List<String> source, String tag) {
        Pattern start = Pattern.compile("^\\s*//\\s*tag::" + Pattern.quote(tag) + "\\[]\\s*$");
        Pattern end = Pattern.compile("^\\s*//\\s*end::" + Pattern.quote(tag) + "\\[]\\s*$");
        int first = -1;
        for (int i = 0; i < source.size(); i++) {
            if (first < 0 && start.matcher(source.get(i)).matches()) {
                first = i + 1;
            } else if (first >= 0 && end.matcher(source.get(i)).matches()) {
                List<String> lines = source.subList(first, i).stream()
                        .filter(line -> !ANY_TAG.matcher(line).matches())
                        .toList();
                int indent = lines.stream().filter(line -> !line.isBlank())
                        .mapToInt(line -> line.length() - line.stripLeading().length())
                        .min().orElse(0);
                return Optional.of(lines.stream()
                        .map(line -> line.isBlank() ? "" : line.substring(indent))
                        .toList());
            }
        }
        return Optional.empty();
    }
}
