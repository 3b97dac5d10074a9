package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.partnerportal.adapters.web.portal.PageModels.Mail;
import io.partnerportal.adapters.web.portal.PageModels.MailLink;
import io.partnerportal.adapters.web.portal.PageModels.MailPage;
import io.partnerportal.adapters.web.portal.PageModels.MailboxPage;
import io.partnerportal.core.operations.DevMailbox;
import io.partnerportal.core.port.out.SentMailArchive.ArchivedMail;
import io.partnerportal.adapters.web.IpAddresses;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;

/**
 * {@code /dev/mailbox} (SPEC §5.4): the emails the embedded default wrote, newest first, with their
 * links clickable, so a newcomer can sign in without a mail server. Registered only when the
 * settings enable it and the server listens on a loopback address (S1): otherwise the route does not
 * exist. Even then it answers only a client on this machine: a request a trusted proxy forwarded
 * from elsewhere is told the page does not exist.
 */
final class MailboxRoutes {
    static final int RECENT = 50;

    private final DevMailbox mailbox;
    private final Gate gate;
    private final Pages pages;

    MailboxRoutes(DevMailbox mailbox, Gate gate, Pages pages) {
        this.mailbox = mailbox;
        this.gate = gate;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get(Links.MAILBOX, gate.page(this::recent));
        routes.get(Links.MAILBOX + "/{id}", gate.page(this::message));
    }

    private void recent(Context ctx, Visitor v) {
        onThisMachineOnly(ctx);
        Texts t = v.t();
        List<Mail> mails = mailbox.recent(RECENT).stream().map(m -> mail(t, m)).toList();
        pages.render(ctx, "mailbox", new MailboxPage(
                Pages.chrome(v, ctx, t.t("mailbox.title"), Links.MAILBOX, ""), mails));
    }

    private void message(Context ctx, Visitor v) {
        onThisMachineOnly(ctx);
        Texts t = v.t();
        ArchivedMail m = mailbox.message(ctx.pathParam("id")).orElseThrow(Refusal::notFound);
        Mail mail = mail(t, m);
        pages.render(ctx, "mail", new MailPage(Pages.chrome(v, ctx, m.subject(), mail.url(), ""), mail, m.text()));
    }

    /** The client (as a trusted proxy names it, else the connection's peer) is on a loopback address. */
    private static void onThisMachineOnly(Context ctx) {
        InetAddress client = IpAddresses.parse(ctx.ip());
        if (client == null || !client.isLoopbackAddress()) {
            throw Refusal.notFound();
        }
    }

    private static Mail mail(Texts t, ArchivedMail m) {
        List<MailLink> links = m.links().stream().map(l -> new MailLink(l, isWebAddress(l))).toList();
        return new Mail(Links.mail(m.id()), t.dateTime(m.sentAt()), m.to(), m.subject(),
                m.type() == null ? "" : m.type().name(), links);
    }

    /** Only http(s) addresses become links; anything else (a {@code javascript:} URL) stays text. */
    static boolean isWebAddress(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
