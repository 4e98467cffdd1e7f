package app.yibao.atlas.regions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "region")
public class RegionEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    @Enumerated(EnumType.STRING)
    public RegionLevel level;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    public String abbreviation;

    public String[] aliases;
}
