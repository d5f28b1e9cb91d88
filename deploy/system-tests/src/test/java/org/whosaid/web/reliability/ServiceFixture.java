package org.whosaid.web.reliability;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.whosaid.web.system.SystemUnderTest;

/**
 * What every reliability test needs: the packaged jars (else the test is skipped) and a {@link SystemUnderTest} with
 * nothing started yet (fresh data directory, free ports, the dispatcher tuned by {@link ReliabilitySupport#ENV}); the
 * test starts, stops or kills the services itself. Everything is stopped and deleted after the test.
 */
abstract class ServiceFixture {

    SystemUnderTest sut;

    /** Names the test's logs: {@code deploy/system-tests/target/reliability-logs/<name>-<service>.log}. */
    abstract String name();

    @BeforeEach
    void createFixture() {
        ReliabilitySupport.assumeJars();
        sut = SystemUnderTest.create(name(), ReliabilitySupport.ENV);
    }

    @AfterEach
    void stopFixture() {
        if (sut != null) sut.close();
    }
}
