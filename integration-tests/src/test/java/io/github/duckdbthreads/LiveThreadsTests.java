package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

/** The check every run ends with must see the threads it looks for, virtual ones included. */
class LiveThreadsTests {

    @Test
    void seesAParkedVirtualThreadByName() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread parked = Thread.ofVirtual().name("write_thread_424242").start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(LiveThreads.named(Model.VIRTUAL.startedByRun())).contains("write_thread_424242");
        } finally {
            release.countDown();
            parked.join();
        }
        assertThat(LiveThreads.named(Model.VIRTUAL.startedByRun())).doesNotContain("write_thread_424242");
    }
}
