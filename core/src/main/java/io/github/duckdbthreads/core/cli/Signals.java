package io.github.duckdbthreads.core.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * Gives SIGINT and SIGTERM back the operating system's default action, which ends the process at once.
 * The JVM answers the first signal by running its shutdown hooks, and every later one by waiting for
 * them; once a run is stopping, a second Ctrl-C should end it now, as it ends most command-line
 * programs. There is no JDK API for this, so it calls the C library's {@code signal(sig, SIG_DFL)}
 * through the foreign function API; where that is not possible (Windows), nothing changes.
 */
final class Signals {

    /** The same numbers on Linux and macOS. */
    private static final int SIGINT = 2;
    private static final int SIGTERM = 15;
    /** {@code SIG_DFL}: the default action. */
    private static final MemorySegment DEFAULT_ACTION = MemorySegment.NULL;

    private Signals() {
    }

    /** @return whether a second SIGINT or SIGTERM now ends the process at once */
    static boolean endProcessOnNextSignal() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return false;
        }
        Linker linker = Linker.nativeLinker();
        Optional<MemorySegment> signal = linker.defaultLookup().find("signal");
        if (signal.isEmpty()) {
            return false;
        }
        MethodHandle setAction = linker.downcallHandle(signal.get(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        try {
            MemorySegment previous = (MemorySegment) setAction.invokeExact(SIGINT, DEFAULT_ACTION);
            previous = (MemorySegment) setAction.invokeExact(SIGTERM, DEFAULT_ACTION);
            return true;
        } catch (Throwable e) {
            return false;
        }
    }
}
