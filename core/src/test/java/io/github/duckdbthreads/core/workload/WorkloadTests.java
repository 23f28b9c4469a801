package io.github.duckdbthreads.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.Task;

class WorkloadTests {

    @Test
    void namesEveryWriterAndReaderOnceAsTheGuideDoes() {
        assertThat(Workload.guide().taskNames()).containsExactlyInAnyOrderElementsOf(unshuffled());
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        assertThat(new Workload(50, 5, 6).taskNames()).isEqualTo(new Workload(50, 5, 6).taskNames());
    }

    @Test
    void anotherSeedGivesAnotherOrder() {
        List<String> six = new Workload(50, 5, 6).taskNames();
        List<String> seven = new Workload(50, 5, 7).taskNames();

        assertThat(seven).containsExactlyInAnyOrderElementsOf(six).isNotEqualTo(six);
    }

    @Test
    void shufflesWritersAndReadersTogether() {
        List<String> names = Workload.guide().taskNames();

        assertThat(names).isNotEqualTo(unshuffled());
        assertThat(names.subList(0, 50)).anyMatch(name -> name.startsWith("read_thread_"));
    }

    @Test
    void buildsOneTaskPerNameInTheSameOrder() {
        List<Task> tasks = Workload.guide().tasks(null, result -> { });

        assertThat(tasks).extracting(Task::name).isEqualTo(Workload.guide().taskNames());
        assertThat(tasks).filteredOn(WriterTask.class::isInstance).hasSize(50);
        assertThat(tasks).filteredOn(ReaderTask.class::isInstance).hasSize(5);
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Workload(-1, 5, 6)).withMessageContaining("writers");
        assertThatIllegalArgumentException().isThrownBy(() -> new Workload(50, -1, 6)).withMessageContaining("readers");
    }

    private static List<String> unshuffled() {
        return Stream.concat(
                IntStream.range(0, 50).mapToObj(i -> "write_thread_" + i),
                IntStream.range(0, 5).mapToObj(j -> "read_thread_" + j)).toList();
    }
}
