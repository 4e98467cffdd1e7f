package app.yibao.atlas.explorer;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Atlas Explorer, the web page at {@code /}, is a set of static files under {@code META-INF/resources}
 * ({@code index.html} and {@code explorer/}), served by Quarkus' static-resource handler. This filter runs before
 * that handler, for the page's paths only:
 * <ul>
 * <li>with {@code atlas.explorer.enabled=false} it answers 404, so a deployment that wants only the API serves no
 * page;</li>
 * <li>otherwise it has the files revalidated ({@code Cache-Control: no-cache}, answered 304 by
 * {@code Last-Modified}) instead of the handler's one-day {@code immutable}: their names carry no version, so a
 * new release must reach browsers at once.</li>
 * </ul>
 * A plain Vert.x filter: no reflection, safe in the native image.
 */
@ApplicationScoped
public class ExplorerSwitch {

    static final String CACHE_CONTROL = "no-cache";

    @ConfigProperty(name = "atlas.explorer.enabled", defaultValue = "true")
    boolean enabled;

    void register(@Observes Filters filters) {
        filters.register(enabled ? ExplorerSwitch::revalidate : ExplorerSwitch::hide, 900);
    }

    static boolean isPagePath(String path) {
        return path != null && (path.equals("/") || path.equals("/index.html") || path.equals("/explorer")
                || path.startsWith("/explorer/"));
    }

    private static void hide(RoutingContext ctx) {
        if (isPagePath(ctx.normalizedPath())) {
            ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Not Found");
        } else {
            ctx.next();
        }
    }

    private static void revalidate(RoutingContext ctx) {
        if (isPagePath(ctx.normalizedPath())) {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", CACHE_CONTROL));
        }
        ctx.next();
    }
}
