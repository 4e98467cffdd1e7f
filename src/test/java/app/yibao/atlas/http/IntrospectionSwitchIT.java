package app.yibao.atlas.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link IntrospectionSwitchTest} against the packaged application: the jar, or the native executable with -Dnative. */
@QuarkusIntegrationTest
class IntrospectionSwitchIT extends IntrospectionSwitchTest {
}
