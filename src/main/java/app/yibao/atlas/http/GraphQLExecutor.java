package app.yibao.atlas.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
            runInPlace(engine, request, headers(ctx.request().headers()), state, result::tryComplete, result::tryFail);
        } finally {
            requestContext.deactivate();
        }
    }

    /**
     * Runs the engine on this thread, in the active request context (whose state is given, when there is one), and
     * hands its answer or failure on.
     */
    static void runInPlace(ExecutionService engine, GraphQLRequest request, Map<String, List<String>> headers,
            InjectableContext.ContextState state, Consumer<ExecutionResponse> answer, Consumer<Throwable> failure) {
        try {
            Map<String, Object> metaData = new ConcurrentHashMap<>();
            metaData.put("runBlocking", true); // already on a worker thread: data fetchers run in place
            metaData.put("httpHeaders", headers);
            if (state != null) {
                metaData.put("state", state);
            }
            engine.executeAsync(request.toEngineInput(), metaData, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    answer.accept(response);
                }

                @Override
                public void fail(Throwable cause) {
                    failure.accept(cause);
                }
            });
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    private static Map<String, List<String>> headers(MultiMap headers) {
        Map<String, List<String>> copy = new HashMap<>();
        headers.names().forEach(name -> copy.put(name, headers.getAll(name)));
        return copy;
    }
}
