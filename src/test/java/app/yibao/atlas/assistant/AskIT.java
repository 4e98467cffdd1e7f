package app.yibao.atlas.assistant;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AskTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class AskIT extends AskTest {
}
