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
    public static final String DEFAULT_SITE_DOMAIN = "atlassian.net";

    public CoreSettings {
        Objects.requireNonNull(siteDomain, "siteDomain");
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(deliveryLease, "deliveryLease");
        Objects.requireNonNull(sessions, "sessions");
        if (deliveryBatchSize < 1) {
            throw new IllegalArgumentException("deliveryBatchSize must be at least 1");
        }
    }

    public static CoreSettings defaults() {
        return new CoreSettings(DEFAULT_SITE_DOMAIN, "portal-" + ProcessHandle.current().pid(), 50,
                Duration.ofMinutes(2), SessionTimeouts.DEFAULT);
    }

    public CoreSettings withSiteDomain(String domain) {
        return new CoreSettings(domain, instanceName, deliveryBatchSize, deliveryLease, sessions);
    }

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
