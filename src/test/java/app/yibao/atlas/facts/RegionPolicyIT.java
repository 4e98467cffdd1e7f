package app.yibao.atlas.facts;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RegionPolicyTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class RegionPolicyIT extends RegionPolicyTest {
}
