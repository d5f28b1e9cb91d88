package org.whosaid.web.reliability;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every reliability test needs: the packaged jars (else the test is skipped), a fresh temporary directory, and
 * the ingest- and analysis-service child processes a test starts there, stopped and deleted after it.
 */
abstract class ServiceFixture {

    Path tmp;
    ServiceProcess ingest;
    ServiceProcess analysis;

    /** Prefix of the temporary directory, so leftovers name their test. */
    abstract String tempPrefix();

    @BeforeEach
    void createFixture() throws Exception {
        ReliabilitySupport.assumeJars();
        tmp = Files.createTempDirectory(tempPrefix());
    }

    @AfterEach
    void stopFixture() throws Exception {
        if (ingest != null) ingest.stop();
        if (analysis != null) analysis.stop();
        ReliabilitySupport.deleteTree(tmp);
    }
}
