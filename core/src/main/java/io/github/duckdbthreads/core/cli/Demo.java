package io.github.duckdbthreads.core.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a demo module contributes: its command name, a line saying how it schedules tasks, its main
 * class, and its models, the default first. Everything else (the command line, the database, the output)
 * is the {@link Runner}'s. A demo with several models chooses one by the flag that
 * {@linkplain ModelSpec#selectedBy() selects} it.
 */
public record Demo(String command, String description, Class<?> main, List<ModelSpec> models) {

    public Demo {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(main, "main");
        models = List.copyOf(models);
        if (models.isEmpty() || models.getFirst().selectedBy().isPresent()) {
            throw new IllegalArgumentException(command + ": the first model is the default, selected by no flag");
        }
        if (models.stream().skip(1).anyMatch(model -> model.selectedBy().isEmpty())) {
            throw new IllegalArgumentException(command + ": every model but the default is selected by a flag");
        }
    }

    public static Demo of(String command, String description, Class<?> main, ModelSpec... models) {
        return new Demo(command, description, main, List.of(models));
    }

    /** The model flags some model of this demo takes: the rest are refused as unknown options. */
    public Set<String> modelFlags() {
        Set<String> flags = new LinkedHashSet<>();
        models.forEach(model -> flags.addAll(model.flags()));
        return flags;
    }

    /** The model the given flags choose: the one selected by a flag among them, or the default. */
    public ModelSpec chosenBy(Set<String> givenFlags) {
        return models.stream()
                .filter(model -> model.selectedBy().map(givenFlags::contains).orElse(false))
                .findFirst()
                .orElse(models.getFirst());
    }
}
