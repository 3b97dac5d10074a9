package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.domain.access.SignInToken;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The stores of an installation that has no web app: the defaults of {@link Storage.Builder} for the
 * ports only the web app needs. Reads find nothing and housekeeping deletes nothing; a write that
 * would keep something somebody relies on later (a session, a sign-in link, an idempotency record, a
 * webhook endpoint, a request to a partner) is refused, naming the builder method that gives the store. Two writes are taken
 * and kept nowhere, because they happen as a side effect of work that has no use for them: an API key
 * issued with a new partner (it authenticates nowhere) and a partner event of the feed (there is no feed).
 */
final class NoStores {
    static final SessionRepository SESSIONS = new Sessions();
    static final SignInTokenRepository SIGN_IN_TOKENS = new SignInTokens();
    static final SignInRequests SIGN_IN_REQUESTS = new Requests();
    static final ApiKeyRepository API_KEYS = new ApiKeys();
    static final IdempotencyStore IDEMPOTENCY = new Idempotency();
    static final PartnerEventStore EVENTS = new Events();
    static final WebhookStore WEBHOOKS = new Webhooks();
    static final RequestStore REQUESTS = new Requests23();

    private NoStores() {
    }

    private static UnsupportedOperationException none(String what, String method) {
        return new UnsupportedOperationException("this store keeps no " + what + "; give one with Storage.builder()."
                + method + "(...)");
    }

    private static final class Sessions implements SessionRepository {
        @Override
        public void add(Session session) {
            throw none("sessions", "sessions");
        }

        @Override
        public Optional<Session> find(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public Optional<SignedIn> findWithPerson(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public void touch(String tokenHash, Instant at) {
        }

        @Override
        public void delete(String tokenHash) {
        }

        @Override
        public int deleteExpired(Instant now, SessionTimeouts timeouts) {
            return 0;
        }

        @Override
        public List<Session> forPerson(PersonId person) {
            return List.of();
        }

        @Override
        public int deleteForPerson(PersonId person) {
            return 0;
        }
    }

    private static final class SignInTokens implements SignInTokenRepository {
        @Override
        public void add(SignInToken token) {
            throw none("sign-in links", "signInTokens");
        }

        @Override
        public Optional<SignInToken> find(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public boolean markUsed(String tokenHash, Instant at) {
            return false;
        }

        @Override
        public int countIssuedSince(PersonId person, Instant since) {
            return 0;
        }

        @Override
        public int deleteExpired(Instant now) {
            return 0;
        }

        @Override
        public List<SignInToken> forPerson(PersonId person) {
            return List.of();
        }

        @Override
        public int deleteForPerson(PersonId person) {
            return 0;
        }
    }

    private static final class Requests implements SignInRequests {
        @Override
        public void add(Request request) {
            throw none("sign-in requests", "signInRequests");
        }

        @Override
        public List<Request> take(int limit) {
            return List.of();
        }

        @Override
        public int deleteFor(EmailAddress email) {
            return 0;
        }
    }

    private static final class ApiKeys implements ApiKeyRepository {
        @Override
        public void add(ApiKey key) {
            // kept nowhere: a key issued here authenticates nowhere
        }

        @Override
        public Optional<ApiKey> find(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<WithPartner> findWithPartner(String id) {
            return Optional.empty();
        }

        @Override
        public List<ApiKey> forPartner(PartnerId partner) {
            return List.of();
        }

        @Override
        public List<ApiKey> lockForPartner(PartnerId partner) {
            return List.of();
        }

        @Override
        public boolean revoke(String id, Instant at) {
            return false;
        }

        @Override
        public boolean touch(String id, Instant at, Instant notBefore) {
            return false;
        }
    }

    private static final class Idempotency implements IdempotencyStore {
        @Override
        public Optional<IdempotencyRecord> find(String scope, String key) {
            return Optional.empty();
        }

        @Override
        public void start(IdempotencyRecord record) {
            throw none("idempotency records", "idempotency");
        }

        @Override
        public boolean takeOver(String scope, String key, String requestHash, Instant now, Instant lockedUntil) {
            return false;
        }

        @Override
        public void complete(String scope, String key, int status, String body) {
            throw none("idempotency records", "idempotency");
        }

        @Override
        public void release(String scope, String key) {
        }

        @Override
        public int purgeCreatedBefore(Instant cutoff) {
            return 0;
        }
    }

    private static final class Events implements PartnerEventStore {
        @Override
        public void append(List<PartnerEvent> events) {
            // kept nowhere: there is no events feed
        }

        @Override
        public List<Positioned> page(PartnerId partner, Optional<String> type, long after, int limit) {
            return List.of();
        }

        @Override
        public Optional<PartnerEvent> find(PartnerId partner, UUID id) {
            return Optional.empty();
        }

        @Override
        public int deleteOlderThan(Instant before) {
            return 0;
        }
    }

    private static final class Webhooks implements WebhookStore {
        @Override
        public void addEndpoint(WebhookEndpoint endpoint) {
            throw none("webhook endpoints", "webhooks");
        }

        @Override
        public void updateEndpoint(WebhookEndpoint endpoint) {
            throw none("webhook endpoints", "webhooks");
        }

        @Override
        public Optional<WebhookEndpoint> endpoint(UUID id) {
            return Optional.empty();
        }

        @Override
        public List<WebhookEndpoint> endpoints(PartnerId partner) {
            return List.of();
        }

        @Override
        public boolean deleteEndpoint(UUID id) {
            return false;
        }

        @Override
        public void enqueue(List<NewDelivery> deliveries) {
            if (!deliveries.isEmpty()) {
                throw none("webhook deliveries", "webhooks");
            }
        }

        @Override
        public List<Delivery> claim(Instant now, Duration lease, String claimant, int limit) {
            return List.of();
        }

        @Override
        public boolean finish(long id, String claimant, Attempt attempt, Status status, Instant retryAt) {
            return false;
        }

        @Override
        public boolean release(long id, String claimant) {
            return false;
        }

        @Override
        public List<Delivery> deliveries(UUID endpoint, int limit) {
            return List.of();
        }

        @Override
        public Optional<Delivery> retry(UUID endpoint, long id, Instant dueAt) {
            return Optional.empty();
        }

        @Override
        public int deleteFinishedBefore(Instant before) {
            return 0;
        }
    }

    private static final class Requests23 implements RequestStore {
        @Override
        public void add(PartnerRequest request) {
            throw none("requests to partners", "requests");
        }

        @Override
        public void resolve(PartnerRequest request) {
            throw none("requests to partners", "requests");
        }

        @Override
        public Optional<PartnerRequest> find(RequestId id) {
            return Optional.empty();
        }

        @Override
        public int countOpen(EntitlementNumber subscription) {
            return 0;
        }

        @Override
        public List<PartnerRequest> forSubscription(EntitlementNumber subscription, int limit) {
            return List.of();
        }

        @Override
        public List<PartnerRequest> forPartner(PartnerId partner, Optional<RequestStatus> status, Position after,
                                               int limit) {
            return List.of();
        }

        @Override
        public List<PartnerRequest> askedBy(PersonId person, Position after, int limit) {
            return List.of();
        }

        @Override
        public int eraseMessagesOf(PersonId person) {
            return 0;
        }
    }
}
