package io.partnerportal.adapters.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A catalogue entry, seeded by a migration and read once when the store opens. */
@Entity
@Table(name = "product")
class ProductEntity {
    @Id
    String code;
    String name;
    String kind;
    String scope;
    int ordinal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_include", joinColumns = @JoinColumn(name = "product_code"))
    @OrderColumn(name = "ordinal")
    @Column(name = "included_code")
    List<String> includes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_host", joinColumns = @JoinColumn(name = "product_code"))
    @OrderColumn(name = "ordinal")
    @Column(name = "host_code")
    List<String> hosts = new ArrayList<>();

    protected ProductEntity() {
    }
}
