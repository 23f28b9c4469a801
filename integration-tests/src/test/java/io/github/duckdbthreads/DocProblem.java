package io.github.duckdbthreads;

/**
 * Something a page says that is not so, where it says it: {@code docs/models.md:42: <what is wrong>: <the text>},
 * the form editors and terminals turn into a link to the line.
 */
record DocProblem(String page, int line, String problem, String text) {

    DocProblem(MarkdownPage page, int line, String problem, String text) {
        this(page.path(), line, problem, text);
    }

    @Override
    public String toString() {
        return page + ":" + line + ": " + problem + ": " + text;
    }
}
