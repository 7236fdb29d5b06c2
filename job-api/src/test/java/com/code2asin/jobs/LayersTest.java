package com.code2asin.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.testing.PackageCycles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Resources only translate HTTP: what a request reads or changes goes through the service layer, which owns the
 * sessions, the transactions and the clients of PostgreSQL and S3.
 */
class LayersTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void theRestPackagesUseNeitherRepositoriesNorClients() {
        Map<String, Set<String>> graph = PackageCycles.graph(SOURCES, "com.code2asin.jobs");
        for (String rest : List.of("rest", "rest.dto")) {
            List<String> below = graph.get(rest).stream().filter(p -> p.equals("repository") || p.equals("client"))
                    .toList();
            assertEquals(List.of(), below, rest + " reaches past the services");
        }
    }

    @Test
    void noResourceOpensASessionOrATransaction() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve("com/code2asin/jobs/rest"))) {
            List<Path> opening = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String source = Files.readString(f);
                    return source.contains("@WithSession") || source.contains("@WithTransaction")
                            || source.contains("Panache.with");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), opening);
        }
    }
}
