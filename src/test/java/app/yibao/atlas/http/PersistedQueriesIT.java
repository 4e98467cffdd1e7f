package app.yibao.atlas.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PersistedQueriesTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class PersistedQueriesIT extends PersistedQueriesTest {
}
