package app.yibao.atlas.regions;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RegionQueriesTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class RegionQueriesIT extends RegionQueriesTest {
}
