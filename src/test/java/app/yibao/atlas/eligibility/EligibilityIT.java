package app.yibao.atlas.eligibility;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EligibilityTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class EligibilityIT extends EligibilityTest {
}
