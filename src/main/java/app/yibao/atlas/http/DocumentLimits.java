package app.yibao.atlas.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;

/**
 * Measures a GraphQL document before anything runs and refuses it when it is over a limit: tokens, operations,
 * aliases, one field repeated under the same parent, depth and number of fields (fragments expanded). A document
 * that does not parse is refused as {@code INVALID_SYNTAX}; one that does not validate is left to the engine, which
 * answers with the usual validation errors; one that makes graphql-java's parser or validator throw (it does, on
 * some malformed documents) is the client's error, refused as {@code INVALID_DOCUMENT} rather than failing inside
 * the engine.
 */
final class DocumentLimits {

    private static final Logger LOG = Logger.getLogger(DocumentLimits.class);

    /**
     * The operation a request will run, as far as the document tells, with the parsed document when it validated
     * without errors (else null: the engine answers with the validation errors).
     */
    record Operation(String name, OperationDefinition.Operation type, Document validDocument) {
    }


    // Documents that passed, by text: clients send the same few documents again and again, and parsing one again
    // costs more than running it. Bounded in count and size, so that a stream of new documents cannot grow it.
    private static final int CACHED_DOCUMENTS = 500;
    private static final int CACHED_LENGTH = 8_000;

    private final GraphQLHttpConfig limits;
    private final Supplier<GraphQLSchema> schema;
    private final ParserOptions parserOptions;
    private final Map<String, List<Operation>> passed = new ConcurrentHashMap<>();

