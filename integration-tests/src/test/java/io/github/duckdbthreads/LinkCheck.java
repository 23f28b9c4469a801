package io.github.duckdbthreads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A relative link leads somewhere: to a file or directory of the repository and, after a {@code #}, to
 * a heading of that page (or of this one, for {@code (#anchor)}) as GitHub names it.
 */
final class LinkCheck {

    private static final Pattern ABSOLUTE = Pattern.compile("^(?:https?|mailto):", Pattern.CASE_INSENSITIVE);

    private LinkCheck() {
    }

    static List<DocProblem> problems(MarkdownPage page) {
        List<DocProblem> problems = new ArrayList<>();
        for (MarkdownPage.Link link : page.links()) {
            String target = link.target();
            if (ABSOLUTE.matcher(target).find()) {
                continue;
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            Path resolved = file.isEmpty() ? page.file()
                    : file.startsWith("/") ? page.root().resolve(file.substring(1)).normalize()
                    : page.file().resolveSibling(file).normalize();
            if (!resolved.startsWith(page.root())) {
                problems.add(new DocProblem(page, link.line(), "leads out of the repository", target));
            } else if (!file.isEmpty() && !Files.exists(resolved)) {
                problems.add(new DocProblem(page, link.line(), "no such file or directory", target));
            } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
                // Only a Markdown page has headings to check; GitHub's #L10 anchors into source files are left alone.
                String anchor = target.substring(hash + 1);
                Set<String> anchors = file.isEmpty() ? page.anchors()
                        : MarkdownPage.read(page.root(), page.root().relativize(resolved).toString()).anchors();
                if (!anchors.contains(anchor)) {
                    problems.add(new DocProblem(page, link.line(), "no heading with the anchor #" + anchor
                            + " in " + (file.isEmpty() ? "this page" : file), target));
                }
            }
        }
        return problems;
    }
}
