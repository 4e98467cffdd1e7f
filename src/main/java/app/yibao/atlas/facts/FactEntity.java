package app.yibao.atlas.facts;

import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fact as stored; kind-specific fields are JSON in {@link #details}. */
@Entity
@Table(name = "fact")
public class FactEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public FactKind type;

    public int position;

    public String title;

    public String description;

    @Column(name = "applies_from")
    public LocalDate appliesFrom;

    @Column(name = "applies_until")
    public LocalDate appliesUntil;

    public boolean disputed;

    @Column(name = "dispute_note")
    public String disputeNote;

    public String caveat;

    /** JSON text of the kind-specific fields (a jsonb column), parsed when the snapshot is built. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String details;

    public String origin;

    public boolean retired;
}
