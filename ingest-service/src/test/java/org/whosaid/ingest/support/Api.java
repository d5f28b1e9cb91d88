package org.whosaid.ingest.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Test helpers: an authorised request and the shared corpus location. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification admin() {
        return RestAssured.given().header("Authorization", "Bearer test-admin-key");
    }

    /** The shared corpus: the system property whosaid.shared, else ../shared (from the repository root or a module). */
    public static Optional<Path> shared() {
        for (String p : new String[]{System.getProperty("whosaid.shared"), "../shared", "../../shared"}) {
            if (p != null && Files.isDirectory(Path.of(p, "corpus", "seeds"))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }
}
