package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.partnerportal.adapters.web.portal.PageModels.Choice;
import io.partnerportal.adapters.web.portal.PageModels.Form;
import io.partnerportal.adapters.web.portal.PageModels.SetUpPage;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.portal.CustomerPortal.Details;
import io.partnerportal.core.portal.CustomerPortal.SetUpOptions;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.List;
import java.util.Map;

/**
 * Begin set up (R10): one form picks a site (or organization) the contact already sees, another
 * names a new site, so that without JavaScript each post carries exactly one choice.
 */
final class SetUpRoutes {
    private static final String PAGE = SubscriptionRoutes.SUBSCRIPTION + "/setup";

    private final CustomerPortal portal;
    private final Gate gate;
    private final Pages pages;

    SetUpRoutes(CustomerPortal portal, Gate gate, Pages pages) {
        this.portal = portal;
        this.gate = gate;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get(PAGE, gate.signedIn(this::options));
        routes.post(PAGE, gate.signedInForm(this::setUp));
    }

    private void options(Context ctx, Visitor v) {
        render(ctx, v, 200, Form.empty(), null);
    }

    private void render(Context ctx, Visitor v, int status, Form form, String refusal) {
        Texts t = v.t();
        CustomerPortal.ViewSubscription view = SubscriptionRoutes.view(ctx, v);
        Details d = portal.forReader(v.day()).details(view);
        SubscriptionView s = d.subscription();
        String en = s.entitlementNumber();
        var chrome = Pages.chrome(v, ctx, t.t("setup.title", s.product().name()), Links.subscription(en, "setup"),
                "subscriptions");
        var heading = Presenter.heading(t, s, "");
        if (!d.actions().canBeginSetUp()) {
            String where = s.site() != null ? s.site() : s.organization();
            pages.render(ctx, status == 200 ? 409 : status, "setup", new SetUpPage(chrome, heading,
                    Links.subscription(en), null, where != null ? t.t("setup.alreadySetUp", where)
                    : t.t("setup.notPossible"), false, List.of(), List.of(), null, form, refusal));
            return;
        }
        SetUpOptions o = portal.forReader(v.day()).setUpOptions(view);
        String site = form.value("existingSite");
        String organization = form.value("organization");
        List<Choice> sites = choices(o.sites(), "site", site);
        List<Choice> organizations = choices(o.organizations(), "organization", organization);
        pages.render(ctx, status, "setup", new SetUpPage(chrome, heading, Links.subscription(en),
                Links.subscription(en, "setup"), null, o.scope() == ProductScope.ORGANIZATION, sites,
                organizations, "." + o.siteDomain(), form, refusal));
    }

    private static List<Choice> choices(List<String> values, String idPrefix, String chosen) {
        return java.util.stream.IntStream.range(0, values.size()).mapToObj(i -> new Choice(values.get(i),
                values.get(i), idPrefix + "-" + i, values.get(i).equals(chosen) || values.size() == 1)).toList();
    }

    private void setUp(Context ctx, Visitor v) {
        Map<String, String> values = Forms.read(ctx, "existingSite", "newSiteName", "organization");
        SubscriptionView s;
        try {
            s = portal.setUp(CustomerPortal.SetUp.parse(v.person(), SubscriptionRoutes.entitlementNumber(ctx),
                    values.get("existingSite"), values.get("newSiteName"), values.get("organization")));
        } catch (ValidationException e) {
            render(ctx, v, 400, Forms.invalid(v.t(), values, e), null);
            return;
        } catch (RuleRefusedException e) {
            render(ctx, v, 409, Forms.filled(values), v.t().refusal(e));
            return;
        }
        ctx.redirect(Links.done(Links.subscription(s.entitlementNumber()), Flash.SET_UP), HttpStatus.SEE_OTHER);
    }
}
