package app.yibao.atlas.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link FuzzTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class FuzzIT extends FuzzTest {
}
