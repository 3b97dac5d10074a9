package io.partnerportal.core.service;

import java.time.Duration;
import java.util.Objects;

/**
 * The core's own settings.
 *
 * @param siteDomain        the domain sites live under (R10), e.g. {@code atlassian.net}
 * @param instanceName      names this instance when it claims outbox rows
 * @param deliveryBatchSize how many rows one delivery pass claims
 * @param deliveryLease     how long a claimed row stays with its claimant before others may take it
 */
public record CoreSettings(String siteDomain, String instanceName, int deliveryBatchSize, Duration deliveryLease) {
    public static final String DEFAULT_SITE_DOMAIN = "atlassian.net";

    public CoreSettings {
        Objects.requireNonNull(siteDomain, "siteDomain");
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(deliveryLease, "deliveryLease");
        if (deliveryBatchSize < 1) {
            throw new IllegalArgumentException("deliveryBatchSize must be at least 1");
        }
    }

    public static CoreSettings defaults() {
        return new CoreSettings(DEFAULT_SITE_DOMAIN, "portal-" + ProcessHandle.current().pid(), 50,
                Duration.ofMinutes(2));
    }

    public CoreSettings withSiteDomain(String domain) {
        return new CoreSettings(domain, instanceName, deliveryBatchSize, deliveryLease);
    }

    public CoreSettings withInstanceName(String name) {
        return new CoreSettings(siteDomain, name, deliveryBatchSize, deliveryLease);
    }
}
