package io.github.duckdbthreads;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell does, for the quoting the docs use: single quotes,
 * double quotes (with backslash escapes), backslashes, and a {@code #} starting a comment.
 */
final class Shell {

    /** The words of a line, quotes removed, and its comment without the {@code #} (empty if none). */
    record Words(List<String> words, String comment) {
    }

    private Shell() {
    }

    static Words split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int at = 0; at < line.length(); at++) {
            char c = line.charAt(at);
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                return new Words(words, line.substring(at + 1).strip());
            } else {
                word = word == null ? new StringBuilder() : word;
                if (c == '\'') {
                    int end = closing(line, at, '\'');
                    word.append(line, at + 1, end);
                    at = end;
                } else if (c == '"') {
                    at = doubleQuoted(line, at, word);
                } else if (c == '\\' && at + 1 < line.length()) {
                    word.append(line.charAt(++at));
                } else {
                    word.append(c);
                }
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return new Words(words, "");
    }

    /** Appends what stands between the double quotes at {@code open} and their closer; returns the closer's index. */
    private static int doubleQuoted(String line, int open, StringBuilder word) {
        int at = open + 1;
        while (at < line.length() && line.charAt(at) != '"') {
            char c = line.charAt(at);
            if (c == '\\' && at + 1 < line.length() && "\"\\$`".indexOf(line.charAt(at + 1)) >= 0) {
                c = line.charAt(++at);
            }
            word.append(c);
            at++;
        }
        return at;
    }

    /** The index of the next {@code quote} after {@code open}, or the line's end if it is never closed. */
    private static int closing(String line, int open, char quote) {
        int end = line.indexOf(quote, open + 1);
        return end < 0 ? line.length() : end;
    }
}
