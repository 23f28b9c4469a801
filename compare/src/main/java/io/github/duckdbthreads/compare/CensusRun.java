package io.github.duckdbthreads.compare;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.Threads;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.run.RunObserver;
import io.github.duckdbthreads.core.run.WorkloadRun;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;

/**
 * The measured run's twin, in the same JVM right after it: the same model and workload, with a
 * {@linkplain Census census} of the task threads when half the tasks have completed and, if asked, every
 * period from the start. A thread dump takes long enough to change the time of the run it is taken in, so
 * it is taken here and not in the run whose time is reported.
 */
final class CensusRun implements RunObserver {

    /** What the census thread waits for, besides the next period. */
    private enum Moment { HALFWAY, OVER }

    private final int tasks;
    private final Optional<Duration> every;
    private final AtomicInteger completed = new AtomicInteger();
    private final BlockingQueue<Moment> moments = new LinkedBlockingQueue<>();
    private final List<Census.Sample> halfway = new ArrayList<>();
    private final List<Census.Sample> periodic = new ArrayList<>();
    private Thread taker;

    private CensusRun(int tasks, Optional<Duration> every) {
        this.tasks = tasks;
        this.every = every;
    }

    /** The censuses of one run of {@code model}: the one halfway first, then the periodic ones in order. */
    static List<Census.Sample> take(ThreadingModel model, Options options, Optional<Duration> every) throws SQLException {
        CensusRun census = new CensusRun(options.workload().size(), every);
        WorkloadRun.run(options.database(), options.workload(), model, options.timeout(), census);
        List<Census.Sample> samples = new ArrayList<>(census.halfway);
        samples.addAll(census.periodic);
        return samples;
    }

    @Override
    public TaskEvents taskEvents() {
        return new Halfway(tasks, completed, moments);
    }

    /** Says when half the tasks have completed; it knows nothing of the run it is told about. */
    private record Halfway(int tasks, AtomicInteger completed, BlockingQueue<Moment> moments) implements TaskEvents {
        @Override
        public void read(ReaderResult result) {
        }

        @Override
        public void completed(Task task) {
            if (completed.incrementAndGet() == Math.max(1, tasks / 2)) {
                moments.add(Moment.HALFWAY);
            }
        }
    }

    @Override
    public void taskPhaseStarting() {
        long start = System.nanoTime();
        taker = Thread.ofPlatform().name("census").daemon().start(() -> {
            long next = every.map(period -> start + period.toNanos()).orElse(Long.MAX_VALUE);
            try {
                while (true) {
                    long wait = next == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, next - System.nanoTime());
                    Moment moment = moments.poll(wait, TimeUnit.NANOSECONDS);
                    if (moment == null) {
                        periodic.add(Census.take(start));
                        next += every.orElseThrow().toNanos();
                    } else if (moment == Moment.HALFWAY) {
                        halfway.add(Census.take(start));
                    } else {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void taskPhaseEnded(ModelResult result) {
        moments.add(Moment.OVER);
        // join() makes the samples visible here.
        Threads.joinUninterruptibly(List.of(taker));
    }
}
