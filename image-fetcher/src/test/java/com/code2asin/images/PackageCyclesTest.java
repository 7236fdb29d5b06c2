package com.code2asin.images;

import com.code2asin.testing.PackageCycles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** image-fetcher's packages depend on each other without loops. */
class PackageCyclesTest {

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        PackageCycles.assertNone(Path.of("src/main/java"), "com.code2asin.images");
    }
}
