package com.code2asin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A module's packages depend on each other without loops: a package may use a lower one, never one that uses it back.
 * Read from the sources: a dependency is an import, or a fully qualified name, of a type in another package of the
 * module.
 */
public final class PackageCycles {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private PackageCycles() {
    }

    /** Fails naming every loop (and the uses that make it) among the packages under {@code base} in the sources. */
    public static void assertNone(Path sources, String base) {
        Map<String, Set<String>> graph = graph(sources, base);
        assertTrue(graph.size() > 1, () -> "no packages of " + base + " read under " + sources.toAbsolutePath());
        List<List<String>> cycles = cycles(graph);
        assertEquals(List.of(), cycles, () -> "Package cycles (each is a strongly connected set of packages):\n"
                + describe(graph, cycles));
    }

    /** Package (relative to {@code base}, e.g. {@code spapi.pricing}) -> the packages it uses. */
    public static Map<String, Set<String>> graph(Path sources, String base) {
        // a reference to a type of the module: its package is the lower-case segments before the type name
        Pattern reference = Pattern.compile("\\b" + Pattern.quote(base) + "((?:\\.[a-z_][\\w]*)+)\\.[A-Z]");
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find() || !declared.group(1).startsWith(base + ".")) {
                    continue;
                }
                String from = declared.group(1).substring(base.length() + 1);
                Set<String> uses = graph.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher used = reference.matcher(source);
                while (used.find()) {
                    String to = used.group(1).substring(1);
                    if (!to.equals(from)) {
                        uses.add(to);
                        graph.computeIfAbsent(to, p -> new TreeSet<>());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The strongly connected components with more than one package (Tarjan), each sorted, in name order. */
    public static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Tarjan tarjan = new Tarjan(graph);
        new TreeSet<>(graph.keySet()).forEach(p -> {
            if (!tarjan.index.containsKey(p)) {
                tarjan.visit(p);
            }
        });
        tarjan.components.sort((a, b) -> a.getFirst().compareTo(b.getFirst()));
        return tarjan.components;
    }

    private static final class Tarjan {
        final Map<String, Set<String>> graph;
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new TreeSet<>();
        final List<List<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        void visit(String p) {
            index.put(p, index.size());
            low.put(p, index.get(p));
            stack.push(p);
            onStack.add(p);
            for (String q : new TreeSet<>(graph.getOrDefault(p, Set.of()))) {
                if (!index.containsKey(q)) {
                    visit(q);
                    low.put(p, Math.min(low.get(p), low.get(q)));
                } else if (onStack.contains(q)) {
                    low.put(p, Math.min(low.get(p), index.get(q)));
                }
            }
            if (low.get(p).equals(index.get(p))) {
                List<String> component = new ArrayList<>();
                String q;
                do {
                    q = stack.pop();
                    onStack.remove(q);
                    component.add(q);
                } while (!q.equals(p));
                if (component.size() > 1) {
                    component.sort(null);
                    components.add(component);
                }
            }
        }
    }

    private static String describe(Map<String, Set<String>> graph, List<List<String>> cycles) {
        StringBuilder text = new StringBuilder();
        for (List<String> cycle : cycles) {
            text.append(cycle).append(":\n");
            for (String p : cycle) {
                Set<String> inside = new TreeSet<>(graph.get(p));
                inside.retainAll(cycle);
                text.append("  ").append(p).append(" -> ").append(inside).append('\n');
            }
        }
        return text.toString();
    }
}
