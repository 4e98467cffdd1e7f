package app.yibao.atlas.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The plans' field table against the schema SmallRye builds from the annotations: every field of every object type
 * has exactly one reader (a resolver or a getter), and the table names no field the schema lacks. A field added to
 * the schema without a reader fails here (and the engine would refuse to start: PlainFieldFetchers asks the table).
 */
@QuarkusTest
class FieldTableTest {

    @Inject
    GraphQLSchema schema;

    @Inject
    Resolvers resolvers;

    @Test
    void everyFieldOfTheSchemaHasOneReaderAndNoReaderIsStale() {
        Set<String> schemaFields = new TreeSet<>();
        Set<String> tableFields = new TreeSet<>(resolvers.names());
        PlainFields.names().forEach((type, fields) -> fields.forEach(field -> tableFields.add(type + "." + field)));
        Set<String> both = new TreeSet<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                schemaFields.add(type.getName() + "." + field.getName());
                if (resolvers.reader(type.getName(), field.getName()) != null
                        && PlainFields.getter(type.getName(), field.getName()) != null) {
                    both.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertEquals(schemaFields, tableFields);
        assertEquals(Set.of(), both);
    }
}
