package io.github.duckdbthreads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * A class or member named in inline code exists: {@code Foo}, {@code Foo.bar()}, {@code Foo#bar},
 * {@code Foo.Bar}, {@code Foo.BAR}, {@code Foo.Bar.baz(n)}. A type is looked up by its simple name among the
 * project's classes, then in a few JDK packages and DuckDB's driver; what follows it must be a nested type,
 * then one method, field or enum constant of it or of a supertype. A name in backticks that does not read as
 * Java (spaces, slashes, quotes, all capitals such as {@code SIGINT}) is not checked, and a single unknown word
 * only when it has two humps ({@code StructuredTaskScope}, not {@code Ctrl}), so that ordinary capitalised
 * words in code are left alone.
 */
final class JavaNameCheck {

    /** What reads as a Java name: an upper-case start, identifiers joined by dots or {@code #}, optional arguments. */
    private static final Pattern NAME = Pattern.compile("[A-Z][\\w$]*(?:[.#][A-Za-z_$][\\w$]*)*(?:\\([\\w$.,]*\\))?");
    /** A lower-case letter or a digit followed by a capital: {@code ThreadLocal}, not {@code Thread}. */
    private static final Pattern TWO_HUMPS = Pattern.compile("[a-z0-9][A-Z]");

    /** Names in backticks that read as Java and are not meant to be: keep this as short as possible. */
    private static final Set<String> NOT_JAVA = Set.of(
            "CountingTask"); // the class architecture.md's first exercise asks the reader to write

    /** Where a simple name that is not the project's is looked for, in this order. */
    static final List<String> PACKAGES = List.of(
            "java.lang", "java.util", "java.util.concurrent", "java.util.concurrent.locks",
            "java.util.concurrent.atomic", "java.sql", "javax.sql", "java.time", "java.lang.management",
            "java.lang.foreign", "java.nio.file", "jdk.jfr", "jdk.jfr.consumer", "com.sun.management",
            "java.net", // compare.md explains the child JVMs' classpath with URLClassLoader
            "org.duckdb");

    private static final String PROJECT_PACKAGE = "io.github.duckdbthreads";

    /** The project's top-level classes on the test classpath, by simple name (two modules may share one). */
    private final Map<String, List<Class<?>>> projectTypes;
    /**
     * Every module's source files, by simple name: the tests of other modules ({@code RunnerTests}) are
     * not on this module's classpath, so for them the source is all there is to look in.
     */
    private final Map<String, Path> projectSources;
    private final Map<String, List<Class<?>>> jdkTypes = new ConcurrentHashMap<>();

    JavaNameCheck(Path root) {
        this.projectTypes = new ClassFileImporter().importPackages(PROJECT_PACKAGE).stream()
                .filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(javaClass -> load(javaClass.getName()).orElseThrow(), Collectors.toList())));
        this.projectSources = sources(root);
    }

    List<DocProblem> problems(MarkdownPage page) {
        List<DocProblem> problems = new ArrayList<>();
        for (MarkdownPage.CodeSpan span : page.codeSpans()) {
            String name = span.text().strip();
            if (!NAME.matcher(name).matches() || name.chars().noneMatch(Character::isLowerCase) || NOT_JAVA.contains(name)) {
                continue;
            }
            problem(name).ifPresent(problem -> problems.add(new DocProblem(page, span.line(), problem, name)));
        }
        return problems;
    }

    /** Why {@code name} names nothing; empty when it names a type or a member of one. */
    private Optional<String> problem(String name) {
        if (name.endsWith(".java")) {
            // A source file, such as an example's: it exists in a module or in docs/examples.
            String type = name.substring(0, name.length() - ".java".length());
            return projectSources.containsKey(type) ? Optional.empty()
                    : Optional.of("no source file " + name + " in a module or in docs/examples");
        }
        boolean call = name.endsWith(")");
        List<String> parts = List.of(name.replaceFirst("\\(.*", "").split("[.#]"));
        List<Class<?>> types = topLevel(parts.getFirst());
        if (types.isEmpty()) {
            Path source = projectSources.get(parts.getFirst());
            if (source != null) {
                return inSource(source, parts.subList(1, parts.size()));
            }
            boolean ordinaryWord = parts.size() == 1 && !call && !TWO_HUMPS.matcher(name).find();
            return ordinaryWord ? Optional.empty() : Optional.of("no class " + parts.getFirst()
                    + " in the project or in JavaNameCheck.PACKAGES");
        }
        int next = 1;
        while (next < parts.size()) {
            List<Class<?>> nested = nested(types, parts.get(next));
            if (nested.isEmpty()) {
                break;
            }
            types = nested;
            next++;
        }
        String type = String.join(".", parts.subList(0, next));
        if (!projectTypes.containsKey(parts.getFirst())) {
            // A simple name may find another package's type first (jdk.jfr.Configuration): say which one was read.
            type += " (" + types.getFirst().getName().replace('$', '.') + ")";
        }
        if (next == parts.size()) {
            return Optional.empty();
        }
        String member = parts.get(next);
        if (next < parts.size() - 1) {
            return Optional.of(type + " has no nested type " + member);
        }
        if (types.stream().anyMatch(candidate -> hasMember(candidate, member, call))) {
            return Optional.empty();
        }
        return Optional.of(type + " has no " + (call ? "method " : "method, field or enum constant ") + member);
    }

    private List<Class<?>> topLevel(String simpleName) {
        List<Class<?>> project = projectTypes.get(simpleName);
        if (project != null) {
            return project;
        }
        return jdkTypes.computeIfAbsent(simpleName, name -> PACKAGES.stream()
                .map(pkg -> load(pkg + "." + name))
                .flatMap(Optional::stream)
                .limit(1)
                .toList());
    }

    private static List<Class<?>> nested(List<Class<?>> types, String simpleName) {
        return types.stream()
                .flatMap(type -> Stream.concat(Arrays.stream(type.getDeclaredClasses()), Arrays.stream(type.getClasses())))
                .filter(nested -> nested.getSimpleName().equals(simpleName))
                .distinct()
                .toList();
    }

    /** A method (any arity) or, unless called, a field or enum constant of {@code type} or of a supertype. */
    private static boolean hasMember(Class<?> type, String name, boolean call) {
        for (Class<?> declaring : supertypes(type)) {
            if (Arrays.stream(declaring.getDeclaredMethods()).anyMatch(method -> method.getName().equals(name))
                    || !call && Arrays.stream(declaring.getDeclaredFields()).anyMatch(field -> field.getName().equals(name))) {
                return true;
            }
        }
        return false;
    }

    private static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(type, Object.class));
        while (!pending.isEmpty()) {
            Class<?> next = pending.pop();
            if (all.add(next)) {
                Optional.ofNullable(next.getSuperclass()).ifPresent(pending::add);
                pending.addAll(List.of(next.getInterfaces()));
            }
        }
        return all;
    }

    /** A type known only by its source file: each name after it must at least appear there. */
    private static Optional<String> inSource(Path source, List<String> members) {
        String text;
        try {
            text = Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members.stream()
                .filter(member -> !Pattern.compile("\\b" + Pattern.quote(member) + "\\b").matcher(text).find())
                .findFirst()
                .map(member -> source.getFileName() + " does not mention " + member);
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, JavaNameCheck.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Path> sources(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            return Stream.concat(modules.map(module -> module.resolve("src")), Stream.of(root.resolve("docs/examples")))
                    .filter(Files::isDirectory)
                    .flatMap(source -> filesUnder(source).stream())
                    .filter(file -> file.getFileName().toString().endsWith(".java"))
                    .collect(Collectors.toMap(file -> file.getFileName().toString().replaceFirst("\\.java$", ""),
                            Function.identity(), (first, second) -> first));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> filesUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
