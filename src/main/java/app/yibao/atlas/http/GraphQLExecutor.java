package app.yibao.atlas.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.yibao.atlas.api.Cancellation;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands a checked request to SmallRye GraphQL's engine on a worker thread, with the request context the engine
 * expects (as Quarkus's own GraphQL handler does), so that the event loop stays free to answer a timeout.
 */
@ApplicationScoped
class GraphQLExecutor {

    @Inject
    ExecutionService engine;

    @Inject
    CurrentVertxRequest currentVertxRequest;

    Future<ExecutionResponse> execute(RoutingContext ctx, GraphQLRequest request, Cancellation cancellation) {
        Promise<ExecutionResponse> result = Promise.promise();
        ctx.vertx().executeBlocking(() -> {
            // the data fetchers run in place on this thread, where they can see that the request was abandoned
            cancellation.runOn(() -> run(ctx, request, result));
            return null;
        }, false).onFailure(result::tryFail);
        return result.future();
    }

    private void run(RoutingContext ctx, GraphQLRequest request, Promise<ExecutionResponse> result) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        InjectableContext.ContextState state = requestContext.getState();
        ctx.addEndHandler(ended -> requestContext.destroy(state));
        try {
            currentVertxRequest.setCurrent(ctx);
            Map<String, Object> metaData = new ConcurrentHashMap<>();
            metaData.put("runBlocking", true); // already on a worker thread: data fetchers run in place
            metaData.put("httpHeaders", headers(ctx.request().headers()));
            metaData.put("state", state);
            engine.executeAsync(request.toEngineInput(), metaData, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    result.tryComplete(response);
                }

                @Override
                public void fail(Throwable failure) {
                    result.tryFail(failure);
                }
            });
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.deactivate();
        }
    }

    private static Map<String, List<String>> headers(MultiMap headers) {
        Map<String, List<String>> copy = new HashMap<>();
        headers.names().forEach(name -> copy.put(name, headers.getAll(name)));
        return copy;
    }
}
