package io.github.duckdbthreads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM, so that DuckDB opens the file as a fresh instance: within one process the driver would
 * share the instance and a lock still held would go unnoticed.
 */
public final class OtherProcess {

    private OtherProcess() {
    }

    /** Opens the file in another process and returns what it printed: the row count, or DuckDB's error. */
    static String countRows(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                OtherProcess.class.getName(), file.toString())
                .redirectErrorStream(true)
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                return "no answer within 60 s";
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } finally {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM my_inserts")) {
            rs.next();
            System.out.println(rs.getLong(1));
        } catch (SQLException e) {
            System.out.println(e.getMessage());
        }
    }
}
