package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.cli.JvmFlags;

/** The build files say what {@link JvmFlags} says: they cannot read it, so they are held to it. */
class JvmFlagsTests {

    private static final Path ROOT = DocsTests.repositoryRoot();

    @Test
    void surefiresJvmsRunWithTheProjectsFlags() throws IOException {
        Matcher property = Pattern.compile("<jvm\\.flags>([^<]*)</jvm\\.flags>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));

        assertThat(property.find()).as("the root pom declares jvm.flags").isTrue();
        assertThat(words(property.group(1))).as("the root pom's jvm.flags").isEqualTo(JvmFlags.ALL);
    }

    @Test
    void execJavaRunsWithTheProjectsFlags() throws IOException {
        assertThat(words(Files.readString(ROOT.resolve(".mvn/jvm.config"))))
                .as(".mvn/jvm.config, read by mvn and ./mvnw for exec:java")
                .containsAll(JvmFlags.ALL);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).toList();
    }
}
