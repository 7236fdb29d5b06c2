package com.code2asin.lookup.account;

import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which provider a tenant's lookups use: one bound to the account the tenant stored (made once per account and
 * kept; past {@code MAX} accounts, all are forgotten and made again), else the platform's when configuration shares
 * it, else an {@code auth} failure saying what to store. SP-API binds per refresh token, the Creators API per
 * credential.
 *
 * @param <K> what identifies an account of the API (a refresh token, a credential)
 */
public final class ProvidersByAccount<K> {

    /** Makes the platform provider's twin for one tenant's account. */
    @FunctionalInterface
    public interface Binder<K> {
        CatalogProvider bind(CatalogProvider platform, String tenant, K account);
    }

    private static final int MAX = 10_000;

    private final TenantAccounts accounts;
    private final Function<TenantAccounts.Account, K> own;
    private final Binder<K> binder;
    private final String what;
    private final Map<K, CatalogProvider> bound = new ConcurrentHashMap<>();

    /**
     * @param own    the tenant's account of this API among those it stored, null when it stored none
     * @param what   the account as the failure names it ("Amazon account", "Creators API credential")
     */
    public ProvidersByAccount(TenantAccounts accounts, Function<TenantAccounts.Account, K> own, Binder<K> binder,
                              String what) {
        this.accounts = accounts;
        this.own = own;
        this.binder = binder;
        this.what = what;
    }

    public Uni<CatalogProvider> forTenant(String tenant, CatalogProvider platform) {
        return accounts.find(tenant).map(found -> {
            K account = found.map(own).orElse(null);
            if (account != null) {
                if (bound.size() >= MAX) {
                    bound.clear();
                }
                return bound.computeIfAbsent(account, a -> binder.bind(platform, tenant, a));
            }
            if (!accounts.platformFallback()) {
                throw new ProviderException(ErrorCategory.AUTH, "tenant '" + tenant + "' has no " + what + " of its "
                        + "own and the platform's is not shared (lookup-worker.accounts.platform-fallback=false): "
                        + "store one with PUT /api/v1/amazon/config", null);
            }
            return platform;
        });
    }
}