    DocumentLimits(GraphQLHttpConfig limits, Supplier<GraphQLSchema> schema) {
        this.limits = limits;
        this.schema = schema;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens()));
    }

    Operation check(GraphQLRequest request) {
        List<Operation> operations = passed.get(request.query());
        if (operations == null) {
            operations = measure(request);
            if (passed.size() < CACHED_DOCUMENTS && request.query().length() <= CACHED_LENGTH) {
                passed.put(request.query(), operations);
            }
        }
        return selected(operations, request.operationName());
    }

    /** The operations of a document within the limits. */
    private List<Operation> measure(GraphQLRequest request) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(request.query())
                    .parserOptions(parserOptions).build());
        } catch (ParseCancelledException e) {
            throw RequestRefused.limit("TOO_MANY_TOKENS",
                    "The document has more than " + limits.maxTokens() + " tokens; send a smaller query.");
        } catch (InvalidSyntaxException e) {
            // graphql-java's own wording names the offending token, line and column (the engine's does not)
            throw RequestRefused.invalid("INVALID_SYNTAX", "The document is not valid GraphQL: " + e.getMessage());
        } catch (RuntimeException e) {
            throw unreadable(e, "parse");
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operations.size() > limits.maxOperations()) {
            throw RequestRefused.limit("TOO_MANY_OPERATIONS", "The document defines " + operations.size()
                    + " operations; at most " + limits.maxOperations() + " are accepted.");
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));

        int aliases = 0;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                aliases += checkSelections(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment) {
                aliases += checkSelections(fragment.getSelectionSet());
            }
        }
        checkDirectivesAndIntrospection(document);
        if (aliases > limits.maxAliases()) {
            throw RequestRefused.limit("TOO_MANY_ALIASES", "The document uses " + aliases + " aliases; at most "
                    + limits.maxAliases() + " are accepted.");
        }
        for (OperationDefinition operation : operations) {
            new Expansion(fragments).visit(operation.getSelectionSet(), 1, new HashSet<>());
        }
        boolean valid;
        try {
            // Its errors are left to the engine, which words them the same way; only a throw is caught here.
            valid = new Validator().validateDocument(schema.get(), document, Locale.ENGLISH).isEmpty();
        } catch (RuntimeException e) {
            throw unreadable(e, "validate");
        }
        Document validDocument = valid ? document : null;
        return operations.stream()
                .map(operation -> new Operation(operation.getName(), operation.getOperation(), validDocument))
                .toList();
    }

    /**
     * Directives are checked once for the whole document before validation, which would report an unknown or
     * repeated directive once per use (graphql-cop's "directive overloading": a field with a thousand @aa). The
     * switched-off introspection is checked here too, fragments included.
     */
    private void checkDirectivesAndIntrospection(Document document) {
        GraphQLSchema graphQLSchema = schema.get();
        int directives = 0;
        List<Node<?>> pending = new ArrayList<>();
        document.getDefinitions().forEach(pending::add);
        while (!pending.isEmpty()) {
            Node<?> node = pending.remove(pending.size() - 1);
            if (node instanceof DirectivesContainer<?> container && !container.getDirectives().isEmpty()) {
                directives += container.getDirectives().size();
                if (directives > limits.maxDirectives()) {
                    throw RequestRefused.limit("TOO_MANY_DIRECTIVES", "The document uses more than "
                            + limits.maxDirectives() + " directives; use fewer @include/@skip.");
                }
                Set<String> seen = new HashSet<>();
                for (Directive directive : container.getDirectives()) {
                    GraphQLDirective known = graphQLSchema.getDirective(directive.getName());
                    if (known == null) {
                        throw RequestRefused.invalid("UNKNOWN_DIRECTIVE", "Unknown directive @" + directive.getName()
                                + "; queries may use @include and @skip.");
                    }
                    if (!seen.add(directive.getName()) && !known.isRepeatable()) {
                        throw RequestRefused.invalid("DIRECTIVE_REPEATED", "The directive @" + directive.getName()
                                + " is used more than once in one place; it may appear once.");
                    }
                }
            }
            if (!limits.introspection() && node instanceof Field field
                    && (field.getName().equals("__schema") || field.getName().equals("__type"))) {
                throw RequestRefused.limit("INTROSPECTION_DISABLED", "Introspection (" + field.getName()
                        + ") is turned off on this server; the schema is published at /graphql/schema.graphql.");
            }
            node.getChildren().forEach(pending::add);
        }
    }

    private static RequestRefused unreadable(RuntimeException e, String step) {
        LOG.debugf(e, "graphql-java could not %s a document", step);
        return RequestRefused.invalid("INVALID_DOCUMENT", "The document could not be checked against the schema ("
                + step + " failed); check its operation type, fragments, variables and directives.");
    }

    /** Counts the aliases of a selection set and its children, and refuses a field repeated under one parent. */
    private int checkSelections(SelectionSet selectionSet) {
        if (selectionSet == null) {
            return 0;
        }
        int aliases = 0;
        Map<String, Integer> repeats = new HashMap<>();
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getAlias() != null) {
                    aliases++;
                }
                String key = field.getResultKey();
                if (repeats.merge(key, 1, Integer::sum) > limits.maxFieldRepeats()) {
                    throw RequestRefused.limit("FIELD_REPEATED", "The field '" + key + "' is selected more than "
                            + limits.maxFieldRepeats() + " times under the same parent.");
                }
                aliases += checkSelections(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                aliases += checkSelections(inline.getSelectionSet());
            }
        }
        return aliases;
    }

    /** The operation that will run: the one named, or the only one (whose name the document gives). */
    private static Operation selected(List<Operation> operations, String name) {
        if (name == null) {
            return operations.size() == 1 ? operations.get(0) : new Operation(null, null, null);
        }
        return operations.stream().filter(operation -> name.equals(operation.name())).findFirst()
                .orElse(new Operation(name, null, null));
    }

    /** Walks an operation with its fragments expanded, stopping as soon as depth or field count is over. */
    private final class Expansion {

        private final Map<String, FragmentDefinition> fragments;
        private int fields;

        Expansion(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        void visit(SelectionSet selectionSet, int depth, Set<String> fragmentPath) {
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    if (++fields > limits.maxFields()) {
                        throw RequestRefused.limit("QUERY_TOO_COMPLEX", "The operation selects more than "
                                + limits.maxFields() + " fields (fragments expanded); split it into smaller ones.");
                    }
                    if (depth > limits.maxDepth()) {
                        throw RequestRefused.limit("QUERY_TOO_DEEP", "The operation nests fields more than "
                                + limits.maxDepth() + " levels deep.");
                    }
                    if (field.getSelectionSet() != null) {
                        visit(field.getSelectionSet(), depth + 1, fragmentPath);
                    }
                } else if (selection instanceof InlineFragment inline) {
                    visit(inline.getSelectionSet(), depth, fragmentPath);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    // An unknown or cyclic fragment is a validation error, reported by the engine.
                    if (fragment != null && !fragmentPath.contains(spread.getName())) {
                        Set<String> path = new HashSet<>(fragmentPath);
                        path.add(spread.getName());
                        visit(fragment.getSelectionSet(), depth, path);
                    }
                }
            }
        }
    }
}
