package app.yibao.atlas.health;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HealthAndMetricsTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class HealthAndMetricsIT extends HealthAndMetricsTest {
}
