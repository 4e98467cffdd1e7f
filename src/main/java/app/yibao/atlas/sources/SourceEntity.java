package app.yibao.atlas.sources;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String publisher;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String reliability;

    public Source toSource() {
        return new Source(id, title, publisher, publishedOn, reliability);
    }
}
