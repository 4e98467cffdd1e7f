package app.yibao.atlas.facts;

import java.io.Serializable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "citation")
@IdClass(CitationEntity.Key.class)
public class CitationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "fact_id")
    public String factId;

    @Id
    public int position;

    @Column(name = "source_id")
    public String sourceId;

    public String quote;

    /** Composite key: a citation is the n-th of its fact. */
    public static class Key implements Serializable {
        public String factId;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && key.factId.equals(factId);
        }

        @Override
        public int hashCode() {
            return factId.hashCode() * 31 + position;
        }
    }
}
