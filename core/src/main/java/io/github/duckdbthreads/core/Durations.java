package io.github.duckdbthreads.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code --timeout} values as people type them ({@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}) or in ISO-8601. */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private Durations() {
    }

    /** A positive duration, e.g. a timeout. @throws IllegalArgumentException with a line a user can act on */
    public static Duration parse(String text) {
        Duration duration = parseNonNegative(text);
        if (duration.isZero()) {
            throw new IllegalArgumentException("must be more than zero, got '" + text + "'");
        }
        return duration;
    }

    /** A duration of zero or more, e.g. a latency. @throws IllegalArgumentException with a line a user can act on */
    public static Duration parseNonNegative(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher shorthand = SHORT.matcher(value);
        if (shorthand.matches()) {
            long amount = Long.parseLong(shorthand.group(1));
            duration = switch (shorthand.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        } else {
            try {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration: use e.g. 500ms, 30s, 2m, 1h or PT30S");
            }
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("must not be negative, got '" + text + "'");
        }
        return duration;
    }

    /** The shortest of the forms {@link #parse} reads that says the same duration. */
    public static String format(Duration duration) {
        if (duration.toMillisPart() != 0 || duration.toSeconds() == 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
