package app.yibao.atlas.health;

import static app.yibao.atlas.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * PostgreSQL goes away mid-run: every read is still answered from the snapshot, readiness stays UP and reports the
 * degraded state, and when the database is back the replica recovers by itself and picks up knowledge changes.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindProxy.class)
class DatabaseOutageTest {

    /** A profile of its own: the application starts against the proxied database. */
    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(DatabaseBehindProxy.class));
        }
    }

    private static final String SHENZHEN = """
            { region(name: "深圳") { name withdrawalConditions { kind citations { quote source { title } } } } }""";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void readsSurviveAnOutageAndTheReplicaRecovers() throws Exception {
        read();
        assertEquals(true, database().get("reachable"));

        DatabaseBehindProxy.proxy.cut();
        int reads = 0;
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!Boolean.FALSE.equals(database().get("reachable"))) {
            assertTrue(Instant.now().isBefore(deadline), "readiness never reported the database unreachable");
            read();
            reads++;
            Thread.sleep(100);
        }
        for (int i = 0; i < 20; i++, reads++) {
            read(); // well into the outage: still answered
        }
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/group/database").then().statusCode(503).body("status", equalTo("DOWN"));
        assertTrue(reads > 20, "reads were answered during the outage: " + reads);

        DatabaseBehindProxy.proxy.restore();
        await(() -> Boolean.TRUE.equals(database().get("reachable")), "the replica never saw the database again");
        given().when().get("/q/health/group/database").then().statusCode(200).body("status", equalTo("UP"));
        read();
    }

    @Test
    void aKnowledgeChangeInTheDatabaseReachesTheReplicaAndItsETags() throws Exception {
        String sources = "{ sources { id title } }";
        JsonPath before = query(sources).extract().jsonPath();
        String id = before.getString("data.sources[0].id");
        String title = before.getString("data.sources[0].title");
        String etag = given().queryParam("query", sources).when().get("/graphql").then().statusCode(200)
                .extract().header("ETag");

        try (Connection db = DriverManager.getConnection(
                DatabaseBehindProxy.directJdbcUrl(), "postgres", "postgres");
                PreparedStatement update = db.prepareStatement("update source set title = ? where id = ?")) {
            update.setString(1, title + "（修订）");
            update.setString(2, id);
            assertEquals(1, update.executeUpdate());
        }

        await(() -> (title + "（修订）").equals(query(sources).extract().jsonPath().getString("data.sources[0].title")),
                "the replica never reloaded the changed knowledge");
        String after = given().queryParam("query", sources).when().get("/graphql").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, after, "the ETag changes with the knowledge");
    }

    private static void read() {
        query(SHENZHEN)
                .body("errors", nullValue())
                .body("data.region.name", equalTo("深圳市"))
                .body("data.region.withdrawalConditions", org.hamcrest.Matchers.not(hasSize(0)));
    }

    private static Map<String, Object> database() {
        return given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getMap("checks.find { it.name == 'Database' }.data");
    }

    private static void await(BooleanSupplier condition, String failure) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), failure);
            Thread.sleep(200);
        }
    }
}
