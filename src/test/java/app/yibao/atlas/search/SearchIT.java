package app.yibao.atlas.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SearchTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class SearchIT extends SearchTest {
}
