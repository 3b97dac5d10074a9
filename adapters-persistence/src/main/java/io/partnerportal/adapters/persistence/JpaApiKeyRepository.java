package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.ApiKeyRepository;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class JpaApiKeyRepository implements ApiKeyRepository {
    private static final String OF_PARTNER = "SELECT k FROM ApiKeyEntity k WHERE k.partnerId = :partner"
            + " ORDER BY k.createdAt, k.id";

    private final Jpa jpa;

    JpaApiKeyRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    private static ApiKey toDomain(ApiKeyEntity e) {
        return new ApiKey(e.id, e.secretHash, ApiKey.Kind.valueOf(e.kind),
                e.partnerId == null ? null : new PartnerId(UUID.fromString(e.partnerId)), Times.instant(e.createdAt),
                Times.instant(e.revokedAt), e.name, Times.instant(e.lastUsedAt));
    }

    @Override
    public void add(ApiKey key) {
        ApiKeyEntity e = new ApiKeyEntity();
        e.id = key.id();
        e.secretHash = key.secretHash();
        e.kind = key.kind().name();
        e.partnerId = key.partner() == null ? null : key.partner().toString();
        e.createdAt = Times.utc(key.createdAt());
        e.revokedAt = Times.utc(key.revokedAt());
        e.name = key.name();
        e.lastUsedAt = Times.utc(key.lastUsedAt());
        jpa.change(em -> em.persist(e));
    }

    /** Every API request asks this first: one plain SQL statement, outside any persistence context. */
    @Override
    public Optional<WithPartner> findWithPartner(String id) {
        return jpa.sql(c -> Sql.first(c, "SELECT k.id, k.secret_hash, k.kind, k.partner_id,"
                + " k.created_at, k.revoked_at, k.name, k.last_used_at, p.name AS partner_name, p.contact_email,"
                + " p.created_at AS partner_created_at FROM api_key k LEFT JOIN partner p ON p.id = k.partner_id"
                + " WHERE k.id = ?", rs -> {
            ApiKeyEntity key = new ApiKeyEntity();
            key.id = rs.getString("id");
            key.secretHash = rs.getString("secret_hash");
            key.kind = rs.getString("kind");
            key.partnerId = rs.getString("partner_id");
            key.createdAt = rs.getObject("created_at", java.time.OffsetDateTime.class);
            key.revokedAt = rs.getObject("revoked_at", java.time.OffsetDateTime.class);
            key.name = rs.getString("name");
            key.lastUsedAt = rs.getObject("last_used_at", java.time.OffsetDateTime.class);
            PartnerEntity partner = null;
            if (rs.getString("partner_name") != null) {
                partner = new PartnerEntity();
                partner.id = key.partnerId;
                partner.name = rs.getString("partner_name");
                partner.contactEmail = rs.getString("contact_email");
                partner.createdAt = rs.getObject("partner_created_at", java.time.OffsetDateTime.class);
            }
            return new WithPartner(toDomain(key), Optional.ofNullable(partner)
                        .map(JpaPartnerRepository::toDomain));
        }, id));
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return jpa.read(em -> Optional.ofNullable(em.find(ApiKeyEntity.class, id)).map(JpaApiKeyRepository::toDomain));
    }

    @Override
    public List<ApiKey> forPartner(PartnerId partner) {
        return jpa.read(em -> em.createQuery(OF_PARTNER, ApiKeyEntity.class).setParameter("partner", partner.toString())
                .getResultList().stream().map(JpaApiKeyRepository::toDomain).toList());
    }

    @Override
    public List<ApiKey> lockForPartner(PartnerId partner) {
        return jpa.write(em -> em.createQuery(OF_PARTNER, ApiKeyEntity.class).setParameter("partner", partner.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .map(JpaApiKeyRepository::toDomain).toList());
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return jpa.write(em -> {
            ApiKeyEntity e = em.find(ApiKeyEntity.class, id);
            if (e == null || e.revokedAt != null) {
                return false;
            }
            e.revokedAt = Times.utc(at);
            return true;
        });
    }

    /** One conditional statement, so instances racing on the same key write its use once. */
    @Override
    public boolean touch(String id, Instant at, Instant notBefore) {
        return jpa.write(em -> em.createNativeQuery("UPDATE api_key SET last_used_at = ? WHERE id = ?"
                        + " AND (last_used_at IS NULL OR last_used_at <= ?)")
                .setParameter(1, Times.utc(at)).setParameter(2, id).setParameter(3, Times.utc(notBefore))
                .executeUpdate() == 1);
    }
}
