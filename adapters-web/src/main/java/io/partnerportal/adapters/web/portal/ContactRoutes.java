package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.partnerportal.adapters.web.portal.PageModels.Choice;
import io.partnerportal.adapters.web.portal.PageModels.Contact;
import io.partnerportal.adapters.web.portal.PageModels.ContactsPage;
import io.partnerportal.adapters.web.portal.PageModels.Form;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Key contacts (SPEC §5.3): the billing partner and the customer contacts; Manage adds and removes
 * contacts. The core keeps the last contact and the last manager (R11, R19), and refuses a viewer:
 * its refusal is shown on the page. A viewer is offered no Manage, add or remove; a manager is
 * offered a remove button only where the core would not refuse it. Adding is limited per contact
 * ({@code PORTAL_INVITE_LIMIT} in 10 minutes, S6): beyond it the page answers 429 with
 * {@code Retry-After}.
 */
final class ContactRoutes {
    private static final String PAGE = SubscriptionRoutes.SUBSCRIPTION + "/contacts";

    private final CustomerPortal portal;
    private final Gate gate;
    private final Pages pages;
    private final Portal.Throttle invites;

    /** {@code invites} limits the contacts one signed-in contact adds (S6). */
    ContactRoutes(CustomerPortal portal, Gate gate, Pages pages, Portal.Throttle invites) {
        this.portal = portal;
        this.gate = gate;
        this.pages = pages;
        this.invites = invites;
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
        CustomerPortal.Contacts c = portal.forReader(v.day()).contacts(SubscriptionRoutes.view(ctx, v));
        SubscriptionView s = c.subscription();
        String page = Links.subscription(s.entitlementNumber(), Presenter.CONTACTS);
        String manage = Links.manageContacts(s.entitlementNumber());
        List<Contact> contacts = c.contacts().stream().map(p -> new Contact(p.name(), p.email(),
                Texts.languageName(p.locale()), p.locale(), t.t("contacts.remove", p.name()),
                t.t("role." + p.role().name()), c.removable().contains(p.email()))).toList();
        String language = form.values().getOrDefault("locale", t.lang());
        List<Choice> languages = Texts.LANGUAGES.stream().map(l -> new Choice(l, Texts.languageName(l),
                "locale-" + l, l.equals(language))).toList();
        String role = form.values().getOrDefault("role", ContactRole.MANAGER.name());
        List<Choice> roles = java.util.Arrays.stream(ContactRole.values()).map(r -> new Choice(r.name(),
                t.t("role." + r.name()), r == ContactRole.MANAGER ? "role" : "role-" + r.name(), r.name().equals(role)))
                .toList();
        boolean canManage = c.role() == ContactRole.MANAGER;
        pages.render(ctx, status, "contacts", new ContactsPage(
                Pages.chrome(v, ctx, t.t("contacts.title", s.product().name()), managing ? manage : page,
                        "subscriptions"),
                Presenter.heading(t, s, Presenter.CONTACTS), c.partnerName(), c.partnerContactEmail(), contacts,
                managing && canManage, manage, page, page, page + "/remove", form, languages,
                error, canManage, roles, page + "/export.csv"));
    }

    private void add(Context ctx, Visitor v) {
        Map<String, String> values = Forms.read(ctx, "email", "name", "locale", "role");
        long wait = invites.secondsToWait("person:" + v.person());
        if (wait > 0) {
            throw Refusal.tooManyInvites(wait);
        }
        try {
            portal.addContact(CustomerPortal.AddContact.parse(v.person(), SubscriptionRoutes.entitlementNumber(ctx),
                    values.get("email"), values.get("name"), values.get("locale"), values.get("role")));
        } catch (ValidationException e) {
            render(ctx, v, 400, true, Forms.invalid(v.t(), values, e), null);
            return;
        } catch (RuleRefusedException e) {
            render(ctx, v, 409, true, Form.empty(), v.t().refusal(e));
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
