package io.partnerportal.adapters.mail;

import static io.partnerportal.adapters.mail.SafeText.html;

import java.util.List;

/**
 * Writes one email's plain-text and HTML bodies side by side, so they say the same thing. Every
 * string given here is text, never markup: the HTML side escapes all of it. In the plain text a
 * link stands alone on its line, so mail programs (and the developer mailbox) find it whole.
 * Lines end in CRLF, the canonical form of text in a MIME message (RFC 2046).
 */
final class EmailBody {
    private static final String FONT = "font-family:-apple-system,'Segoe UI',Roboto,'Hiragino Sans',Meiryo,sans-serif;";
    private static final String EOL = "\r\n";
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder markup = new StringBuilder();

    /** A label and its value in a list of facts. */
    record Fact(String label, String value) {
    }

    /** A line in a list, with the link that opens it. */
    record Item(String line, String link) {
    }

    void paragraph(String s) {
        text.append(s).append("\r\n\r\n");
        markup.append("<p style=\"margin:0 0 16px\">").append(html(s)).append("</p>\r\n");
    }

    /** A titled block of facts, e.g. one subscription's details, and the link that opens it. */
    void facts(String title, List<Fact> facts, String linkLabel, String link) {
        text.append(title).append(EOL);
        markup.append("<h2 style=\"font-size:16px;margin:24px 0 8px\">").append(html(title)).append("</h2>\r\n")
                .append("<table role=\"presentation\" style=\"border-collapse:collapse;margin:0 0 8px\">\r\n");
        for (Fact f : facts) {
            text.append("  ").append(f.label()).append(": ").append(f.value()).append(EOL);
            markup.append("<tr><th style=\"text-align:left;font-weight:normal;color:#505f79;padding:2px 16px 2px 0\">")
                    .append(html(f.label())).append("</th><td style=\"padding:2px 0\">").append(html(f.value()))
                    .append("</td></tr>\r\n");
        }
        markup.append("</table>\r\n<p style=\"margin:0 0 16px\"><a href=\"").append(html(link)).append("\">")
                .append(html(linkLabel)).append("</a></p>\r\n");
        text.append("  ").append(link).append(EOL).append(EOL);
    }

    /** A list under a heading; nothing when the list is empty. */
    void list(String heading, List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append(heading).append(EOL);
        markup.append("<p style=\"margin:16px 0 4px;font-weight:bold\">").append(html(heading))
                .append("</p>\r\n<ul>\r\n");
        for (Item i : items) {
            text.append("- ").append(i.line()).append(EOL);
            text.append("  ").append(i.link()).append(EOL);
            markup.append("<li><a href=\"").append(html(i.link())).append("\">").append(html(i.line()))
                    .append("</a></li>\r\n");
        }
        text.append(EOL);
        markup.append("</ul>\r\n");
    }

    /** The one thing to do: a link shown as a button. */
    void action(String label, String link) {
        text.append(label).append(":\r\n").append(link).append("\r\n\r\n");
        markup.append("<p style=\"margin:24px 0\"><a href=\"").append(html(link))
                .append("\" style=\"background:#0c66e4;color:#ffffff;padding:10px 16px;border-radius:4px;")
                .append("text-decoration:none;display:inline-block\">").append(html(label)).append("</a></p>\r\n");
    }

    void footer(String s) {
        text.append("-- \r\n").append(s).append(EOL);
        markup.append("<hr style=\"border:none;border-top:1px solid #dfe1e6;margin:32px 0 16px\">\r\n")
                .append("<p style=\"font-size:12px;color:#626f86;margin:0\">").append(html(s)).append("</p>\r\n");
    }

    String text() {
        return text.toString();
    }

    /** The HTML document, in {@code lang}, titled {@code title}. */
    String document(String lang, String title) {
        return "<!DOCTYPE html>\r\n<html lang=\"" + html(lang) + "\">\r\n<head>\r\n<meta charset=\"UTF-8\">\r\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\r\n<title>" + html(title)
                + "</title>\r\n</head>\r\n<body style=\"" + FONT + "font-size:14px;line-height:1.5;color:#172b4d;"
                + "margin:0;padding:24px\">\r\n<div style=\"max-width:600px\">\r\n" + markup
                + "</div>\r\n</body>\r\n</html>\r\n";
    }
}
