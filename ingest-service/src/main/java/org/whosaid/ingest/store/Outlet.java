package org.whosaid.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** An outlet or news agency in the registry. Aliases and domains are '|'-separated. */
@Entity
@Table(name = "outlet")
public class Outlet extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String aliases;
    public String domains;
    public String country;
    public String language;
    public String zone;
    public boolean agency;
    public String note;
}
