package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The core logs through {@code java.lang.System.Logger}; in the application those lines reach
 * Logback (through SLF4J's platform logging bridge) with their levels, where operators read them.
 */
class DeliveryLoggingTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(NotificationDelivery.class.getName());
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

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
    void aFailedAttemptIsAWarningAndADeadEmailAnErrorInTheApplicationsLog() {
        PortalFixture fx = PortalFixture.on("2026-11-23");
        var partner = PortalFixture.id(fx.partner("Reseller"));
        fx.order(partner, fx.account(partner, "Main"), "jira").site("acme").contact("ken@example.jp").place();
        fx.mail.behave(e -> new NotificationSender.Result.TemporaryFailure("421 4.3.2 <ken@example.jp> busy"));
        fx.core.notificationDelivery().deliverDue();
        fx.mail.behave(e -> new NotificationSender.Result.PermanentFailure("550 5.1.1 <ken@example.jp> unknown"));
        fx.clock.advance(Duration.ofMinutes(1));
        fx.core.notificationDelivery().deliverDue();

        assertThat(appender.list).extracting(ILoggingEvent::getLevel)
                .containsExactly(Level.WARN, Level.WARN, Level.ERROR);
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).allSatisfy(line -> assertThat(line)
                .contains("(WELCOME)").contains("<address>").doesNotContain("ken@example.jp"));
        assertThat(appender.list.get(2).getFormattedMessage()).contains("is dead after 2 attempts: 550 5.1.1");
    }
}
