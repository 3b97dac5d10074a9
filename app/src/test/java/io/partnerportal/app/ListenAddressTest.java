package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * S1: the embedded default's mailbox lists everyone's live sign-in links, so it is served only while
 * the portal listens on a loopback address; on any other, the page does not exist and one WARN line
 * at start says where the emails went.
 */
class ListenAddressTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(PortalLifecycle.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @TempDir
    Path data;

    @BeforeEach
    void capture() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
    }

    @Test
    void S1_onTheDefaultLoopbackAddressTheMailboxIsServedAndTheLogSaysWhereThePortalListens() {
        try (RunningPortal portal = new RunningPortal(Map.of("PORTAL_DATA_DIR", data.toString()))) {
            assertThat(portal.call("GET", "/dev/mailbox", null, null).status()).isEqualTo(200);
            assertThat(messages(Level.INFO)).contains("Listening on 127.0.0.1:" + portal.lifecycle.port());
            assertThat(messages(Level.WARN)).isEmpty();
        }
    }

    @Test
    void S1_onEveryInterfaceTheMailboxDoesNotExistAndOneWarningSaysEmailsAreOnlyWrittenToFiles() {
        try (RunningPortal portal = new RunningPortal(Map.of("PORTAL_DATA_DIR", data.toString(),
                "PORTAL_LISTEN_ADDRESS", "0.0.0.0"))) {
            RunningPortal.Reply mailbox = portal.call("GET", "/dev/mailbox", null, null);
            assertThat(mailbox.status()).isEqualTo(404);
            assertThat(mailbox.body()).doesNotContain("/login/");
            assertThat(messages(Level.WARN)).singleElement().asString()
                    .startsWith("Emails are only written to files in " + data.resolve("mail"))
                    .contains("/dev/mailbox is not served").contains("0.0.0.0");
            assertThat(messages(Level.INFO)).contains("Listening on 0.0.0.0:" + portal.lifecycle.port());
        }
    }

    private List<String> messages(Level level) {
        return appender.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
