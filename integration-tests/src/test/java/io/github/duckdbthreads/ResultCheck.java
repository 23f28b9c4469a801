package io.github.duckdbthreads;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A number a page quotes from a comparison, marked {@code 4,163 tasks/s<!-- result: 5000-memory executor
 * per-thread tasks_per_second -->}, is that comparison's number, rounded to the decimals written. The marker
 * names a file of {@value #RESULTS} (written by compare's {@code --json}), a row by its model and connections
 * ({@code pooled} stands for any pool size), a field of the row, and optionally the point of a sweep
 * ({@code io=20}, {@code writers=2000}). Another client timed beside the rows ({@code --node-bench}) is the
 * row {@code yardstick PROGRAM}, e.g. {@code <!-- result: node-2.0.0.1 yardstick bench.mjs median_wall_ms -->};
 * one task's steps ({@code --task-cost}) are {@code task-cost}, followed by the step alone, e.g.
 * {@code <!-- result: task-cost-1 task-cost prepare_us -->}.
 */
final class ResultCheck {

    static final String RESULTS = "docs/results";

    private static final Pattern MARKER = Pattern.compile("<!--\\s*result:(.*?)-->");
    /** The number right before a marker (4,163 or 1.64), then perhaps a unit ({@code  ms}, {@code x}, {@code  tasks/s}) and bold's end. */
    private static final Pattern QUOTED = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?: ?[\\p{L}%/]+)?[*_]*$");
    /** {@code io=20} stands for the row's {@code io_latency_ms}; any other point is named by its field. */
    private static final String IO = "io";
    /** The model word that names another client's line rather than a row: its program is the next word. */
    private static final String YARDSTICK = "yardstick";
    /** The word that names one task's steps ({@code compare --task-cost}), followed by the step's field only. */
    private static final String TASK_COST = "task-cost";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultCheck() {
    }

    static List<DocProblem> problems(MarkdownPage page) {
        List<DocProblem> problems = new ArrayList<>();
        for (int number = 1; number <= page.lineCount(); number++) {
            String line = page.prose(number);
            Matcher marker = MARKER.matcher(line);
            while (marker.find()) {
                String before = line.substring(0, marker.start());
                Matcher quoted = QUOTED.matcher(before);
                boolean hasNumber = quoted.find();
                String text = (hasNumber ? quoted.group() : "") + marker.group();
                Optional<String> problem = hasNumber
                        ? problem(page.root(), quoted.group(1), marker.group(1).strip())
                        : Optional.of("no number right before the marker");
                int at = number;
                problem.ifPresent(what -> problems.add(new DocProblem(page, at, what, text)));
            }
        }
        return problems;
    }

    /** Why {@code written} is not the result {@code reference} names; empty when it is. */
    private static Optional<String> problem(Path root, String written, String reference) {
        String[] words = reference.split("\\s+");
        boolean steps = words.length == 3 && words[1].equals(TASK_COST);
        if (!steps && (words.length < 4 || words.length > 5 || (words.length == 5 && !words[4].contains("=")))) {
            return Optional.of("a marker names a file, a model, its connections, a field, and perhaps a point"
                    + " such as io=20 or writers=2000; or a file, task-cost and a field");
        }
        String file = RESULTS + "/" + words[0] + ".json";
        if (!Files.isRegularFile(root.resolve(file))) {
            return Optional.of(file + " does not exist");
        }
        JsonNode results;
        try {
            results = JSON.readTree(root.resolve(file).toFile());
        } catch (IOException e) {
            return Optional.of(file + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        String model = words[1];
        String connections = steps ? "" : words[2];
        String field = steps ? words[2] : words[3];
        Optional<String> point = words.length == 5 ? Optional.of(words[4]) : Optional.empty();
        List<JsonNode> rows = steps
                ? (results.path("task_cost").isObject() ? List.of(results.path("task_cost")) : List.of())
                : model.equals(YARDSTICK)
                ? StreamSupport.stream(results.path("yardsticks").spliterator(), false)
                        .filter(line -> Path.of(line.path("program").asText()).endsWith(connections))
                        .filter(line -> point.map(at -> isAt(line, at)).orElse(true))
                        .toList()
                : StreamSupport.stream(results.path("rows").spliterator(), false)
                        .filter(row -> row.path("model").asText().equals(model))
                        .filter(row -> sameConnections(row.path("connections").asText(), connections))
                        .filter(row -> point.map(at -> isAt(row, at)).orElse(true))
                        .toList();
        String row = steps ? model : model + " " + connections + point.map(at -> " " + at).orElse("");
        if (rows.isEmpty()) {
            return Optional.of("no row " + row + " in " + file);
        }
        if (rows.size() > 1) {
            return Optional.of(rows.size() + " rows " + row + " in " + file + ": name the point, e.g. io=20 or writers=2000");
        }
        JsonNode value = rows.getFirst().get(field);
        if (value == null || !value.isNumber()) {
            return Optional.of("no number " + field + " in the row " + row + " of " + file);
        }
        BigDecimal result = value.decimalValue();
        return matches(written, result) ? Optional.empty()
                : Optional.of(file + " has " + field + " " + result.toPlainString() + ", which is "
                        + rounded(result, written).toPlainString() + " to the decimals written");
    }

    /** Whether {@code written} (thousands separated by commas, or not) is {@code value} rounded to its decimals. */
    static boolean matches(String written, BigDecimal value) {
        return rounded(value, written).compareTo(new BigDecimal(written.replace(",", ""))) == 0;
    }

    private static BigDecimal rounded(BigDecimal value, String written) {
        return value.setScale(new BigDecimal(written.replace(",", "")).scale(), RoundingMode.HALF_UP);
    }

    /** {@code pooled} is any pool's size, {@code pooled(2)} only that one. */
    private static boolean sameConnections(String actual, String named) {
        return actual.equals(named) || !named.contains("(") && actual.startsWith(named + "(");
    }

    /** Whether the row is at the point {@code io=20} or {@code writers=2000}. */
    private static boolean isAt(JsonNode row, String point) {
        String name = point.substring(0, point.indexOf('='));
        String wanted = point.substring(point.indexOf('=') + 1);
        JsonNode value = row.get(name.equals(IO) ? "io_latency_ms" : name);
        if (value == null) {
            return false;
        }
        if (value.isNumber()) {
            try {
                return value.decimalValue().compareTo(new BigDecimal(wanted)) == 0;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return value.asText().equals(wanted);
    }
}
