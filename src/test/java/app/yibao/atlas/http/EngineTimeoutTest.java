package app.yibao.atlas.http;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@link ExecutionTimeoutTest} with compiled plans off: the engine's field fetchers stop the abandoned work. */
@QuarkusTest
@TestProfile(EngineTimeoutTest.EngineOnly.class)
class EngineTimeoutTest extends ExecutionTimeoutTest {

    public static class EngineOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.graphql.timeout", "1ms", "atlas.graphql.compiled-plans", "false");
        }
    }
}
