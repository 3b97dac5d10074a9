package io.partnerportal.adapters.web.portal;

import java.util.List;
import java.util.Map;

/**
 * What each template is given: text already translated and formatted, URLs already built, so that
 * a template only places values (and JTE escapes each one).
 */
final class PageModels {
    private PageModels() {
    }

    /**
     * What every page has around its content: the language, the title, whether someone is signed in
     * and their sign-out token, a confirmation to show once, and the language switch's links back here.
     *
     * @param section {@code subscriptions}, {@code profile} or empty: the navigation link marked current
     */
    record Chrome(Texts t, String title, String section, boolean signedIn, String csrf, String flash,
                  List<Link> languages) {
        String lang() {
            return t.lang();
        }
    }

    /** A link; {@code current} marks the page or tab shown ({@code aria-current}). */
    record Link(String label, String url, boolean current, String lang) {
        static Link to(String label, String url) {
            return new Link(label, url, false, null);
        }

        static Link tab(String label, String url, boolean current) {
            return new Link(label, url, current, null);
        }
    }

    /** A status badge; {@code tone} is its CSS modifier. */
    record Badge(String text, String tone) {
    }

    /** A linked subscription: a link when the visitor can open it, else plain text ({@code url} null). */
    record Linked(String relation, String name, String entitlementNumber, String url) {
    }

    /** One line of a description list. */
    record Fact(String label, String value) {
    }

    /** A form's values as typed and its errors, by field name. */
    record Form(Map<String, String> values, Map<String, String> errors, List<Link> summary) {
        static Form empty() {
            return new Form(Map.of(), Map.of(), List.of());
        }

        String value(String field) {
            return values.getOrDefault(field, "");
        }

        String error(String field) {
            return errors.get(field);
        }

        /** The id of the field's error message, for {@code aria-describedby}; null when it has none. */
        String describedBy(String field) {
            return errors.containsKey(field) ? field + "-error" : null;
        }

        boolean invalid(String field) {
            return errors.containsKey(field);
        }
    }

    /** A radio button or select option. */
    record Choice(String value, String label, String id, boolean checked) {
    }

    // ---- sign-in ----

    record LoginPage(Chrome chrome, String csrf, Form form) {
    }

    record SignInLinkPage(Chrome chrome, String action, String csrf, boolean refused) {
    }

    // ---- subscriptions ----

    /** {@code csvUrl}: the tab's rows as CSV (SPEC §6.3). */
    record ListPage(Chrome chrome, List<ListTabLink> tabs, String caption, List<Row> rows, String empty, String next,
                    String csvUrl, Search search) {
    }

    /**
     * A tab of the list, and how many rows it holds under the search (null when not counted): the
     * count stands beside the link, which keeps the tab's name as its text and the count as its
     * description ({@code unit} read after it by screen readers only).
     */
    record ListTabLink(String label, String url, boolean current, String id, String count, String unit) {
    }

    /**
     * The list's search form (SPEC §6.3): it keeps the tab; {@code clearUrl} is null when nothing
     * narrows the list.
     */
    record Search(String tab, Form form, List<Choice> partners, List<Choice> products, String clearUrl) {
    }

    record Row(String url, String product, String entitlementNumber, String plan, String userTier, String timing,
               String partner, List<Linked> linked, List<Badge> badges, String pendingChange) {
    }

    /** The heading of a subscription's pages and the tabs between them (details, contacts, apps, history). */
    record Heading(String product, String entitlementNumber, List<Badge> badges, List<Link> tabs) {
    }

    /** What can be done with a subscription; a null URL hides the button. */
    /** The buttons; {@code viewerNote} says why a viewer sees none (R19), null for a manager. */
    record Actions(String setUpUrl, String cancelUrl, String withdrawUrl, String contactPartner, String viewerNote) {
    }

    record DetailsPage(Chrome chrome, Heading heading, List<Fact> facts, String linkedLabel, List<Linked> linked,
                       Actions actions, String error, Timeline timeline, List<RequestRow> requests, AskForms ask,
                       String askRefusal) {
    }

    /** R23: one request to the billing partner, as a row: when, about what, what it asks, where it stands. */
    record RequestRow(String when, String subscription, String subscriptionUrl, String kind, String wish,
                      String message, String status, String statusClass, String answer) {
    }

