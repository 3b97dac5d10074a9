package io.partnerportal.adapters.web.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as SPEC §6.3 asks (RFC 4180): CRLF line ends, a field quoted when it holds a comma, a quote
 * or a line break (quotes doubled), UTF-8 with a byte order mark so that spreadsheets open Japanese
 * correctly, and a cell that starts with {@code = + - @}, a tab or a carriage return prefixed with
 * {@code '} so that no spreadsheet runs it as a formula (S9: a spreadsheet drops a leading tab or CR
 * and reads what follows).
 */
final class Csv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What a spreadsheet may take as the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final StringBuilder out = new StringBuilder();

    /** Adds one record. */
    Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String field(String raw) {
        String v = raw == null ? "" : raw;
        if (!v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** @return the file: the byte order mark, then the records in UTF-8 */
    byte[] bytes() {
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }
}
