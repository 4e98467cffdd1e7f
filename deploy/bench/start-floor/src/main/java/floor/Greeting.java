package floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entity, so that Hibernate ORM boots as it does in the app. */
@Entity
@Table(name = "greeting")
public class Greeting extends PanacheEntityBase {
    @Id
    public String id;
    public String text;
}