    /** R23: a subscription's requests, why the viewer may not ask (or null), and the forms to ask another. */
    record AskPage(Chrome chrome, Heading heading, List<RequestRow> requests, String refusal, AskForms forms,
                   String back) {
    }

    /**
     * R23: one small form per kind of request the viewer may ask (none when they may not), posted to
     * {@code action}; {@code returnTo} names the page shown once it is sent ({@code details}, or null for
     * the ask page); {@code postedKind} and {@code form} hold what came back refused.
     */
    record AskForms(String partnerName, List<String> kinds, String action, String returnTo, String postedKind,
                    Form form, List<Choice> keep, List<Choice> plans, List<Choice> cycles, List<Choice> products,
                    String csrf) {
    }

    /** R23 {@code /requests}: the requests the signed-in person asked, newest first. */
    record MyRequestsPage(Chrome chrome, List<RequestRow> rows, String next) {
    }

    record AppsPage(Chrome chrome, Heading heading, List<App> apps) {
    }

    record App(String name, String url, List<Badge> badges, List<Fact> facts,
               List<Linked> installedOn, String cancelUrl, String contactPartner) {
    }

    record HistoryPage(Chrome chrome, Heading heading, List<HistoryRow> rows, String next) {
    }

    record HistoryRow(String when, String action, String actor, List<String> details) {
    }

    /** {@code canManage}: the viewer is a manager (R19); {@code managing}: the Manage view is open. */
    record ContactsPage(Chrome chrome, Heading heading, String partnerName, String partnerEmail,
                        List<Contact> contacts, boolean managing, String manageUrl,
                        String doneUrl, String addAction, String removeAction, Form form, List<Choice> languages,
                        String error, boolean canManage, List<Choice> roles, String csvUrl) {
    }

    /**
     * A customer contact; {@code lang} is the language their language's name is written in;
     * {@code removable}: a remove button is offered (the core would not refuse it, R11 and R19).
     */
    record Contact(String name, String email, String language, String lang, String removeLabel, String role,
                   boolean removable) {
    }

    // ---- changes ----

    /** {@code impossible} says why it cannot be set up here; null when it can. */
    record SetUpPage(Chrome chrome, Heading heading, String backUrl, String action, String impossible,
                     boolean organizationScope, List<Choice> sites, List<Choice> organizations, String siteDomain,
                     Form form, String refusal) {
        boolean possible() {
            return impossible == null;
        }
    }

    record CancelPage(Chrome chrome, Heading heading, String backUrl, String action, String refusal,
                      List<Choice> when, String chosenWhen, String outcome, List<Linked> cancelledWith,
                      List<Linked> appsStaying, List<Linked> kept, List<Choice> reasons, Form form) {
    }

    /** {@code notifications}: the optional emails, checked when the person receives them (R18). */
    record ProfilePage(Chrome chrome, String email, Form form, List<Choice> languages, List<Choice> notifications,
                       String preferencesError, String timeZoneHint, List<String> timeZones) {
        /** R24: the time zone field's hint and error, for {@code aria-describedby}. */
        String timeZoneDescribedBy() {
            return form.invalid("timeZone") ? "timeZone-error timeZone-hint" : "timeZone-hint";
        }
    }

    /** SPEC §6.3 {@code /emails}: one page of the person's emails, newest first. */
    record EmailsPage(Chrome chrome, List<EmailRow> rows, String next) {
    }

    /** One email: what, about which subscription, when, and its status ({@code statusClass} for styling). */
    record EmailRow(String type, String subject, String subscription, String when, String status,
                    String statusClass) {
    }

    /** R18: {@code done} once the email type is switched off; before, the button that does it. */
    record UnsubscribePage(Chrome chrome, String action, String email, String type, boolean done) {
    }

    // ---- other pages ----

    record ErrorPage(Chrome chrome, String heading, String message, List<Link> links) {
    }

    record MailboxPage(Chrome chrome, List<Mail> mails) {
    }

    record Mail(String url, String sentAt, String to, String subject, String type, List<MailLink> links) {
    }

    /** A URL in an email: a link when it is http(s), else shown as text. */
    record MailLink(String url, boolean clickable) {
    }

    record MailPage(Chrome chrome, Mail mail, String text) {
    }
}
