package app.yibao.atlas.explorer;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ExplorerPageTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class ExplorerPageIT extends ExplorerPageTest {
}
