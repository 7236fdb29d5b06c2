package com.code2asin.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A service's reviewed OpenAPI document, {@code openapi/<service>.yaml} at the repository root, held against the one
 * it serves: any difference fails, so an API change reaches review as a diff of that file. With
 * {@code -Dopenapi.update=true} the served document is written to the file instead, to be reviewed and committed.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** Fails naming the first line that differs, and how to update the file when the change is meant. */
    public static void assertServedIsCommitted(String service, String served) throws IOException {
        Path file = Path.of("..", "openapi", service + ".yaml"); // tests run in the module's directory
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, served);
            return;
        }
        String committed = Files.exists(file) ? Files.readString(file) : "";
        if (committed.equals(served)) {
            return;
        }
        List<String> want = committed.lines().toList();
        List<String> got = served.lines().toList();
        int line = 0;
        while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
            line++;
        }
        throw new AssertionError("the OpenAPI document " + service + " serves differs from openapi/" + service
                + ".yaml at line " + (line + 1) + ":\n  file:   " + (line < want.size() ? want.get(line) : "(end)")
                + "\n  served: " + (line < got.size() ? got.get(line) : "(end)")
                + "\nAn API change must change the document too: if this one is meant, write the served document with"
                + "\n  ./mvnw -B -o verify -pl " + service + " -Dtest=OpenApiTest -Dopenapi.update=true"
                + "\nthen review the diff of openapi/" + service + ".yaml and commit it with the code; if not, put the "
                + "code back.");
    }
}
