package com.code2asin.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.testing.PackageCycles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simulator's packages, named after the APIs they stand in for, depend on each other without loops. */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String BASE = "com.code2asin.simulator";

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        PackageCycles.assertNone(SOURCES, BASE);
    }

    @Test
    void theGraphIsReadFromTheSources() {
        Map<String, Set<String>> graph = PackageCycles.graph(SOURCES, BASE);

        assertTrue(graph.keySet().containsAll(Set.of("catalog", "control", "lwa", "spapi", "spapi.pricing")),
                () -> "packages found: " + graph.keySet());
        assertTrue(graph.get("spapi.pricing").contains("spapi"), () -> "spapi.pricing uses " + graph.get("spapi.pricing"));
    }
}
