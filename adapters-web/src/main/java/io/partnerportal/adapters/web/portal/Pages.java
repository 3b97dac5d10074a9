package io.partnerportal.adapters.web.portal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import io.partnerportal.adapters.web.portal.PageModels.Chrome;
import io.partnerportal.adapters.web.portal.PageModels.Link;
import java.util.List;

/**
 * Renders the precompiled JTE templates ({@code src/main/jte}, HTML content type: every value is
 * escaped for where it stands) and builds what every page has around its content.
 */
final class Pages {
    /** The package the templates are generated into: the models' own, so they can stay package-private. */
    static final String PACKAGE = "io.partnerportal.adapters.web.portal";
    static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), PACKAGE);

    void render(Context ctx, int status, String template, Object model) {
        // UTF-8 bytes as it is written, piece by piece: a page is never held as one string and encoded
        // whole (one character beyond Latin-1 made that a slow UTF-16 encoding in the list page's profile)
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template + ".jte", model, out);
        ctx.status(status).contentType(HTML).result(out.toByteArray());
    }

    void render(Context ctx, String template, Object model) {
        render(ctx, 200, template, model);
    }

    /**
     * The frame of a page: {@code here} is where the language switch comes back to (a page that
     * answers a GET), {@code flash} the confirmation key of {@code ?done=} if any.
     */
    static Chrome chrome(Visitor v, String title, String here, String section, String flash) {
        Texts t = v.t();
        List<Link> languages = Texts.LANGUAGES.stream()
                .map(lang -> new Link(Texts.languageName(lang), Links.language(lang, here), lang.equals(t.lang()),
                        lang))
                .toList();
        String confirmation = Flash.parse(flash).map(f -> t.t(f.messageKey())).orElse(null);
        return new Chrome(t, title, section, v.signedIn(), v.csrf(), confirmation, languages);
    }

    static Chrome chrome(Visitor v, Context ctx, String title, String here, String section) {
        return chrome(v, title, here, section, ctx.queryParam("done"));
    }
}
