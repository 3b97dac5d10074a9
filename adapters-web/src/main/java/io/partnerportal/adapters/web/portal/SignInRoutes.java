package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.partnerportal.adapters.web.portal.PageModels.Form;
import io.partnerportal.adapters.web.portal.PageModels.LoginPage;
import io.partnerportal.adapters.web.portal.PageModels.SignInLinkPage;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.signin.SignIn;
import java.util.Locale;
import java.util.Map;

/**
 * Magic-link sign-in (SPEC §5.3): the email form answers the same whether or not the address is
 * known; the link's page only shows a "Sign in" button (mail scanners open links), and only its
 * post redeems the link, ending any session the browser had and starting a new one; sign-out ends
 * the session. Sign-in requests are limited per connection address and per email.
 */
final class SignInRoutes {
    private final SignIn signIn;
    private final Gate gate;
    private final Guard guard;
    private final Cookies cookies;
    private final Pages pages;
    private final Portal.Throttle perAddress;
    private final Portal.Throttle perEmail;

    SignInRoutes(SignIn signIn, Gate gate, Guard guard, Cookies cookies, Pages pages, Portal.Throttle perAddress,
                 Portal.Throttle perEmail) {
        this.signIn = signIn;
        this.gate = gate;
        this.guard = guard;
        this.cookies = cookies;
        this.pages = pages;
        this.perAddress = perAddress;
        this.perEmail = perEmail;
    }

    void register(RoutesConfig routes) {
        routes.get("/", gate.page(this::home));
        routes.get(Links.LOGIN, gate.page(this::loginPage));
        routes.post(Links.LOGIN, gate.form(this::requestLink));
        routes.get(Links.LOGIN + "/{token}", gate.page(this::linkPage));
        routes.post(Links.LOGIN + "/{token}", gate.form(this::redeem));
        routes.post(Links.LOGOUT, gate.signedInForm(this::signOut));
    }

    private void home(Context ctx, Visitor v) {
        ctx.redirect(v.signedIn() ? Links.SUBSCRIPTIONS : Links.LOGIN, HttpStatus.SEE_OTHER);
    }

    private void loginPage(Context ctx, Visitor v) {
        if (v.signedIn()) {
            ctx.redirect(Links.SUBSCRIPTIONS, HttpStatus.SEE_OTHER);
            return;
        }
        renderLogin(ctx, v, 200, Form.empty());
    }

    private void renderLogin(Context ctx, Visitor v, int status, Form form) {
        pages.render(ctx, status, "login", new LoginPage(
                Pages.chrome(v, ctx, v.t().t("login.title"), Links.LOGIN, ""), guard.formToken(ctx), form));
    }

    private void requestLink(Context ctx, Visitor v) {
        Map<String, String> values = Forms.read(ctx, "email");
        String email = values.getOrDefault("email", "");
        throttle(perAddress.secondsToWait(ctx.ip()));
        throttle(perEmail.secondsToWait(throttleKey(email)));
        try {
            signIn.requestLink(email);
        } catch (ValidationException e) {
            renderLogin(ctx, v, 400, Forms.invalid(v.t(), values, e));
            return;
        }
        ctx.redirect(Links.done(Links.LOGIN, Flash.LINK_SENT), HttpStatus.SEE_OTHER);
    }

    /** One key per address however it is typed: as the core reads it, else the text trimmed and lower-cased. */
    private static String throttleKey(String email) {
        try {
            return EmailAddress.parse(email).value();
        } catch (InvalidValueException notAnAddress) {
            return email.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static void throttle(long secondsToWait) {
        if (secondsToWait > 0) {
            throw Refusal.tooManySignInRequests(secondsToWait);
        }
    }

    /** Only a button: opening the link changes nothing, so a mail scanner's visit does not use it up. */
    private void linkPage(Context ctx, Visitor v) {
        renderLink(ctx, v, 200, false);
    }

    private void renderLink(Context ctx, Visitor v, int status, boolean refused) {
        String action = Links.signInLink(ctx.pathParam("token"));
        pages.render(ctx, status, "signin_link", new SignInLinkPage(
                Pages.chrome(v, v.t().t("link.title"), refused ? Links.LOGIN : action, "", null), action,
                guard.formToken(ctx), refused));
    }

    private void redeem(Context ctx, Visitor v) {
        SignIn.SignedIn signedIn;
        try {
            signedIn = signIn.redeem(ctx.pathParam("token"));
        } catch (RuleRefusedException e) {
            if (e.code() != ErrorCode.SIGN_IN_LINK_INVALID) {
                throw e;
            }
            renderLink(ctx, v, 400, true);
            return;
        }
        String previous = Cookies.token(ctx, Cookies.SESSION);
        if (previous != null) {
            signIn.end(previous);
        }
        cookies.set(ctx, Cookies.SESSION, signedIn.sessionToken(), null);
        ctx.redirect(Links.SUBSCRIPTIONS, HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx, Visitor v) {
        signIn.end(v.sessionToken());
        cookies.clear(ctx, Cookies.SESSION);
        ctx.redirect(Links.done(Links.LOGIN, Flash.SIGNED_OUT), HttpStatus.SEE_OTHER);
    }
}
