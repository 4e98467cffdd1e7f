package app.yibao.atlas.facts;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import app.yibao.atlas.regions.Region;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What every fact type shares. Instances in the snapshot are immutable; an answer for a region that inherits
 * a fact gets a copy that says where it came from, under an id of its own (see {@link #inheritedBy}).
 * <p>
 * Registered for reflection: the GraphQL field fetchers look these getters up on the subclasses, and the native
 * image registers the subclasses' own members only (SmallRye registers each GraphQL type, not its superclass).
 */
@RegisterForReflection(methods = true, fields = false)
public abstract class PolicyFact implements Cloneable {

    private final FactHeader header;
    private Region inheritedFrom;
    private String viewId; // set on a copy seen from a region that inherits the fact

    protected PolicyFact(FactHeader header) {
        this.header = header;
    }

    @Id
    @NonNull
    @Description("Identifies what this object shows: the fact's own id where the region asked about holds the fact, "
            + "else the code of that region and the fact's id (440100:national-withdrawal-emigration), so that one id "
            + "never shows two different inheritedFrom values (normalized client caches key objects by id).")
    public String getId() {
        return viewId != null ? viewId : header.id();
    }

    @Id
    @NonNull
    @Description("The fact's own id: the same in every region that shows it, inherited or not.")
    public String getFactId() {
        return header.id();
    }

    @NonNull
    public String getTitle() {
        return header.title();
    }

    public String getDescription() {
        return header.description();
    }

    @Description("First day the fact applies; null when the sources give none.")
    public LocalDate getAppliesFrom() {
        return header.appliesFrom();
    }

    @Description("Last day the fact applied; null while it still applies.")
    public LocalDate getAppliesUntil() {
        return header.appliesUntil();
    }

    @Description("True when sources contradict each other on this fact: read disputeNote before relying on it.")
    public boolean isDisputed() {
        return header.disputed();
    }

    @Description("What contradicts what, when the fact is disputed.")
    public String getDisputeNote() {
        return header.disputeNote();
    }

    @Description("Why this fact is weak, when it is (e.g. the source calls its own data unverified).")
    public String getCaveat() {
        return header.caveat();
    }

    @NonNull
    public List<@NonNull Citation> getCitations() {
        return header.citations();
    }

    @NonNull
    @Description("The region that holds this fact: the region asked about, the ancestor it inherits from (as "
            + "inheritedFrom), or a sub-region where an answer also lists what its sub-regions hold.")
    public Region getRegion() {
        return header.region();
    }

    @Description("The region whose rule this is, when the region asked about has none of its own; null otherwise.")
    public Region getInheritedFrom() {
        return inheritedFrom;
    }

    @Ignore
    public FactHeader header() {
        return header;
    }

    /**
     * What this fact, held by a region, stands in for in its ancestors' rules: their facts of the same kind on the
     * same subject are hidden, those on other subjects still apply. By default the subject is the whole kind: a
     * region's withdrawal cases, procedure, contacts or notices replace all of its ancestors'.
     */
    @Ignore
    public Object inheritanceSubject() {
        return PolicyFact.class;
    }

    /** A copy of this fact as seen from a region (viewer) that inherits it from an ancestor (owner). */
    @SuppressWarnings("unchecked")
    public <F extends PolicyFact> F inheritedBy(Region owner, Region viewer) {
        try {
            PolicyFact copy = (PolicyFact) clone();
            copy.inheritedFrom = owner;
            copy.viewId = viewer.code() + ":" + header.id();
            return (F) copy;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
