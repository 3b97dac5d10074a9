package io.partnerportal.core;

import io.partnerportal.core.domain.access.SessionTimeouts;
import java.time.Duration;
import java.util.Objects;

/**
 * The core's own settings.
 *
 * @param siteDomain         the domain sites live under (R10), e.g. {@code atlassian.net}
 * @param instanceName       names this instance when it claims outbox rows
 * @param deliveryBatchSize  how many rows one delivery pass claims
 * @param deliveryLease      how long a claimed row stays with its claimant before others may take it,
 *                           unless the claimant renews it; short, so that the rows of an instance
 *                           that died are sent by another soon
 * @param deliveryPassBudget how long after its claim a pass still starts sending; what is left then
 *                           is given back for the next pass
 * @param sessions           how long a contact's session lasts
 */
public record CoreSettings(String siteDomain, String instanceName, int deliveryBatchSize, Duration deliveryLease,
                           Duration deliveryPassBudget, SessionTimeouts sessions) {
    /** Sites live under this domain unless configured otherwise. */
    public static final String DEFAULT_SITE_DOMAIN = "atlassian.net";
    /** The rows of an instance that stopped renewing are claimable again 20 s after its last renewal at most. */
    public static final Duration DEFAULT_DELIVERY_LEASE = Duration.ofSeconds(20);
    /** A pass starts sending for at most a minute after its claim. */
    public static final Duration DEFAULT_DELIVERY_PASS_BUDGET = Duration.ofMinutes(1);

    /**
     * Checks that every part is present and that a pass claims at least one row.
     *
     * @param siteDomain        the domain sites live under (R10), e.g. {@code atlassian.net}
     * @param instanceName      names this instance when it claims outbox rows
     * @param deliveryBatchSize how many rows one delivery pass claims
     * @param deliveryLease     how long a claimed row stays with its claimant before others may take it
     * @param deliveryPassBudget how long after its claim a pass still starts sending
     * @param sessions          how long a contact's session lasts
     */
    public CoreSettings {
        Objects.requireNonNull(siteDomain, "siteDomain");
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(deliveryLease, "deliveryLease");
        Objects.requireNonNull(deliveryPassBudget, "deliveryPassBudget");
        Objects.requireNonNull(sessions, "sessions");
        if (deliveryBatchSize < 1) {
            throw new IllegalArgumentException("deliveryBatchSize must be at least 1");
        }
        if (deliveryLease.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new IllegalArgumentException("deliveryLease must be at least 2 seconds");
        }
        if (deliveryPassBudget.isNegative() || deliveryPassBudget.isZero()) {
            throw new IllegalArgumentException("deliveryPassBudget must be positive");
        }
    }

    /**
     * The settings of an unconfigured portal: sites under {@link #DEFAULT_SITE_DOMAIN}, the instance
     * named after its process id, passes of 50 rows under a 20-second lease renewed while they are sent, each pass starting to send for at most a minute, sessions of 30 idle
     * minutes and 12 hours at most.
     *
     * @return the settings
     */
    public static CoreSettings defaults() {
        return new CoreSettings(DEFAULT_SITE_DOMAIN, "portal-" + ProcessHandle.current().pid(), 50,
                DEFAULT_DELIVERY_LEASE, DEFAULT_DELIVERY_PASS_BUDGET, SessionTimeouts.DEFAULT);
    }

    /**
     * The same settings with another site domain.
     *
     * @param domain the domain sites live under
     * @return the settings
     */
    public CoreSettings withSiteDomain(String domain) {
        return new CoreSettings(domain, instanceName, deliveryBatchSize, deliveryLease, deliveryPassBudget, sessions);
    }

    /**
     * The same settings with another instance name.
     *
     * @param name names this instance when it claims outbox rows
     * @return the settings
     */
    public CoreSettings withInstanceName(String name) {
        return new CoreSettings(siteDomain, name, deliveryBatchSize, deliveryLease, deliveryPassBudget, sessions);
    }

    /**
     * @param timeouts how long a contact's session lasts
     * @return the same settings with {@code timeouts}
     */
    public CoreSettings withSessions(SessionTimeouts timeouts) {
        return new CoreSettings(siteDomain, instanceName, deliveryBatchSize, deliveryLease, deliveryPassBudget,
                timeouts);
    }
}
