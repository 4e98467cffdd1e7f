package app.yibao.atlas.mcp;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link McpToolsTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class McpToolsIT extends McpToolsTest {
}
