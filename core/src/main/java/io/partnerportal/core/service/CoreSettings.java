package io.partnerportal.core.service;

import io.partnerportal.core.domain.access.SessionTimeouts;
import java.time.Duration;
import java.util.Objects;

/**
 * The core's own settings.
 *
 * @param siteDomain        the domain sites live under (R10), e.g. {@code atlassian.net}
 * @param instanceName      names this instance when it claims outbox rows
 * @param deliveryBatchSize how many rows one delivery pass claims
 * @param deliveryLease     how long a claimed row stays with its claimant before others may take it
 * @param sessions          how long a contact's session lasts
 */
public record CoreSettings(String siteDomain, String instanceName, int deliveryBatchSize, Duration deliveryLease,
                           SessionTimeouts sessions) {
    /** The site domain when none is configured (SPEC §2). */
    public static final String DEFAULT_SITE_DOMAIN = "atlassian.net";

    /**
     * Checks that every part is present and that a pass claims at least one row.
     *
     * @param siteDomain        the domain sites live under (R10), e.g. {@code atlassian.net}
     * @param instanceName      names this instance when it claims outbox rows
     * @param deliveryBatchSize how many rows one delivery pass claims
     * @param deliveryLease     how long a claimed row stays with its claimant before others may take it
     * @param sessions          how long a contact's session lasts
     */
    public CoreSettings {
        Objects.requireNonNull(siteDomain, "siteDomain");
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(deliveryLease, "deliveryLease");
        Objects.requireNonNull(sessions, "sessions");
        if (deliveryBatchSize < 1) {
            throw new IllegalArgumentException("deliveryBatchSize must be at least 1");
        }
    }

    /**
     * The settings of an unconfigured portal: sites under {@link #DEFAULT_SITE_DOMAIN}, the instance
     * named after its process id, passes of 50 rows under a two-minute lease, sessions of 30 idle
     * minutes and 12 hours at most.
     *
     * @return the settings
     */
    public static CoreSettings defaults() {
        return new CoreSettings(DEFAULT_SITE_DOMAIN, "portal-" + ProcessHandle.current().pid(), 50,
                Duration.ofMinutes(2), SessionTimeouts.DEFAULT);
    }

    /**
     * The same settings with another site domain.
     *
     * @param domain the domain sites live under
     * @return the settings
     */
    public CoreSettings withSiteDomain(String domain) {
        return new CoreSettings(domain, instanceName, deliveryBatchSize, deliveryLease, sessions);
    }

    /**
     * The same settings with another instance name.
     *
     * @param name names this instance when it claims outbox rows
     * @return the settings
     */
    public CoreSettings withInstanceName(String name) {
        return new CoreSettings(siteDomain, name, deliveryBatchSize, deliveryLease, sessions);
    }

    /**
     * @param timeouts how long a contact's session lasts
     * @return the same settings with {@code timeouts}
     */
    public CoreSettings withSessions(SessionTimeouts timeouts) {
        return new CoreSettings(siteDomain, instanceName, deliveryBatchSize, deliveryLease, timeouts);
    }
}
