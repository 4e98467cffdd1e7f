package app.yibao.atlas.api;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Reads the plain fields of answers (Region.code, WithdrawalCondition.title…) without building SmallRye's
 * per-field request context. SmallRye's own field fetcher fills that context (the selected fields as JSON, the
 * path) for every field of every answer, though only resolvers (@Query and @Source methods, which keep it) can
 * read it: profiled under load, that was a sixth of the CPU spent serving a city slice. Values still go
 * through SmallRye's transformations (dates, numbers, adapters), so answers are byte for byte the same.
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
        return new PlainFieldFetcher(field, owner);
    }

    /** Like SmallRye's FieldDataFetcher, less the context. */
    static final class PlainFieldFetcher implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final io.smallrye.graphql.schema.model.Field field;
        private final Reference owner;
        private final FieldHelper helper;
        private volatile AccessibleObject accessor;

        PlainFieldFetcher(io.smallrye.graphql.schema.model.Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.helper = new FieldHelper(field);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object value = read(environment.getSource());
            try {
                return helper.transformOrAdaptResponse(value, environment);
            } catch (AbstractDataFetcherException e) {
                return value; // as SmallRye's does when a transformation fails
            }
        }

        private Object read(Object source) throws ReflectiveOperationException {
            AccessibleObject member = accessor;
            if (member == null) {
                member = accessor = member();
            }
            return member instanceof Method method ? method.invoke(source) : ((Field) member).get(source);
        }

        private AccessibleObject member() {
            try {
                Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
                return field.getMethodName() == null ? type.getField(field.getPropertyName())
                        : type.getMethod(field.getMethodName());
            } catch (NoSuchFieldException | NoSuchMethodException e) {
                throw new GraphQLException(e);
            }
        }
    }
}
