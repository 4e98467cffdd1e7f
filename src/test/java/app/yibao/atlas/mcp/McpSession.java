package app.yibao.atlas.mcp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** An MCP client session over Streamable HTTP, opened as an agent's client does it: initialize, then initialized. */
public final class McpSession {

    private static final String PROTOCOL = "2025-06-18";
    private final String session;
    private int nextId = 2;

    private McpSession(String session) {
        this.session = session;
    }

    public static McpSession open() {
        Response response = post(null, Map.of("jsonrpc", "2.0", "id", 1, "method", "initialize", "params",
                Map.of("protocolVersion", PROTOCOL, "capabilities", Map.of(),
                        "clientInfo", Map.of("name", "test-agent", "version", "1"))));
        assertThat(response.statusCode(), equalTo(200));
        assertThat(response.jsonPath().getString("result.serverInfo.name"), equalTo("yibao-atlas"));
        assertThat(response.jsonPath().getString("result.capabilities.tools"), notNullValue());
        String session = response.header("Mcp-Session-Id");
        assertThat(session, not(emptyOrNullString()));
        assertThat(post(session, Map.of("jsonrpc", "2.0", "method", "notifications/initialized")).statusCode(),
                equalTo(202));
        return new McpSession(session);
    }

    /** A tool's text result (JSON for this server's tools), asserted not to be a tool error. */
    public String callText(String name, Map<String, Object> arguments) {
        JsonPath response = rpc("tools/call", Map.of("name", name, "arguments", arguments));
        assertThat(response.getString("result.content[0].text"), response.getBoolean("result.isError"), equalTo(false));
        return response.getString("result.content[0].text");
    }

    public JsonPath call(String name, Map<String, Object> arguments) {
        return new JsonPath(callText(name, arguments));
    }

    public JsonPath rpc(String method, Map<String, Object> params) {
        Response response = post(session, Map.of("jsonrpc", "2.0", "id", nextId++, "method", method, "params", params));
        assertThat(response.statusCode(), equalTo(200));
        return response.jsonPath();
    }

    private static Response post(String session, Map<String, Object> message) {
        var request = given().contentType("application/json").accept("application/json, text/event-stream")
                .header("MCP-Protocol-Version", PROTOCOL);
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return request.body(message).when().post("/mcp");
    }
}
