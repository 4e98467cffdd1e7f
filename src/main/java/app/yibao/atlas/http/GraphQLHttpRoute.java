package app.yibao.atlas.http;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import app.yibao.atlas.api.Cancellation;
import app.yibao.atlas.api.PolicyClock;
import app.yibao.atlas.knowledge.KnowledgeStore;
import app.yibao.atlas.observability.GraphQLRequestLog;
import app.yibao.atlas.observability.RequestOutcome;
import app.yibao.atlas.plan.ReadPlan;
import app.yibao.atlas.plan.ReadPlans;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * The GraphQL endpoint, {@code /graphql}, as the GraphQL-over-HTTP specification describes it: GET for queries
 * (cacheable, with ETag), POST for everything, both media types, and every refusal a GraphQL error with a stable
 * {@code extensions.code}. It runs before SmallRye's own HTTP handler and answers every request itself; SmallRye's
 * engine executes the operation.
 */
@ApplicationScoped
public class GraphQLHttpRoute {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpRoute.class);

    @Inject
    GraphQLHttpConfig config;

    @Inject
    GraphQLExecutor executor;

    @Inject
    KnowledgeStore store;

    @Inject
    GraphQLRequestLog requestLog;

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    ReadPlans plans;

    @Inject
    MeterRegistry registry;

    private Counter fromCache;
    private Counter fromPlan;
    private Counter fromEngine;
    private Counter abandoned;

    private DocumentLimits limits;
    private AnswerCache answers;
    private PersistedQueries persisted;

    void register(@Observes Router router) {
        limits = new DocumentLimits(config, schema::get);
        answers = new AnswerCache(config.answerCache().asLongValue());
        persisted = new PersistedQueries(config.persistedQueries().asLongValue(),
                config.trustedDocuments().orElse(null));
        fromCache = answerCounter("cache");
        fromPlan = answerCounter("plan");
        fromEngine = answerCounter("engine");
        abandoned = Counter.builder("graphql.abandoned")
                .description("Operations that ran past their timeout, were answered EXECUTION_TIMEOUT and stopped")
                .register(registry);
        // After CORS, before SmallRye's handler for the same path. The body handler refuses an oversized body
        // as soon as its Content-Length (or the bytes received) pass the limit.
        router.route("/graphql").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()))
                .handler(this::handle)
                .failureHandler(this::handleFailure);
    }

    private Counter answerCounter(String source) {
        return Counter.builder("graphql.answers")
                .description("GraphQL answers by what gave them: the answer cache, a compiled plan or the engine")
                .tag("source", source).register(registry);
    }

    private void handleFailure(RoutingContext ctx) {
        Exchange exchange = new Exchange(ctx);
        if (ctx.statusCode() == 413) {
            exchange.refuse(RequestRefused.http(413, "REQUEST_TOO_LARGE",
                    "The request body is larger than " + config.maxBodyBytes() + " bytes; send a smaller query."));
        } else {
            exchange.failed(ctx.failure() != null ? ctx.failure() : new IllegalStateException("HTTP " + ctx.statusCode()));
        }
    }

    private void handle(RoutingContext ctx) {
        Exchange exchange = new Exchange(ctx);
        if (ctx.request().method().name().equals("OPTIONS")) {
            ctx.response().putHeader("Allow", "GET, POST, OPTIONS").setStatusCode(204).end();
            return;
        }
        try {
            exchange.mediaType = ResponseMediaType.negotiate(ctx.request().getHeader("Accept"));
            GraphQLRequest sent = GraphQLRequestReader.read(ctx);
            exchange.operationName = sent.operationName();
            GraphQLRequest request = persisted.resolve(sent);
            DocumentLimits.Operation operation = limits.check(request);
            persisted.register(request);
            exchange.operationName = operation.name();
            if (request.isGet() && operation.type() != null
                    && operation.type() != OperationDefinition.Operation.QUERY) {
                ctx.response().putHeader("Allow", "POST");
                throw RequestRefused.http(405, "METHOD_NOT_ALLOWED",
                        "Only queries may be sent with GET; send a " + operation.type().name().toLowerCase()
                                + " with POST.");
            }
            String version = store.current().version();
            LocalDate today = PolicyClock.today();
            String etag = request.isGet() ? EntityTag.of(version, today.toString(), exchange.mediaType, request)
                    : null;
            if (etag != null && EntityTag.matches(ctx.request().getHeader("If-None-Match"), etag)) {
                exchange.notModified(etag);
                return;
            }
            byte[] known = answers.get(version, today, request);
            if (known != null) {
                fromCache.increment();
                exchange.answerAgain(known, etag);
                return;
            }
            Answering answering = new Answering(exchange, request, version, today, etag);
            ReadPlan plan = config.compiledPlans() && operation.validDocument() != null
                    ? plans.plan(request.query(), operation.validDocument(), request.operationName())
                    : null;
            if (plan == null) {
                answering.byEngine();
            } else if (!plan.heavy()) {
                answering.byPlanOrEngine(plan.answer(request.variables(), exchange.cancellation)); // a look-up
            } else {
                exchange.startTimeout(config.timeout().toMillis());
                ctx.vertx().executeBlocking(() -> plan.answer(request.variables(), exchange.cancellation), false)
                        .onComplete(done -> {
                            if (done.succeeded()) {
                                answering.byPlanOrEngine(done.result());
                            } else {
                                exchange.failed(done.cause());
                            }
                        });
            }
        } catch (RequestRefused refused) {
            exchange.refuse(refused);
        } catch (RuntimeException e) {
            exchange.failed(e);
        }
    }

    /** Gives a request its answer: the plan's when it has one, else the engine's; complete answers are kept. */
    private final class Answering {

        private final Exchange exchange;
        private final GraphQLRequest request;
        private final String version;
        private final LocalDate today;
        private final String etag;

        Answering(Exchange exchange, GraphQLRequest request, String version, LocalDate today, String etag) {
            this.exchange = exchange;
            this.request = request;
            this.version = version;
            this.today = today;
            this.etag = etag;
        }

        void byPlanOrEngine(byte[] planned) {
            if (exchange.isAnswered()) {
                if (exchange.cancellation.stoppedWork()) {
                    abandoned.increment(); // timed out: the plan saw it and stopped
                }
                return;
            }
            if (planned == null) {
                byEngine();
            } else if (exchange.answerAgain(planned, etag)) {
                fromPlan.increment();
                answers.put(version, today, request, planned);
            }
        }

        void byEngine() {
            exchange.startTimeout(config.timeout().toMillis());
            executor.execute(exchange.ctx, request, exchange.cancellation).onComplete(done -> {
                if (exchange.cancellation.stoppedWork()) {
                    abandoned.increment(); // timed out: the engine's field fetchers saw it and stopped
                }
                if (done.succeeded()) {
                    byte[] complete = exchange.answer(done.result(), etag);
                    fromEngine.increment();
                    if (complete != null) {
                        answers.put(version, today, request, complete);
                    }
                } else {
                    exchange.failed(done.cause());
                }
            });
        }
    }

    /** One request and its single answer: whichever of result, timeout or failure comes first is sent. */
    private final class Exchange {

        private final RoutingContext ctx;
        private final long start = System.nanoTime();
        private final AtomicBoolean answered = new AtomicBoolean();
        private final Cancellation cancellation = new Cancellation();
        private ResponseMediaType mediaType = ResponseMediaType.JSON;
        private String operationName;
        private volatile long timer = -1;

        Exchange(RoutingContext ctx) {
            this.ctx = ctx;
        }

        /** Starts the clock once: a plan that hands over to the engine keeps the time it has already used. */
        void startTimeout(long millis) {
            if (timer >= 0) {
                return;
            }
            timer = ctx.vertx().setTimer(millis, id -> {
                if (claim()) {
                    cancellation.cancel(); // the work in progress stops at its next field
                    sendError(503, "EXECUTION_TIMEOUT", "The operation took longer than " + millis
                            + " ms and was abandoned; ask for less, or retry later.", RequestOutcome.TIMEOUT);
                }
            });
        }

        /** Sends the engine's answer; returns it (UTF-8) when it is complete and without errors, else null. */
        byte[] answer(ExecutionResponse response, String etag) {
            if (!claim()) {
                return null;
            }
            ExecutionResult result = response.getExecutionResult();
            boolean executed = result.isDataPresent();
            boolean complete = executed && result.getErrors().isEmpty();
            int status = executed ? 200 : mediaType.requestErrorStatus();
            HttpServerResponse http = ctx.response();
            if (etag != null && complete) {
                cacheable(http, etag);
            } else {
                http.putHeader("Cache-Control", "no-store");
            }
            RequestOutcome outcome = !executed ? RequestOutcome.INVALID
                    : complete ? RequestOutcome.OK : RequestOutcome.GRAPHQL_ERRORS;
            String body = complete ? response.getExecutionResultAsString()
                    : UnmappedErrors.reword(response.getExecutionResultAsString(), result.getErrors());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            send(status, bytes, outcome);
            return complete ? bytes : null;
        }

        /** Sends a complete answer (given before to the same request, or by a plan); false if too late. */
        boolean answerAgain(byte[] body, String etag) {
            if (!claim()) {
                return false;
            }
            if (etag != null) {
                cacheable(ctx.response(), etag);
            } else {
                ctx.response().putHeader("Cache-Control", "no-store");
            }
            send(200, body, RequestOutcome.OK);
            return true;
        }

        void notModified(String etag) {
            if (claim()) {
                cacheable(ctx.response(), etag);
                ctx.response().setStatusCode(304).end();
                record(304, RequestOutcome.NOT_MODIFIED);
            }
        }

        void refuse(RequestRefused refused) {
            if (claim()) {
                int status = refused.requestError ? mediaType.requestErrorStatus() : refused.status;
                sendError(status, refused.code, refused.getMessage(), refused.outcome);
            }
        }

        void failed(Throwable failure) {
            if (claim()) {
                LOG.error("GraphQL request failed", failure);
                sendError(500, "INTERNAL_ERROR", "The server could not answer; retry later.", RequestOutcome.FAILED);
            }
        }

        boolean isAnswered() {
            return answered.get();
        }

        private boolean claim() {
            if (!answered.compareAndSet(false, true)) {
                return false;
            }
            if (timer >= 0) {
                ctx.vertx().cancelTimer(timer);
            }
            return true;
        }

        private void cacheable(HttpServerResponse http, String etag) {
            http.putHeader("ETag", etag)
                    .putHeader("Cache-Control", "public, max-age=" + config.cacheMaxAge().toSeconds())
                    .putHeader("Vary", "Accept");
        }

        private void sendError(int status, String code, String message, RequestOutcome outcome) {
            String body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(
                    Json.createObjectBuilder().add("message", message)
                            .add("extensions", Json.createObjectBuilder().add("code", code))))
                    .build().toString();
            ctx.response().putHeader("Cache-Control", "no-store");
            send(status, body.getBytes(StandardCharsets.UTF_8), outcome);
        }

        private void send(int status, byte[] body, RequestOutcome outcome) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", mediaType.contentType)
                    .end(Buffer.buffer(body));
            record(status, outcome);
        }

        private void record(int status, RequestOutcome outcome) {
            requestLog.record(ctx.request().method().name(), operationName, status, outcome,
                    System.nanoTime() - start);
        }
    }
}
