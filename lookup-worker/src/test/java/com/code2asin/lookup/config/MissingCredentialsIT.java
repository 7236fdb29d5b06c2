package com.code2asin.lookup.config;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged worker started as production would be, but without the Amazon credentials: it stops during start-up,
 * before consuming anything, and its log says which environment variables to set. Log:
 * lookup-worker/target/missing-credentials.log.
 */
class MissingCredentialsIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "missing-credentials.log");

    @Test
    void productionWithoutCredentialsRefusesToStartAndSaysWhatToSet() throws Exception {
        assertTrue(Files.exists(JAR), JAR.toAbsolutePath() + " is missing: the package phase builds it");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        // a group of its own that starts at the end: were it to start, it would take no running worker's batches
        command.addAll(List.of("-Xmx128m", "-Dquarkus.http.port=0",
                "-Dmp.messaging.incoming.lookup-requested.group.id=missing-credentials-it",
                "-Dmp.messaging.incoming.lookup-requested.auto.offset.reset=latest", "-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LOOKUP_WORKER_")
                || name.equals("QUARKUS_PROFILE"));
        Process worker = builder.start();
        if (!worker.waitFor(120, TimeUnit.SECONDS)) {
            worker.destroyForcibly().waitFor();
            fail("the worker was still running after 120 s without credentials; log: " + LOG.toAbsolutePath());
        }
        String log = Files.readString(LOG);
        assertNotEquals(0, worker.exitValue(), log);
        for (String name : List.of("LOOKUP_WORKER_SP_API_CLIENT_ID", "LOOKUP_WORKER_SP_API_CLIENT_SECRET",
                "LOOKUP_WORKER_SP_API_REFRESH_TOKEN", "LOOKUP_WORKER_CREATORS_CLIENT_ID",
                "LOOKUP_WORKER_CREATORS_CLIENT_SECRET")) {
            assertTrue(log.contains(name), "the log does not name " + name + ":\n" + log);
        }
    }
}
