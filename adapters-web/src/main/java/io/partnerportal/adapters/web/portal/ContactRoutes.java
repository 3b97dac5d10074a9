package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.partnerportal.adapters.web.portal.PageModels.Choice;
import io.partnerportal.adapters.web.portal.PageModels.Contact;
import io.partnerportal.adapters.web.portal.PageModels.ContactsPage;
import io.partnerportal.adapters.web.portal.PageModels.Form;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.port.in.CustomerPortal;
import io.partnerportal.core.port.in.SubscriptionView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Key contacts (SPEC §5.3): the billing partner and the customer contacts; Manage adds and removes
 * contacts. The core keeps the last contact (R11): its refusal is shown on the page.
 */
final class ContactRoutes {
    private static final String PAGE = SubscriptionRoutes.SUBSCRIPTION + "/contacts";

    private final CustomerPortal portal;
    private final Gate gate;
    private final Pages pages;

    ContactRoutes(CustomerPortal portal, Gate gate, Pages pages) {
        this.portal = portal;
        this.gate = gate;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get(PAGE, gate.signedIn(this::contacts));
        routes.post(PAGE, gate.signedInForm(this::add));
        routes.post(PAGE + "/remove", gate.signedInForm(this::remove));
    }

    private void contacts(Context ctx, Visitor v) {
        render(ctx, v, 200, "true".equals(ctx.queryParam("manage")), Form.empty(), null);
    }

    private void render(Context ctx, Visitor v, int status, boolean managing, Form form, String error) {
        Texts t = v.t();
        CustomerPortal.Contacts c = portal.contacts(SubscriptionRoutes.view(ctx, v));
        SubscriptionView s = c.subscription();
        String page = Links.subscription(s.entitlementNumber(), Presenter.CONTACTS);
        String manage = Links.manageContacts(s.entitlementNumber());
        List<Contact> contacts = c.contacts().stream().map(p -> new Contact(p.name(), p.email(),
                Texts.languageName(p.locale()), p.locale(), t.t("contacts.remove", p.name()))).toList();
        String language = form.values().getOrDefault("locale", t.lang());
        List<Choice> languages = Texts.LANGUAGES.stream().map(l -> new Choice(l, Texts.languageName(l),
                "locale-" + l, l.equals(language))).toList();
        pages.render(ctx, status, "contacts", new ContactsPage(
                Pages.chrome(v, ctx, t.t("contacts.title", s.product().name()), managing ? manage : page,
                        "subscriptions"),
                Presenter.heading(t, s, Presenter.CONTACTS), c.partnerName(), c.partnerContactEmail(), contacts,
                managing, manage, page, page, page + "/remove", form, languages,
                error));
    }

    private void add(Context ctx, Visitor v) {
        Map<String, String> values = Forms.read(ctx, "email", "name", "locale");
        try {
            portal.addContact(CustomerPortal.AddContact.parse(v.person(), SubscriptionRoutes.entitlementNumber(ctx),
                    values.get("email"), values.get("name"), values.get("locale")));
        } catch (ValidationException e) {
            render(ctx, v, 400, true, Forms.invalid(v.t(), values, e), null);
            return;
        }
        ctx.redirect(Links.done(Links.manageContacts(SubscriptionRoutes.entitlementNumber(ctx)), Flash.CONTACT_ADDED),
                HttpStatus.SEE_OTHER);
    }

    private void remove(Context ctx, Visitor v) {
        Optional<SubscriptionView> after;
        try {
            after = portal.removeContact(CustomerPortal.RemoveContact.parse(v.person(),
                    SubscriptionRoutes.entitlementNumber(ctx), ctx.formParam("email")));
        } catch (RuleRefusedException e) {
            render(ctx, v, 409, true, Form.empty(), v.t().refusal(e));
            return;
        }
        // whoever removed themselves and no longer sees the subscription goes back to their list
        ctx.redirect(after.map(s -> Links.done(Links.manageContacts(s.entitlementNumber()), Flash.CONTACT_REMOVED))
                .orElse(Links.done(Links.SUBSCRIPTIONS, Flash.REMOVED_YOURSELF)), HttpStatus.SEE_OTHER);
    }
}
