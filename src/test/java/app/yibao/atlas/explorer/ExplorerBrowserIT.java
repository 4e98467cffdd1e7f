package app.yibao.atlas.explorer;

import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ExplorerBrowserTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class ExplorerBrowserIT extends ExplorerBrowserTest {

    @Override
    Path screenshots() {
        return Path.of("target/explorer-screenshots-it");
    }
}
