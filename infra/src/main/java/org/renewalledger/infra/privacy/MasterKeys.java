package org.renewalledger.infra.privacy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault's master keys: the current one, which wraps every new subject key and every key a rotation re-wraps, and
 * the previous ones, kept only to read keys not yet re-wrapped. Each is known by its id, a fingerprint of the key
 * (the first 16 hex digits of its SHA-256), stored beside every wrapped key and never enough to recover the key.
 */
public final class MasterKeys {

    private final String currentId;
    private final Map<String, SecretKey> byId = new LinkedHashMap<>();

    private MasterKeys(byte[] current, List<byte[]> previous) {
        this.currentId = add(current);
        previous.forEach(this::add);
    }

    /** {@code current} wraps; {@code previous} (possibly empty) only unwrap. 32 bytes each. */
    public static MasterKeys of(byte[] current, List<byte[]> previous) {
        return new MasterKeys(current, previous);
    }

    /** {@code previous}: base64 keys, comma-separated, as in {@code renewal.privacy.previous-master-keys}. */
    static MasterKeys parse(byte[] current, String previous) {
        List<byte[]> keys = new ArrayList<>();
        for (String key : previous.split(",")) {
            if (!key.isBlank()) {
                keys.add(Base64.getDecoder().decode(key.strip()));
            }
        }
        return of(current, keys);
    }

    public static String idOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return byId.get(currentId);
    }

    /** The key of that id; null when it is not configured (any more). */
    SecretKey byId(String id) {
        return byId.get(id);
    }

    /** For keys wrapped before ids existed: the current key first, then the previous ones. */
    List<SecretKey> all() {
        return List.copyOf(byId.values());
    }

    private String add(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The vault's master key must be 32 bytes (AES-256), base64-encoded");
        }
        String id = idOf(key);
        byId.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    @Override
    public String toString() {
        return "MasterKeys[current=" + currentId + ", ids=" + byId.keySet() + "]"; // never the keys
    }
}
