package io.partnerportal.core.service;

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
 */
public record CoreSettings(String siteDomain, String instanceName, int deliveryBatchSize, Duration deliveryLease,
                           Duration deliveryPassBudget) {
    public static final String DEFAULT_SITE_DOMAIN = "atlassian.net";
    /** The rows of an instance that stopped renewing are claimable again 20 s after its last renewal at most. */
    public static final Duration DEFAULT_DELIVERY_LEASE = Duration.ofSeconds(20);
    public static final Duration DEFAULT_DELIVERY_PASS_BUDGET = Duration.ofMinutes(1);

    public CoreSettings {
        Objects.requireNonNull(siteDomain, "siteDomain");
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(deliveryLease, "deliveryLease");
        Objects.requireNonNull(deliveryPassBudget, "deliveryPassBudget");
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

    public static CoreSettings defaults() {
        return new CoreSettings(DEFAULT_SITE_DOMAIN, "portal-" + ProcessHandle.current().pid(), 50,
                DEFAULT_DELIVERY_LEASE, DEFAULT_DELIVERY_PASS_BUDGET);
    }

    public CoreSettings withSiteDomain(String domain) {
        return new CoreSettings(domain, instanceName, deliveryBatchSize, deliveryLease, deliveryPassBudget);
    }

    public CoreSettings withInstanceName(String name) {
        return new CoreSettings(siteDomain, name, deliveryBatchSize, deliveryLease, deliveryPassBudget);
    }
}
