package app.yibao.atlas.explorer;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ExplorerDisabledTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class ExplorerDisabledIT extends ExplorerDisabledTest {
}
