package io.partnerportal.core;

import io.partnerportal.core.domain.access.SessionTimeouts;
import java.time.Duration;
import java.util.Objects;

/**
 * The core's own settings: {@link #defaults()}, changed by name with the {@code with...} methods, so a
 * setting added later breaks nobody.
 */
public final class CoreSettings {
    /** Sites live under this domain unless configured otherwise. */
    public static final String DEFAULT_SITE_DOMAIN = "atlassian.net";
    /** The rows of an instance that stopped renewing are claimable again 20 s after its last renewal at most. */
    public static final Duration DEFAULT_DELIVERY_LEASE = Duration.ofSeconds(20);
    /** A pass starts sending for at most a minute after its claim. */
    public static final Duration DEFAULT_DELIVERY_PASS_BUDGET = Duration.ofMinutes(1);
    /** S7: a sent email keeps its content 90 days. */
    public static final Duration DEFAULT_MAIL_RETENTION = Duration.ofDays(90);
    /** The most delivery workers a lane may have. */
    public static final int MAX_WORKERS = 256;

    private final String siteDomain;
    private final String instanceName;
    private final int deliveryBatchSize;
    private final Duration deliveryLease;
    private final Duration deliveryPassBudget;
    private final SessionTimeouts sessions;
    private final Duration mailRetention;
    private final int emailWorkers;
    private final int webhookWorkers;

    private CoreSettings(String siteDomain, String instanceName, int deliveryBatchSize, Duration deliveryLease,
                         Duration deliveryPassBudget, SessionTimeouts sessions, Duration mailRetention,
                         int emailWorkers, int webhookWorkers) {
        this.siteDomain = Objects.requireNonNull(siteDomain, "siteDomain");
        this.instanceName = Objects.requireNonNull(instanceName, "instanceName");
        this.deliveryLease = Objects.requireNonNull(deliveryLease, "deliveryLease");
        this.deliveryPassBudget = Objects.requireNonNull(deliveryPassBudget, "deliveryPassBudget");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.mailRetention = Objects.requireNonNull(mailRetention, "mailRetention");
        if (mailRetention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("mailRetention must be at least a day");
        }
        if (deliveryBatchSize < 1) {
            throw new IllegalArgumentException("deliveryBatchSize must be at least 1");
        }
        if (deliveryLease.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new IllegalArgumentException("deliveryLease must be at least 2 seconds");
        }
        if (deliveryPassBudget.isNegative() || deliveryPassBudget.isZero()) {
            throw new IllegalArgumentException("deliveryPassBudget must be positive");
        }
        if (emailWorkers < 1 || emailWorkers > MAX_WORKERS || webhookWorkers < 1 || webhookWorkers > MAX_WORKERS) {
            throw new IllegalArgumentException("delivery workers must be from 1 to " + MAX_WORKERS);
        }
        this.deliveryBatchSize = deliveryBatchSize;
        this.emailWorkers = emailWorkers;
        this.webhookWorkers = webhookWorkers;
    }

    /**
     * The settings of an unconfigured portal: sites under {@link #DEFAULT_SITE_DOMAIN}, the instance
     * named after its process id, passes of 50 rows under a 20-second lease renewed while they are
     * sent, each pass starting to send for at most a minute, sessions of 30 idle minutes and 12 hours
     * at most, sent emails keeping their content 90 days.
     *
     * @return the settings
     */
    public static CoreSettings defaults() {
        return new CoreSettings(DEFAULT_SITE_DOMAIN, "portal-" + ProcessHandle.current().pid(), 50,
                DEFAULT_DELIVERY_LEASE, DEFAULT_DELIVERY_PASS_BUDGET, SessionTimeouts.DEFAULT, DEFAULT_MAIL_RETENTION, 1, 1);
    }

    /** @return the domain sites live under (R10), e.g. {@code atlassian.net} */
    public String siteDomain() {
        return siteDomain;
    }

    /** @return what names this instance when it claims outbox rows */
    public String instanceName() {
        return instanceName;
    }

    /** @return how many rows one delivery pass claims */
    public int deliveryBatchSize() {
        return deliveryBatchSize;
    }

