package app.yibao.atlas.api;

import io.quarkus.runtime.annotations.RegisterResourceBundle;

/**
 * What the native image must hold that no code names directly.
 * <p>
 * graphql-java words its own errors (a misspelt enum value, a bad scalar, an unknown field or fragment) from
 * these message bundles; without them a native executable answers such a document with a
 * {@code MissingResourceException} instead of the error. Quarkus's GraphQL extension does not register them.
 */
@RegisterResourceBundle(bundleName = "i18n.Parsing")
@RegisterResourceBundle(bundleName = "i18n.Validation")
@RegisterResourceBundle(bundleName = "i18n.Scalars")
@RegisterResourceBundle(bundleName = "i18n.Execution")
@RegisterResourceBundle(bundleName = "i18n.General")
final class NativeImageHints {

    private NativeImageHints() {
    }
}
