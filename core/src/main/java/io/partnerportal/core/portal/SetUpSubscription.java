package io.partnerportal.core.portal;

import io.partnerportal.core.application.ContactAccess;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.site.SiteRules;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contact sets a product or a collection up (R10) on a site or an organization they already
 * see, or on a new site; a collection's included products go with it. The site is locked for the
 * unit of work, and a site never hosts two live subscriptions of one product.
 */
public final class SetUpSubscription {
    private final Work work;
    private final ContactAccess contacts;
    private final SubscriptionRepository subscriptions;
    private final Catalogue catalogue;
    private final Sites sites;

    public SetUpSubscription(Work work, ContactAccess contacts, SubscriptionRepository subscriptions, Catalogue catalogue,
                      Sites sites) {
        this.work = work;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.catalogue = catalogue;
        this.sites = sites;
    }

    /** The choices, read outside a unit of work: the sheet (visibility in it) and the places, one read each. */
    public CustomerPortal.SetUpOptions options(CustomerPortal.ViewSubscription c) {
        SubscriptionSheets.Sheet sheet = contacts.sheet(c.viewer(), c.subscription(), work.today());
        Product product = catalogue.find(sheet.subscription().product()).orElseThrow();
        SubscriptionRepository.Places places = subscriptions.placesOf(c.viewer());
        return new CustomerPortal.SetUpOptions(work.views().ofSheet(sheet), product.scope(), places.sites(),
                places.organizations(), sites.domain());
    }

    public SubscriptionView setUp(CustomerPortal.SetUp c) {
        return work.tx().write(changes -> {
            ContactAccess.Seen seen = contacts.managed(c.viewer(), c.subscription());
            Subscription s = seen.subscription();
            SiteRules.setUpRefusal(s, work.today()).ifPresent(r -> {
                throw r.exception();
            });
            Product product = catalogue.find(s.product()).orElseThrow();
            SubscriptionRepository.Places places = subscriptions.placesOf(c.viewer());
            boolean onOrganization = product.scope() == ProductScope.ORGANIZATION;
            if (c.chosen() != 1) {
                throw ValidationException.of(onOrganization ? "organization" : "existingSite", FieldErrorCode.REQUIRED,
                        "choose one: " + (onOrganization ? "an organization" : "an existing site or a new site name"));
            }
            if (onOrganization) {
                if (c.organization() == null) {
                    throw ValidationException.of(c.existingSite() != null ? "existingSite" : "newSiteName",
                            FieldErrorCode.NOT_APPLICABLE, product.name() + " is set up on an organization, not a site");
                }
                if (!places.organizations().contains(c.organization().value())) {
                    throw ValidationException.of("organization", FieldErrorCode.UNKNOWN,
                            "not one of the organizations you can see");
                }
                changes.commit(Optional.of(SiteRules.setUp(s, List.of(), null, c.organization(),
                        work.act(new Actor.Contact(c.viewer())))), List.of(s));
                return work.views().of(s);
            }
            if (c.organization() != null) {
                throw ValidationException.of("organization", FieldErrorCode.NOT_APPLICABLE,
                        product.name() + " is set up on a site");
            }
            SiteUrl site = c.existingSite() != null ? existing(c, places) : fresh(c, places);
            sites.lockOrCreate(site, work.clock().instant());
            sites.refuseIfTaken(site, SiteRules.productsOnSite(product), null);
            List<Subscription> included = s.kind() == SubscriptionKind.COLLECTION
                    ? subscriptions.findOrderedIn(List.of(s.number())).stream()
                    .filter(p -> p.isIncludedOn(work.today())).toList() : List.of();
            List<Subscription> touched = new ArrayList<>(List.of(s));
            included.stream().filter(p -> !p.isSetUp()).forEach(touched::add);
            changes.commit(Optional.of(SiteRules.setUp(s, included, site, null, work.act(new Actor.Contact(
                    c.viewer())))), touched);
            return work.views().of(s);
        });
    }

    private SiteUrl existing(CustomerPortal.SetUp c, SubscriptionRepository.Places places) {
        SiteUrl site = Fields.single("existingSite", () -> sites.url(c.existingSite()));
        if (!places.sites().contains(site.value())) {
            throw ValidationException.of("existingSite", FieldErrorCode.UNKNOWN, "not one of the sites you can see");
        }
        return site;
    }

    private SiteUrl fresh(CustomerPortal.SetUp c, SubscriptionRepository.Places places) {
        SiteUrl site = sites.url(c.newSite());
        if (!places.sites().contains(site.value()) && sites.repository().find(site).isPresent()) {
            throw ValidationException.of("newSiteName", FieldErrorCode.TAKEN,
                    site.value() + " is taken; choose another name");
        }
        return site;
    }
}
