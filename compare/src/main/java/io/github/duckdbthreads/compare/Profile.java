package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.run.RunObserver;

/**
 * A JFR recording of one measured run's task phase, with the JDK's {@code profile} settings (Java and
 * native method samples every 10 ms or 20 ms, locks, thread parks), written to a file to read with
 * {@code jfr view hot-methods FILE} or {@code jfr print --events jdk.NativeMethodSample FILE}.
 */
final class Profile implements RunObserver {

    private final Path file;
    private Recording recording;

    Profile(Path file) {
        this.file = file;
    }

    @Override
    public void taskPhaseStarting() {
        try {
            recording = new Recording(Configuration.getConfiguration("profile"));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("the JDK's JFR profile settings cannot be read", e);
        }
        recording.start();
    }

    @Override
    public void taskPhaseEnded(ModelResult result) {
        recording.stop();
        try {
            recording.dump(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the profile " + file, e);
        } finally {
            recording.close();
        }
    }
}
