package app.yibao.atlas.eligibility;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import app.yibao.atlas.api.AmbiguousRegionException;
import app.yibao.atlas.api.InvalidArgumentException;
import app.yibao.atlas.api.PolicyClock;
import app.yibao.atlas.api.RegionNotFoundException;
import app.yibao.atlas.knowledge.KnowledgeStore;
import app.yibao.atlas.regions.RegionCodes;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;
import jakarta.inject.Inject;

/** Whether a person's situation allows a withdrawal, with what to bring and where to go. */
@GraphQLApi
public class EligibilityQueries {

    @Inject
    EligibilityRules rules;

    @Inject
    KnowledgeStore store;

    @Query
    @NonBlocking
    @Description("Whether the balance may be withdrawn in a region (name or code) in a situation: ELIGIBLE, "
            + "NOT_ELIGIBLE or DEPENDS (with what it depends on), the matching conditions, materials, procedure and "
            + "citations; rules the region inherits are used and named in inheritedFrom.")
    public @NonNull Eligibility withdrawalEligibility(@Name("region") @NonNull String region,
            @Name("situation") @NonNull SituationInput situation,
            @Name("asOf") @Description("The day to judge on (default: today in China).")
            @ToScalar(Scalar.Date.class) String asOf)
            throws InvalidArgumentException, RegionNotFoundException, AmbiguousRegionException {
        return rules.assess(RegionCodes.byNameOrCode(store.current(), "region", region), situation,
                PolicyClock.asOf(asOf));
    }
}
