package com.code2asin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCyclesTest {

    @Test
    void aLoopIsFound() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of());

        assertEquals(List.of(List.of("a", "b", "c")), PackageCycles.cycles(graph));
    }

    @Test
    void importsAndQualifiedNamesAreUsesCommentsAreNot(@TempDir Path sources) throws IOException {
        write(sources, "x/config/Settings.java", """
                package com.example.x.config;
                // com.example.x.service.Ignored in a comment is no use
                public class Settings { com.example.x.service.Work work; }
                """);
        write(sources, "x/service/Work.java", """
                package com.example.x.service;
                import com.example.x.config.Settings;
                public class Work {}
                """);

        assertEquals(Map.of("config", Set.of("service"), "service", Set.of("config")),
                PackageCycles.graph(sources, "com.example.x"));
        AssertionError failure = assertThrows(AssertionError.class,
                () -> PackageCycles.assertNone(sources, "com.example.x"));
        assertTrue(failure.getMessage().contains("config -> [service]"), failure::getMessage);
    }

    @Test
    void sourcesWithoutTheModulesPackagesFailRatherThanPass(@TempDir Path sources) {
        assertThrows(AssertionError.class, () -> PackageCycles.assertNone(sources, "com.example.x"));
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
