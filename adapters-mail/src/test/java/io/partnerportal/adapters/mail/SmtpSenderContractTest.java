package io.partnerportal.adapters.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.testing.contract.NotificationSenderContract;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpSenderContractTest extends NotificationSenderContract {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"));

    @Override
    protected NotificationSender sender() {
        return MailSenders.smtp(Snapshots.smtp("127.0.0.1", SMTP.getSmtp().getPort(), Duration.ofSeconds(5)));
    }

    @Override
    protected List<Delivered> delivered() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(Mails::delivered).toList();
    }
}
