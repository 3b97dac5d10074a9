package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.partnerportal.adapters.web.portal.PageModels.Choice;
import io.partnerportal.adapters.web.portal.PageModels.Form;
import io.partnerportal.adapters.web.portal.PageModels.ProfilePage;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile (SPEC §5.3, §6.3): the person's name, language and time zone (R24), and which optional
 * emails they receive (R18). The language is also what their emails are written in; saving it switches the
 * portal's pages to it too.
 */
final class ProfileRoutes {
    private final CustomerPortal portal;
    private final Gate gate;
    private final Pages pages;
    private final Cookies cookies;

    ProfileRoutes(CustomerPortal portal, Gate gate, Pages pages, Cookies cookies) {
        this.portal = portal;
        this.gate = gate;
        this.pages = pages;
        this.cookies = cookies;
    }

    void register(RoutesConfig routes) {
        routes.get(Links.PROFILE, gate.signedIn(this::profile));
        routes.post(Links.PROFILE, gate.signedInForm(this::save));
        routes.post(Links.PROFILE + "/preferences", gate.signedInForm(this::savePreferences));
    }

    /** R24: zones offered as the field is typed in; any other IANA id is accepted too. */
    static final List<String> COMMON_TIME_ZONES = List.of("Asia/Tokyo", "UTC", "Asia/Seoul", "Asia/Shanghai",
            "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney", "Europe/London", "Europe/Paris", "Europe/Berlin",
            "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo");

    private void profile(Context ctx, Visitor v) {
        CustomerPortal.Profile p = portal.profile(v.person());
        render(ctx, v, 200, p.email(), filled(p));
    }

    private static Form filled(CustomerPortal.Profile p) {
        return Forms.filled(Map.of("name", p.name(), "locale", p.locale(), "timeZone",
                p.timeZoneChosen() ? p.timeZone() : ""));
    }

    private void render(Context ctx, Visitor v, int status, String email, Form form) {
        render(ctx, v, status, email, form, null);
    }

    private void render(Context ctx, Visitor v, int status, String email, Form form, String preferencesError) {
        Texts t = v.t();
        String chosen = form.value("locale");
        List<Choice> languages = Texts.LANGUAGES.stream().map(l -> new Choice(l, Texts.languageName(l),
                "locale-" + l, l.equals(chosen))).toList();
        Set<NotificationType> off = portal.preferences(v.person());
        List<Choice> notifications = CustomerPortal.optionalTypes().stream().map(n -> new Choice(n.name(),
                t.t("preferences.type." + n.name()), "notify-" + n.name(), !off.contains(n))).toList();
        String zone = v.day().zoneId();
        pages.render(ctx, status, "profile", new ProfilePage(
                Pages.chrome(v, ctx, t.t("profile.title"), Links.PROFILE, "profile"), email, form, languages,
                notifications, preferencesError, t.t("profile.timeZoneHint", zone), COMMON_TIME_ZONES));
    }

    /** R18: the checked boxes are the optional emails the person keeps; the others are switched off. */
    private void savePreferences(Context ctx, Visitor v) {
        try {
            portal.updatePreferences(CustomerPortal.UpdatePreferences.fromSwitchedOn(v.person(),
                    ctx.formParams("notifications")));
        } catch (ValidationException e) {
            CustomerPortal.Profile p = portal.profile(v.person());
            render(ctx, v, 400, p.email(), filled(p), v.t().t("field.notifications.error"));
            return;
        }
        ctx.redirect(Links.done(Links.PROFILE, Flash.PREFERENCES_SAVED), HttpStatus.SEE_OTHER);
    }

    private void save(Context ctx, Visitor v) {
        Map<String, String> values = Forms.read(ctx, "name", "locale", "timeZone");
        CustomerPortal.Profile saved;
        try {
            // a form without the time zone field keeps the zone the person had
            saved = portal.updateProfile(values.containsKey("timeZone")
                    ? CustomerPortal.UpdateProfile.parse(v.person(), values.get("name"), values.get("locale"),
                    values.get("timeZone"))
                    : CustomerPortal.UpdateProfile.parse(v.person(), values.get("name"), values.get("locale")));
        } catch (ValidationException e) {
            render(ctx, v, 400, v.session().email(), Forms.invalid(v.t(), values, e));
            return;
        }
        cookies.set(ctx, Cookies.LANGUAGE, saved.locale(), Cookies.LANGUAGE_LIFETIME);
        ctx.redirect(Links.done(Links.PROFILE, Flash.PROFILE_SAVED), HttpStatus.SEE_OTHER);
    }
}
