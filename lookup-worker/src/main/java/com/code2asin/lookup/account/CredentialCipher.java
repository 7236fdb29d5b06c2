package com.code2asin.lookup.account;

import com.code2asin.lookup.domain.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a tenant's Amazon secret for the database with AES-256-GCM: a fresh 12-byte nonce per value, the tenant as
 * associated data (a sealed value copied to another tenant's row does not open), Base64 of nonce and ciphertext.
 * {@code keyId} (the first bytes of the key's SHA-256) is stored beside each value, so a replaced key is recognised.
 */
public final class CredentialCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    /** {@code base64Key}: 32 random bytes in Base64 (openssl rand -base64 32). */
    public CredentialCipher(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("lookup-worker.accounts.encryption-key is not Base64: generate one with "
                    + "'openssl rand -base64 32'");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("lookup-worker.accounts.encryption-key holds " + raw.length
                    + " bytes; AES-256 needs 32 ('openssl rand -base64 32')");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = Secrets.fingerprint(raw);
    }

    public String keyId() {
        return keyId;
    }

    public String seal(String tenant, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, tenant);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret, or an exception when the value was sealed with another key or for another tenant. */
    public String open(String tenant, String sealed) throws GeneralSecurityException {
        byte[] in = Base64.getDecoder().decode(sealed);
        byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, tenant);
        return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

    private Cipher cipher(int mode, byte[] nonce, String tenant) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(tenant.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
