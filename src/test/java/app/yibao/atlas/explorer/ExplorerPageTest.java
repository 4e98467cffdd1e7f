package app.yibao.atlas.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Atlas Explorer, the page at {@code /}: served as HTML, every script and stylesheet it references (and every ES
 * module those import) served with its content type and revalidated on every use (no-cache: the file names carry
 * no version), and all of it under the page-weight budget.
 */
@QuarkusTest
public class ExplorerPageTest {

    /** The budget for the page's JavaScript and CSS together, in bytes. */
    static final int BUDGET_BYTES = 150_000;

    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile(
            "(?:import|export)\\s*(?:[\\w*{}\\s,]*?\\s*from\\s*)?['\"](\\.{1,2}/[^'\"]+\\.js)['\"]");

    @Test
    void rootServesThePage() {
        given().when().get("/").then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("<script type=\"module\" src=\"/explorer/main.js\"></script>"))
                .body(containsString("<link rel=\"stylesheet\" href=\"/explorer/explorer.css\">"))
                .body(containsString("<main id=\"main\""));
    }

    @Test
    void everyReferencedFileIsServedWithinTheBudget() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>();
        Matcher references = PAGE_REFERENCE.matcher(page);
        while (references.find()) {
            pending.add(references.group(1));
        }
        assertTrue(pending.contains("/explorer/main.js") && pending.contains("/explorer/explorer.css"), pending::toString);
        while (!pending.isEmpty()) {
            String path = pending.poll();
            if (sizes.containsKey(path)) {
                continue;
            }
            Response response = given().when().get(path);
            response.then().statusCode(200).header("Cache-Control", equalTo("no-cache")).contentType(path.endsWith(".css")
                    ? startsWith("text/css")
                    : either(startsWith("text/javascript")).or(startsWith("application/javascript")));
            byte[] body = response.asByteArray();
            sizes.put(path, body.length);
            if (path.endsWith(".js")) {
                Matcher imports = MODULE_IMPORT.matcher(new String(body, StandardCharsets.UTF_8));
                while (imports.find()) {
                    pending.add(URI.create(path).resolve(imports.group(1)).getPath());
                }
            }
        }
        assertTrue(sizes.size() >= 5, () -> "the page's modules: " + sizes);
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total < BUDGET_BYTES, () -> "JS+CSS is " + total + " bytes, over " + BUDGET_BYTES + ": " + sizes);
    }

    @Test
    void thePageTalksOnlyToTheGraphQLEndpointByGet() {
        String api = given().when().get("/explorer/api.js").then().statusCode(200).extract().asString();
        assertTrue(api.contains("`/graphql?${params}`"), "queries go to /graphql as GET");
        assertFalse(api.contains("method: 'POST'"), "no POST");
    }

    @Test
    void theApiStaysBesideThePage() {
        given().queryParam("query", "{ region(code: \"440300\") { name } }")
                .when().get("/graphql").then()
                .statusCode(200)
                .body("data.region.name", equalTo("深圳市"));
    }
}
