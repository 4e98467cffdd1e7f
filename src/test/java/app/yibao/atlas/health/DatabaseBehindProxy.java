package app.yibao.atlas.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of the test's own, reached by the application through a {@link TcpProxy} that the test can cut and
 * restore; the knowledge version is checked every second so that the test sees outage and recovery quickly.
 */
public class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

    static EmbeddedPostgres database;
    static TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedPostgres.builder().start();
            proxy = new TcpProxy(database.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:" + proxy.port() + "/postgres?stringtype=unspecified",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "atlas.knowledge.refresh-interval", "1s");
    }

    /** A direct connection URL, around the proxy, for changing the knowledge as a curator would. */
    static String directJdbcUrl() {
        return "jdbc:postgresql://localhost:" + database.getPort() + "/postgres";
    }

    @Override
    public void stop() {
        try {
            proxy.close();
            database.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
