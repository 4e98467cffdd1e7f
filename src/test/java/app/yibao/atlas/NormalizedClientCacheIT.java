package app.yibao.atlas;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link NormalizedClientCacheTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class NormalizedClientCacheIT extends NormalizedClientCacheTest {
}
