package app.yibao.atlas.api;

import java.util.function.Function;

import app.yibao.atlas.plan.PlainFields;
import graphql.TrivialDataFetcher;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Reads the plain fields of answers (Region.code, WithdrawalCondition.title…) without building SmallRye's
 * per-field request context. SmallRye's own field fetcher fills that context (the selected fields as JSON, the
 * path) for every field of every answer, though only resolvers (@Query and @Source methods, which keep it) can
 * read it: profiled under load, that was a sixth of the CPU spent serving a city slice. Values are read through
 * the getters of {@link PlainFields} (no reflection) and still go through SmallRye's transformations (dates,
 * numbers, adapters), so answers are byte for byte the same.
 * Registered in META-INF/services; asked before Quarkus's service, which leaves plain fields to SmallRye.
 */
public class PlainFieldFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0; // Quarkus's is 1: lower comes first
    }

    @Override
    public PlugableDataFetcher<Object> getFieldDataFetcher(io.smallrye.graphql.schema.model.Field field, Type type,
            Reference owner) {
        Function<Object, Object> getter = PlainFields.getter(owner.getName(), field.getName());
        if (getter == null) {
            throw new IllegalStateException("No getter for " + owner.getName() + "." + field.getName()
                    + ": add it to PlainFields");
        }
        return new PlainFieldFetcher(getter, new FieldHelper(field));
    }

    /** Like SmallRye's FieldDataFetcher, less the context and the reflection. */
    static final class PlainFieldFetcher implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final Function<Object, Object> getter;
        private final FieldHelper helper;

        PlainFieldFetcher(Function<Object, Object> getter, FieldHelper helper) {
            this.getter = getter;
            this.helper = helper;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            if (Cancellation.currentStopsWork()) {
                throw new AbortExecutionException("The operation was abandoned: it ran past its timeout.");
            }
            Object value = getter.apply(environment.getSource());
            try {
                return helper.transformOrAdaptResponse(value, environment);
            } catch (AbstractDataFetcherException e) {
                return value; // as SmallRye's does when a transformation fails
            }
        }
    }
}
