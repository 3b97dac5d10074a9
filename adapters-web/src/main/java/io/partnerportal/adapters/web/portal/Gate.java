package io.partnerportal.adapters.web.portal;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * Wraps every portal route with who may use it and what a form post must show: pages for anyone,
 * pages for signed-in contacts (others go to the sign-in page), and form posts that first pass the
 * origin and token checks of {@link Guard}. Whatever a route throws becomes an error page.
 */
final class Gate {
    @FunctionalInterface
    interface Route {
        void handle(Context ctx, Visitor visitor) throws Exception;
    }

    private final Visitors visitors;
    private final Guard guard;
    private final ErrorPages errors;

    Gate(Visitors visitors, Guard guard, ErrorPages errors) {
        this.visitors = visitors;
        this.guard = guard;
        this.errors = errors;
    }

    /** A page anyone may see. */
    Handler page(Route route) {
        return ctx -> run(ctx, () -> route.handle(ctx, visitors.of(ctx)));
    }

    /** A form anyone may post (before sign-in): same origin, and the token of the form cookie. */
    Handler form(Route route) {
        return ctx -> run(ctx, () -> {
            guard.checkOrigin(ctx);
            guard.checkForm(ctx);
            route.handle(ctx, visitors.of(ctx));
        });
    }

    /**
     * R18's one-click unsubscribe (RFC 8058): a post anyone may send, from anywhere, without a form
     * token - a mail client sends it on its own. Only a route whose path carries a signed token that
     * is its whole authority may use it.
     */
    Handler oneClick(Route route) {
        return ctx -> run(ctx, () -> route.handle(ctx, visitors.of(ctx)));
    }

    /** A page for signed-in contacts. */
    Handler signedIn(Route route) {
        return ctx -> run(ctx, () -> {
            Visitor v = visitors.of(ctx);
            if (!v.signedIn()) {
                ctx.redirect(Links.LOGIN, HttpStatus.SEE_OTHER);
                return;
            }
            route.handle(ctx, v);
        });
    }

    /** A signed-in contact's form: same origin, and their session's token. */
    Handler signedInForm(Route route) {
        return ctx -> run(ctx, () -> {
            guard.checkOrigin(ctx);
            Visitor v = visitors.of(ctx);
            if (!v.signedIn()) {
                ctx.redirect(Links.LOGIN, HttpStatus.SEE_OTHER);
                return;
            }
            guard.checkSessionForm(ctx, v);
            route.handle(ctx, v);
        });
    }

    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    /** Runs a route; a failure becomes an error page for the visitor as far as they are known. */
    private void run(Context ctx, Body body) {
        try {
            body.run();
        } catch (Exception e) {
            errors.render(ctx, Visitors.known(ctx), e);
        }
    }
}