    /**
     * @return how long a claimed row stays with its claimant before others may take it, unless the
     *         claimant renews it; short, so that the rows of an instance that died are sent by another soon
     */
    public Duration deliveryLease() {
        return deliveryLease;
    }

    /** @return how long after its claim a pass still starts sending; what is left then is given back */
    public Duration deliveryPassBudget() {
        return deliveryPassBudget;
    }

    /** @return how long a contact's session lasts */
    public SessionTimeouts sessions() {
        return sessions;
    }

    /** @return how long a sent or skipped email keeps its content (S7); it is deleted after 400 days */
    public Duration mailRetention() {
        return mailRetention;
    }

    /**
     * @param retention how long a sent or skipped email keeps its content, at least a day
     * @return the same settings with this mail retention
     */
    public CoreSettings withMailRetention(Duration retention) {
        return new CoreSettings(siteDomain, instanceName, deliveryBatchSize, deliveryLease, deliveryPassBudget, sessions,
                retention, emailWorkers, webhookWorkers);
    }

    /**
     * @param domain the domain sites live under
     * @return the same settings with another site domain
     */
    public CoreSettings withSiteDomain(String domain) {
        return new CoreSettings(domain, instanceName, deliveryBatchSize, deliveryLease, deliveryPassBudget, sessions,
                mailRetention, emailWorkers, webhookWorkers);
    }

    /**
     * @param name names this instance when it claims outbox rows
     * @return the same settings with another instance name
     */
    public CoreSettings withInstanceName(String name) {
        return new CoreSettings(siteDomain, name, deliveryBatchSize, deliveryLease, deliveryPassBudget, sessions,
                mailRetention, emailWorkers, webhookWorkers);
    }

    /**
     * @param timeouts how long a contact's session lasts
     * @return the same settings with {@code timeouts}
     */
    public CoreSettings withSessions(SessionTimeouts timeouts) {
        return new CoreSettings(siteDomain, instanceName, deliveryBatchSize, deliveryLease, deliveryPassBudget,
                timeouts, mailRetention, emailWorkers, webhookWorkers);
    }

    /**
     * @param batchSize  how many rows one email delivery pass claims, at least 1
     * @param lease      how long a claim holds unless renewed, at least 2 seconds
     * @param passBudget how long after its claim a pass still starts sending
     * @return the same settings with these delivery passes
     */
    public CoreSettings withDelivery(int batchSize, Duration lease, Duration passBudget) {
        return new CoreSettings(siteDomain, instanceName, batchSize, lease, passBudget, sessions, mailRetention, emailWorkers, webhookWorkers);
    }

    /**
     * @return how many recipients the email lane sends to at once (1: one email at a time, on the
     *         thread that runs the pass)
     */
    public int emailWorkers() {
        return emailWorkers;
    }

    /** @return how many endpoints the webhook lane sends to at once (1: one delivery at a time) */
    public int webhookWorkers() {
        return webhookWorkers;
    }

    /**
     * Delivery workers (SPEC §7.2 V1, V3, V4): with more than one, a lane sends to several recipients
     * or endpoints at once - still one at a time and in order for each - and claims again whenever a
     * worker is free; the mail and webhook senders must then be safe to call from several threads.
     * The defaults are 1 and 1, as before; the portal application sets its own.
     *
     * @param emails   how many recipients are sent to at once, 1 to {@link #MAX_WORKERS}
     * @param webhooks how many endpoints are sent to at once, 1 to {@link #MAX_WORKERS}
     * @return the same settings with these workers
     */
    public CoreSettings withDeliveryWorkers(int emails, int webhooks) {
        return new CoreSettings(siteDomain, instanceName, deliveryBatchSize, deliveryLease, deliveryPassBudget,
                sessions, mailRetention, emails, webhooks);
    }

    @Override
    public String toString() {
        return "CoreSettings[siteDomain=" + siteDomain + ", instanceName=" + instanceName + ", deliveryBatchSize="
                + deliveryBatchSize + ", deliveryLease=" + deliveryLease + ", deliveryPassBudget="
                + deliveryPassBudget + ", sessions=" + sessions + ", mailRetention=" + mailRetention
                + ", emailWorkers=" + emailWorkers + ", webhookWorkers=" + webhookWorkers + "]";
    }
}
