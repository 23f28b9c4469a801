package io.github.duckdbthreads.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.database.Frame;

class DataFrameFormatterTests {

    private static final List<String> COLUMNS = List.of("thread_name", "insert_time");

    @Test
    void printsAShortTableWholeWithLeftAlignedIndexAndRightAlignedColumns() {
        Frame frame = Frame.of(COLUMNS, List.of(
                row("write_thread_3", LocalDateTime.of(2026, 11, 26, 9, 5, 1, 123_456_000)),
                row("write_thread_12", LocalDateTime.of(2026, 11, 26, 9, 5, 1, 124_000_000)),
                row("write_thread_0", LocalDateTime.of(2026, 11, 26, 9, 5, 2, 0))));

        assertThat(DataFrameFormatter.format(frame)).isEqualTo("""
                       thread_name                insert_time
                0   write_thread_3 2026-11-26 09:05:01.123456
                1  write_thread_12 2026-11-26 09:05:01.124000
                2   write_thread_0 2026-11-26 09:05:02.000000""");
    }

    @Test
    void printsALongTableAsHeadAndTailAroundAnEllipsisRowWithItsDimensions() {
        List<List<Object>> head = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            head.add(row("write_thread_" + i, LocalDateTime.of(2026, 1, 2, 3, 4, 5, i * 1_000_000)));
        }
        List<List<Object>> tail = new ArrayList<>();
        for (int i = 95; i < 100; i++) {
            tail.add(row("write_thread_" + i, LocalDateTime.of(2026, 1, 2, 3, 4, 6, i * 1_000_000)));
        }
        Frame frame = new Frame(COLUMNS, head, tail, 100);

        assertThat(DataFrameFormatter.format(frame)).isEqualTo("""
                        thread_name             insert_time
                0    write_thread_0 2026-01-02 03:04:05.000
                1    write_thread_1 2026-01-02 03:04:05.001
                2    write_thread_2 2026-01-02 03:04:05.002
                3    write_thread_3 2026-01-02 03:04:05.003
                4    write_thread_4 2026-01-02 03:04:05.004
                ..              ...                     ...
                95  write_thread_95 2026-01-02 03:04:06.095
                96  write_thread_96 2026-01-02 03:04:06.096
                97  write_thread_97 2026-01-02 03:04:06.097
                98  write_thread_98 2026-01-02 03:04:06.098
                99  write_thread_99 2026-01-02 03:04:06.099

                [100 rows x 2 columns]""");
    }

    @Test
    void usesThreeDotsUnderAnIndexWiderThanThreeAndTwoUnderANarrowColumn() {
        Frame frame = new Frame(List.of("n"), List.of(List.of(0L)), List.of(List.of(1L)), 12_345);

        assertThat(DataFrameFormatter.format(frame)).isEqualTo("""
                       n
                0      0
                ...   ..
                12344  1

                [12345 rows x 1 columns]""");
    }

    @Test
    void printsAnEmptyTableAsPandasDoes() {
        assertThat(DataFrameFormatter.format(Frame.of(COLUMNS, List.of()))).isEqualTo("""
                Empty DataFrame
                Columns: [thread_name, insert_time]
                Index: []""");
    }

    @Test
    void printsNullsAsNoneAndNaT() {
        Frame frame = Frame.of(COLUMNS, List.of(
                row(null, null),
                row("w", LocalDateTime.of(2026, 11, 26, 9, 5, 1))));

        assertThat(DataFrameFormatter.format(frame)).isEqualTo("""
                  thread_name         insert_time
                0        None                 NaT
                1           w 2026-11-26 09:05:01""");
    }

    @ParameterizedTest(name = "{0} and {1} print as {2} and {3}")
    @CsvSource(textBlock = """
            2026-11-26T00:00:00,        2026-11-27T00:00:00,        2026-11-26,                    2026-11-27
            2026-11-26T00:00:00,        2026-11-26T10:20:30,        2026-11-26 00:00:00,           2026-11-26 10:20:30
            2026-11-26T10:20:30.5,      2026-11-26T10:20:30,        2026-11-26 10:20:30.500,       2026-11-26 10:20:30.000
            2026-11-26T10:20:30.000001, 2026-11-26T10:20:30,        2026-11-26 10:20:30.000001,    2026-11-26 10:20:30.000000
            2026-11-26T10:20:30.1234567,2026-11-26T10:20:30,        2026-11-26 10:20:30.123456700, 2026-11-26 10:20:30.000000000
            """)
    void showsTimestampsAtTheFinestPrecisionTheColumnNeeds(LocalDateTime first, LocalDateTime second,
                                                           String firstShown, String secondShown) {
        String text = DataFrameFormatter.format(Frame.of(List.of("t"), List.of(List.of(first), List.of(second))));

        assertThat(text.lines().skip(1)).containsExactly("0 " + firstShown, "1 " + secondShown);
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
