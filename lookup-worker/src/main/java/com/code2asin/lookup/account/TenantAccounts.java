package com.code2asin.lookup.account;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants' own Amazon accounts: a seller's SP-API refresh token, sealed in the {@code lookup} schema with
 * {@link CredentialCipher}, read back for that tenant's lookups. Each replica trusts what it read for
 * {@code cache-ttl}, so a change reaches every replica within it without a query per batch.
 */
@ApplicationScoped
public class TenantAccounts {

    /** A tenant's account as lookups use it: the seller's refresh token, in clear, in memory only. */
    public record SpApiAccount(String refreshToken, Instant updatedAt, String updatedBy) {
    }

    private record Read(Optional<SpApiAccount> account, Instant until) {
    }

    /** Why no account can be stored: this deployment was not given the key to seal them. */
    public static final String OFF = "tenants cannot store an Amazon account here: lookup-worker.accounts."
            + "encryption-key (LOOKUP_WORKER_ACCOUNTS_ENCRYPTION_KEY, 32 bytes in Base64) is not set";

    private static final int MAX_CACHED = 10_000;
    private static final String FIND = """
            SELECT sp_api_refresh_token, key_id, updated_by, updated_at FROM tenant_account WHERE tenant = $1""";
    private static final String STORE = """
            INSERT INTO tenant_account (tenant, sp_api_refresh_token, key_id, updated_by, updated_at)
            VALUES ($1, $2, $3, $4, clock_timestamp())
            ON CONFLICT (tenant) DO UPDATE SET sp_api_refresh_token = EXCLUDED.sp_api_refresh_token,
                key_id = EXCLUDED.key_id, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
            RETURNING updated_at""";
    private static final String REMOVE = "DELETE FROM tenant_account WHERE tenant = $1";

    private final Pool pool;
    private final Optional<CredentialCipher> cipher;
    private final Duration ttl;
    private final boolean platformFallback;
    private final Map<String, Read> cache = new ConcurrentHashMap<>();

    TenantAccounts(Pool pool, LookupConfig config) {
        this.pool = pool;
        this.cipher = config.accounts().encryptionKey().filter(k -> !k.isBlank()).map(CredentialCipher::new);
        this.ttl = config.accounts().cacheTtl();
        this.platformFallback = config.accounts().platformFallback();
    }

    /** Whether a tenant without an account of its own may use the platform's. */
    public boolean platformFallback() {
        return platformFallback;
    }

    /** Whether accounts can be stored at all (an encryption key is configured). */
    public boolean enabled() {
        return cipher.isPresent();
    }

    /** The tenant's own account, if it stored one; fails as {@code auth} when it cannot be opened. */
    public Uni<Optional<SpApiAccount>> find(String tenant) {
        Read read = cache.get(tenant);
        if (read != null && Instant.now().isBefore(read.until())) {
            return Uni.createFrom().item(read.account());
        }
        return pool.preparedQuery(FIND).execute(Tuple.of(tenant)).map(rows -> {
            Optional<SpApiAccount> account = rows.size() == 0 ? Optional.empty()
                    : Optional.of(open(tenant, rows.iterator().next()));
            remember(tenant, account);
            return account;
        });
    }

    /** Seals and stores the tenant's refresh token in place of any it had; lookups use it within cache-ttl. */
    public Uni<SpApiAccount> store(String tenant, String refreshToken, String user) {
        CredentialCipher sealer = cipher.orElseThrow(() -> new IllegalStateException(OFF));
        return pool.preparedQuery(STORE)
                .execute(Tuple.of(tenant, sealer.seal(tenant, refreshToken), sealer.keyId(), user))
                .map(rows -> {
                    SpApiAccount account = new SpApiAccount(refreshToken,
                            rows.iterator().next().getOffsetDateTime(0).toInstant(), user);
                    remember(tenant, Optional.of(account));
                    return account;
                });
    }

    /** Forgets the tenant's account: its lookups go back to the platform's, if allowed. True if it had one. */
    public Uni<Boolean> remove(String tenant) {
        return pool.preparedQuery(REMOVE).execute(Tuple.of(tenant)).map(rows -> {
            cache.remove(tenant);
            return rows.rowCount() > 0;
        });
    }

    private SpApiAccount open(String tenant, Row row) {
        String keyId = row.getString("key_id");
        CredentialCipher opener = cipher.orElseThrow(() -> unopenable(tenant, keyId, "no key is configured"));
        if (!opener.keyId().equals(keyId)) {
            throw unopenable(tenant, keyId, "the key in force is " + opener.keyId());
        }
        try {
            return new SpApiAccount(opener.open(tenant, row.getString("sp_api_refresh_token")),
                    row.getOffsetDateTime("updated_at").toInstant(), row.getString("updated_by"));
        } catch (GeneralSecurityException e) {
            throw unopenable(tenant, keyId, "it does not open with that key");
        }
    }

    private static ProviderException unopenable(String tenant, String keyId, String why) {
        return new ProviderException(ErrorCategory.AUTH, "tenant '" + tenant + "' stored its Amazon account sealed "
                + "with key " + keyId + " and " + why + " (lookup-worker.accounts.encryption-key): store it again "
                + "with PUT /api/v1/amazon/config", null);
    }

    private void remember(String tenant, Optional<SpApiAccount> account) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(tenant, new Read(account, Instant.now().plus(ttl)));
    }
}
