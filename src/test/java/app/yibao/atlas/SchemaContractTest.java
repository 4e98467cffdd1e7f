package app.yibao.atlas;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema served is the one documented in docs/schema.graphql, the contract clients rely on: a change to
 * it must be deliberate. After an intended change, copy the served schema over the file (see docs/api.md).
 */
@QuarkusTest
class SchemaContractTest {

    @Test
    void servedSchemaIsTheDocumentedContract() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        String documented = Files.readString(Path.of("docs/schema.graphql"), StandardCharsets.UTF_8);
        assertEquals(documented.strip(), served.strip(),
                "docs/schema.graphql differs from the served schema; if the change is intended, update the file");
    }
}
