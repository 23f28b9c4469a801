package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TaskCostTests {

    @Test
    void timesEveryStepWithTheSettingsGivenAndSaysWhichEngine() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("threads", "1");
        settings.put("enable_optimizer", "false");

        TaskCost.Steps steps = TaskCost.measure(20, settings);

        assertThat(steps.tasks()).isEqualTo(20);
        assertThat(steps.threads()).isOne();
        assertThat(steps.settings()).as("the settings besides threads").isEqualTo("enable_optimizer=false");
        assertThat(steps.duckdb()).startsWith("v");
        assertThat(steps.byLabel()).containsOnlyKeys("duplicate the root", "prepare the INSERT", "execute it",
                "close statement, connection", "execute on a kept connection", "a kept SELECT 1",
                "a whole task, one Statement").allSatisfy((step, micros) -> assertThat(micros).as(step).isPositive());
    }

    @Test
    void theJsonReadsBackAsItWasWritten() throws Exception {
        TaskCost.Steps steps = new TaskCost.Steps("v2.0.0", 2, "", 5000, 44, 361, 627, 13, 650, 191, 875);

        String json = Json.MAPPER.writeValueAsString(steps);

        assertThat(Json.MAPPER.readTree(json).path("duplicate_us").asDouble()).isEqualTo(44.0);
        assertThat(Json.MAPPER.readTree(json).path("one_statement_us").asDouble()).isEqualTo(875.0);
        assertThat(Json.MAPPER.readValue(json, TaskCost.Steps.class)).isEqualTo(steps);
    }
}
