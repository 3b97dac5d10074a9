package io.partnerportal.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code PORTAL_LOG_FORMAT} and {@code PORTAL_LOG_LEVEL} to Logback, configured first by
 * {@code logback.xml} (text on standard error). {@code json} replaces the text appender with one
 * writing Logback's own JSON lines ({@link JsonEncoder}: time, level, logger, thread, the MDC with
 * the request's {@code requestId} and {@code client}, message, exception). The level is the
 * portal's and the default; the libraries that {@code logback.xml} keeps at WARN or quieter (their
 * debug output would carry headers and URLs) stay so, and are made quieter still when the chosen
 * level is.
 */
final class Logging {
    static final String TEXT_APPENDER = "STDERR";
    static final String JSON_APPENDER = "JSON";

    private Logging() {
    }

    static void apply(String format, String level) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Level chosen = Level.toLevel(level, Level.INFO);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Logger logger : context.getLoggerList()) {
            if (logger != root && logger.getLevel() != null && !logger.getLevel().isGreaterOrEqual(chosen)) {
                logger.setLevel(chosen);
            }
        }
        root.setLevel(chosen);
        if ("json".equals(format) && root.getAppender(JSON_APPENDER) == null) {
            JsonEncoder encoder = new JsonEncoder();
            encoder.setContext(context);
            encoder.start();
            ConsoleAppender<ILoggingEvent> json = new ConsoleAppender<>();
            json.setContext(context);
            json.setName(JSON_APPENDER);
            json.setTarget("System.err");
            json.setEncoder(encoder);
            json.start();
            root.addAppender(json);
            Appender<ILoggingEvent> text = root.getAppender(TEXT_APPENDER);
            if (text != null) {
                root.detachAppender(text);
                text.stop();
            }
        }
    }
}
