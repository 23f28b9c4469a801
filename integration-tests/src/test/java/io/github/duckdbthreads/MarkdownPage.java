package io.github.duckdbthreads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page as {@link DocsTests} reads it: its fenced code blocks, its inline code spans, its links
 * and its headings' anchors, each with the line it is on, so that every problem can name its line. Not a
 * CommonMark parser: enough of one for these pages, and on the safe side where a mistake would hide text
 * from the checks (an unclosed fence runs to the end of the page, as on GitHub).
 */
final class MarkdownPage {

    /** A fenced code block: its info string ({@code shell}, {@code java}, or empty) and its lines. */
    record FencedBlock(int firstLine, String info, List<String> lines) {
    }

    /** An inline code span's content, line breaks read as spaces, and the line it starts on. */
    record CodeSpan(int line, String text) {
    }

    /** A link's target as written, {@code [text](target)} or {@code [label]: target}. */
    record Link(int line, String target) {
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[[^\\]]*]\\(\\s*<?([^\\s)>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*<?([^\\s>]+)>?");

    private final Path root;
    private final String path;
    private final List<String> lines;
    private final List<FencedBlock> fencedBlocks = new ArrayList<>();
    private final List<CodeSpan> codeSpans = new ArrayList<>();
    /** Every line outside fenced blocks with its code spans blanked out; fenced lines are empty here. */
    private final List<String> prose = new ArrayList<>();
    private final boolean[] fenced;
    /** First and last line of each paragraph, see {@link #readParagraphs()}. */
    private final List<int[]> paragraphs = new ArrayList<>();

    private MarkdownPage(Path root, String path, String text) {
        this.root = root;
        this.path = path;
        this.lines = text.lines().toList();
        this.fenced = new boolean[lines.size()];
        readBlocks();
    }

    /** The page at {@code path}, relative to the repository root. */
    static MarkdownPage read(Path root, String path) {
        try {
            return new MarkdownPage(root, path, Files.readString(root.resolve(path)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** A page that is not on disk, as if it were at {@code path}: for the tests of the checks themselves. */
    static MarkdownPage of(Path root, String path, String text) {
        return new MarkdownPage(root, path, text);
    }

    Path root() {
        return root;
    }

    /** The page's path relative to the repository root, with forward slashes, as problems name it. */
    String path() {
        return path;
    }

    Path file() {
        return root.resolve(path);
    }

    List<FencedBlock> fencedBlocks() {
        return fencedBlocks;
    }

    List<CodeSpan> codeSpans() {
        return codeSpans;
    }

    /** Line {@code number} (from 1) as prose: empty inside a fenced block, blanks where code spans were. */
    String prose(int number) {
        return prose.get(number - 1);
    }

    int lineCount() {
        return lines.size();
    }

    /** Inline and image links, and reference definitions, outside code. */
    List<Link> links() {
        List<Link> links = new ArrayList<>();
        forEachParagraph((text, first) -> {
            Matcher link = INLINE_LINK.matcher(text);
            while (link.find()) {
                links.add(new Link(first + lineOffset(text, link.start(1)), link.group(1)));
            }
        });
        for (int number = 1; number <= lines.size(); number++) {
            Matcher definition = REFERENCE_DEFINITION.matcher(prose(number));
            if (definition.find()) {
                links.add(new Link(number, definition.group(1)));
            }
        }
        return links;
    }

    /** The anchors GitHub gives this page's headings, duplicates numbered {@code -1}, {@code -2}, ... */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            if (isFenced(number)) {
                continue;
            }
            Matcher heading = HEADING.matcher(lines.get(number - 1));
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        }
        return anchors;
    }

    /**
     * GitHub's anchor for a heading: its text as shown (a link shows its text), lower case, without
     * anything but letters, digits, spaces, hyphens and underscores, each space a hyphen.
     */
    static String slug(String heading) {
        return heading.strip()
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    @Override
    public String toString() {
        return path;
    }

    private boolean isFenced(int number) {
        return fenced[number - 1];
    }

    /** Splits the page into fenced blocks and prose, then finds the code spans in the prose. */
    private void readBlocks() {
        int number = 1;
        while (number <= lines.size()) {
            Matcher fence = FENCE.matcher(lines.get(number - 1));
            if (fence.matches()) {
                number = readFence(number, fence.group(1), fence.group(2).strip());
            } else {
                prose.add(lines.get(number - 1));
                number++;
            }
        }
        readParagraphs();
        forEachParagraph(this::readCodeSpans);
    }

    /** @return the number of the line after the closing fence */
    private int readFence(int opening, String marker, String info) {
        Pattern closing = Pattern.compile("^\\s*[" + marker.charAt(0) + "]{" + marker.length() + ",}\\s*$");
        List<String> content = new ArrayList<>();
        fenced[opening - 1] = true;
        prose.add("");
        int number = opening + 1;
        while (number <= lines.size() && !closing.matcher(lines.get(number - 1)).matches()) {
            content.add(lines.get(number - 1));
            fenced[number - 1] = true;
            prose.add("");
            number++;
        }
        if (number <= lines.size()) {
            fenced[number - 1] = true;
            prose.add("");
            number++;
        }
        fencedBlocks.add(new FencedBlock(opening + 1, info, content));
        return number;
    }

    /**
     * The runs of prose lines in which a code span or a link may cross a line break: a blank line or a
     * fence ends one, and a heading, a table row or a list item starts one of its own.
     */
    private void readParagraphs() {
        int number = 1;
        while (number <= lines.size()) {
            if (fenced[number - 1] || lines.get(number - 1).isBlank()) {
                number++;
                continue;
            }
            int first = number;
            number++;
            while (number <= lines.size() && !fenced[number - 1] && !lines.get(number - 1).isBlank()
                    && !startsABlock(lines.get(number - 1)) && !isTableRow(lines.get(number - 2))) {
                number++;
            }
            paragraphs.add(new int[] {first, number - 1});
        }
    }

    private static boolean startsABlock(String line) {
        return HEADING.matcher(line).matches() || isTableRow(line) || LIST_ITEM.matcher(line).lookingAt();
    }

    private static boolean isTableRow(String line) {
        return line.strip().startsWith("|");
    }

    /** Finds a paragraph's code spans, then blanks them out of its prose (keeping every column in place). */
    private void readCodeSpans(String text, int first) {
        StringBuilder blanked = new StringBuilder(text);
        int at = 0;
        while (at < text.length()) {
            if (text.charAt(at) != '`' || (at > 0 && text.charAt(at - 1) == '\\')) {
                at++;
                continue;
            }
            int run = runOfBackticks(text, at);
            int closing = closingRun(text, at + run, run);
            if (closing < 0) {
                // No closer of the same length: the backticks are literal, as CommonMark reads them.
                at += run;
                continue;
            }
            String content = text.substring(at + run, closing).replace('\n', ' ');
            if (content.length() > 1 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
                content = content.substring(1, content.length() - 1);
            }
            codeSpans.add(new CodeSpan(first + lineOffset(text, at), content));
            for (int i = at; i < closing + run; i++) {
                if (blanked.charAt(i) != '\n') {
                    blanked.setCharAt(i, ' ');
                }
            }
            at = closing + run;
        }
        List<String> blankedLines = List.of(blanked.toString().split("\n", -1));
        for (int i = 0; i < blankedLines.size(); i++) {
            prose.set(first - 1 + i, blankedLines.get(i));
        }
    }

    /** Each paragraph's prose, its lines joined with line breaks. */
    private void forEachParagraph(ObjIntConsumer<String> action) {
        for (int[] paragraph : paragraphs) {
            action.accept(String.join("\n", prose.subList(paragraph[0] - 1, paragraph[1])), paragraph[0]);
        }
    }

    private static int runOfBackticks(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - at;
    }

    private static int closingRun(String text, int from, int length) {
        int at = from;
        while (at < text.length()) {
            if (text.charAt(at) == '`') {
                int run = runOfBackticks(text, at);
                if (run == length) {
                    return at;
                }
                at += run;
            } else {
                at++;
            }
        }
        return -1;
    }

    private static int lineOffset(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    }
}
