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
 * The tenants' own Amazon accounts: a seller's SP-API refresh token and an affiliate's Creators API credential,
 * their secrets sealed in the {@code lookup} schema with {@link CredentialCipher}, read back for that tenant's
 * lookups. Each replica trusts what it read for {@code cache-ttl}, so a change reaches every replica within it without
 * a query per batch.
 */
@ApplicationScoped
public class TenantAccounts {

    /**
     * A tenant's accounts as lookups use them, secrets in clear, in memory only: the seller's SP-API refresh token and
     * the Creators API credential, each null when the tenant stored none.
     */
    public record Account(String refreshToken, CreatorsCredential creators, Instant updatedAt, String updatedBy) {
    }

    /** A Creators API credential: id, secret, the version shown beside it, the Associates tracking id it earns for. */
    public record CreatorsCredential(String id, String secret, String version, String partnerTag) {
    }

    private record Read(Optional<Account> account, Instant until) {
    }

    /** Why no account can be stored: this deployment was not given the key to seal them. */
    public static final String OFF = "tenants cannot store an Amazon account here: lookup-worker.accounts."
            + "encryption-key (LOOKUP_WORKER_ACCOUNTS_ENCRYPTION_KEY, 32 bytes in Base64) is not set";

    private static final int MAX_CACHED = 10_000;
    private static final String FIND = """
            SELECT sp_api_refresh_token, creators_credential_id, creators_credential_secret,
                   creators_credential_version, creators_partner_tag, key_id, updated_by, updated_at
            FROM tenant_account WHERE tenant = $1""";
    private static final String STORE = """
            INSERT INTO tenant_account (tenant, sp_api_refresh_token, creators_credential_id,
                                        creators_credential_secret, creators_credential_version,
                                        creators_partner_tag, key_id, updated_by, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp())
            ON CONFLICT (tenant) DO UPDATE SET sp_api_refresh_token = EXCLUDED.sp_api_refresh_token,
                creators_credential_id = EXCLUDED.creators_credential_id,
                creators_credential_secret = EXCLUDED.creators_credential_secret,
                creators_credential_version = EXCLUDED.creators_credential_version,
                creators_partner_tag = EXCLUDED.creators_partner_tag,
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

    /** The tenant's own accounts, if it stored any; fails as {@code auth} when they cannot be opened. */
    public Uni<Optional<Account>> find(String tenant) {
        Read read = cache.get(tenant);
        if (read != null && Instant.now().isBefore(read.until())) {
            return Uni.createFrom().item(read.account());
        }
        return pool.preparedQuery(FIND).execute(Tuple.of(tenant)).map(rows -> {
            Optional<Account> account = rows.size() == 0 ? Optional.empty()
                    : Optional.of(open(tenant, rows.iterator().next()));
            remember(tenant, account);
            return account;
        });
    }

    /**
     * Seals and stores the tenant's accounts (either may be null, not both) in place of what it had; lookups use them
     * within cache-ttl.
     */
    public Uni<Account> store(String tenant, String refreshToken, CreatorsCredential creators, String user) {
        CredentialCipher sealer = cipher.orElseThrow(() -> new IllegalStateException(OFF));
        Tuple row = Tuple.of(tenant, refreshToken == null ? null : sealer.seal(tenant, refreshToken));
        row.addString(creators == null ? null : creators.id())
                .addString(creators == null ? null : sealer.seal(creatorsAad(tenant), creators.secret()))
                .addString(creators == null ? null : creators.version())
                .addString(creators == null ? null : creators.partnerTag())
                .addString(sealer.keyId()).addString(user);
        return pool.preparedQuery(STORE).execute(row)
                .map(rows -> {
                    Account account = new Account(refreshToken, creators,
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

    /** The secrets are sealed for their tenant and their use: one cannot be moved into the other's column. */
    private static String creatorsAad(String tenant) {
        return tenant + "/creators";
    }

    private Account open(String tenant, Row row) {
        String keyId = row.getString("key_id");
        CredentialCipher opener = cipher.orElseThrow(() -> unopenable(tenant, keyId, "no key is configured"));
        if (!opener.keyId().equals(keyId)) {
            throw unopenable(tenant, keyId, "the key in force is " + opener.keyId());
        }
        try {
            String refreshToken = row.getString("sp_api_refresh_token");
            String creatorsSecret = row.getString("creators_credential_secret");
            CreatorsCredential creators = creatorsSecret == null ? null : new CreatorsCredential(
                    row.getString("creators_credential_id"), opener.open(creatorsAad(tenant), creatorsSecret),
                    row.getString("creators_credential_version"), row.getString("creators_partner_tag"));
            return new Account(refreshToken == null ? null : opener.open(tenant, refreshToken), creators,
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

    private void remember(String tenant, Optional<Account> account) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(tenant, new Read(account, Instant.now().plus(ttl)));
    }
}
