package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.partnerportal.adapters.web.portal.PageModels.EmailRow;
import io.partnerportal.adapters.web.portal.PageModels.EmailsPage;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.List;

/**
 * SPEC §6.3 {@code /emails}: the emails sent (or to be sent) to the signed-in person, newest first,
 * 20 a page with a "Next" link: what each was, its subject, which subscription, when (in the reader's
 * zone, R24), and its status.
 */
final class EmailRoutes {
    static final String PAGE = "/emails";

    private final CustomerPortal portal;
    private final Gate gate;
    private final Pages pages;

    EmailRoutes(CustomerPortal portal, Gate gate, Pages pages) {
        this.portal = portal;
        this.gate = gate;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get(PAGE, gate.signedIn(this::emails));
    }

    private void emails(Context ctx, Visitor v) {
        Texts t = v.t();
        Page<CustomerPortal.SentEmail> page = portal.forReader(v.day()).emails(CustomerPortal.ListEmails.parse(v.person(),
                ctx.queryParam("cursor")));
        List<EmailRow> rows = page.items().stream().map(e -> new EmailRow(t.t("emailtype." + e.type().name()),
                e.subject() == null ? "" : e.subject(), e.subscription() == null ? "" : e.productName() + " (" + e.subscription() + ")",
                t.dateTime(e.at()), t.t("emailstatus." + e.status().name()),
                e.status().name().toLowerCase(java.util.Locale.ROOT))).toList();
        pages.render(ctx, 200, "emails", new EmailsPage(Pages.chrome(v, ctx, t.t("emails.title"), PAGE, "profile"),
                rows, page.next() == null ? null : PAGE + "?cursor=" + Links.encode(page.next())));
    }
}
