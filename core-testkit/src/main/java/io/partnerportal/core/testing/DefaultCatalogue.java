package io.partnerportal.core.testing;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductScope;
import java.util.List;

/** The default catalogue of SPEC §2, as the persistence adapter's migration seeds it. */
public final class DefaultCatalogue {
    private DefaultCatalogue() {
    }

    public static List<Product> products() {
        return List.of(
                Product.product("jira", "Jira", ProductScope.SITE),
                Product.product("confluence", "Confluence", ProductScope.SITE),
                Product.product("jira-service-management", "Jira Service Management", ProductScope.SITE),
                Product.product("loom", "Loom", ProductScope.SITE),
                Product.product("rovo", "Rovo", ProductScope.SITE),
                Product.product("atlassian-guard", "Atlassian Guard", ProductScope.ORGANIZATION),
                Product.collection("teamwork-collection", "Teamwork Collection",
                        List.of("jira", "confluence", "loom", "rovo")),
                Product.app("tempo-timesheets", "Tempo Timesheets", List.of("jira")),
                Product.app("scriptrunner", "ScriptRunner", List.of("jira", "confluence")),
                Product.app("drawio", "draw.io", List.of("confluence", "jira")));
    }
}
