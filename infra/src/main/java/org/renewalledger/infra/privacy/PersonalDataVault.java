package org.renewalledger.infra.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.renewalledger.command.privacy.PersonalDataSealer;
import org.renewalledger.kernel.privacy.DataSubject;
import org.renewalledger.kernel.privacy.ResidentDetails;
import org.renewalledger.kernel.privacy.SealedPersonalData;
import org.renewalledger.query.privacy.PersonalDataOpener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The key vault of crypto-shredding: one AES-256 key per data subject in {@code privacy_vault.subject_key},
 * outside the event store, each key wrapped (AES-GCM) by a master key that is never in the database.
 * Personal data is sealed with AES-256-GCM (random 96-bit nonce, 128-bit tag, the subject bound in as
 * associated data so a ciphertext cannot be passed off as another person's). Erasing the subject's row
 * erases the person: the events keep their ciphertext, and nothing can open it any more.
 * Each wrapped key names the master key that wrapped it ({@link MasterKeys}); {@link #rewrap()} moves every key to
 * the current master key, so the previous one can be retired, without touching any event or ciphertext.
 */
public class PersonalDataVault implements PersonalDataSealer, PersonalDataOpener {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = '\u001F';
    private static final int REWRAP_BATCH = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final MasterKeys masterKeys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(JdbcTemplate jdbc, byte[] masterKey, Clock clock) {
        this(jdbc, MasterKeys.of(masterKey, List.of()), clock);
    }

    public PersonalDataVault(JdbcTemplate jdbc, MasterKeys masterKeys, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.masterKeys = masterKeys;
        this.clock = clock;
    }

    @Override
    public SealedPersonalData seal(DataSubject subject, ResidentDetails details) {
        SecretKey key = keyOf(subject);
        String clear = field(details.name()) + SEPARATOR + field(details.phone()) + SEPARATOR + field(details.idNumber());
        byte[] sealed = encrypt(key, clear.getBytes(StandardCharsets.UTF_8), subject);
        return new SealedPersonalData(subject, Base64.getEncoder().encodeToString(sealed));
    }

    @Override
    public Map<DataSubject, ResidentDetails> open(Collection<SealedPersonalData> sealed) {
        Map<DataSubject, ResidentDetails> opened = new HashMap<>();
        if (sealed.isEmpty()) {
            return opened;
        }
        Map<String, SecretKey> keys = new HashMap<>();
        List<String> subjects = sealed.stream().map(s -> s.subject().value()).distinct().toList();
        named.query("SELECT subject, wrapped_key, master_key_id FROM privacy_vault.subject_key WHERE subject IN (:subjects)",
                new MapSqlParameterSource("subjects", subjects),
                row -> {
                    keys.put(row.getString("subject"), unwrap(row.getBytes("wrapped_key"), row.getString("master_key_id"),
                            row.getString("subject")));
                });
        for (SealedPersonalData data : sealed) {
            SecretKey key = keys.get(data.subject().value());
            if (key == null) {
                continue; // erased: the answer shows a placeholder
            }
            try {
                String clear = new String(decrypt(key, Base64.getDecoder().decode(data.ciphertext()), data.subject()),
                        StandardCharsets.UTF_8);
                String[] fields = clear.split(String.valueOf(SEPARATOR), -1);
                opened.put(data.subject(), new ResidentDetails(value(fields[0]), value(fields[1]), value(fields[2])));
            } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                // Sealed under an earlier, erased key of the same subject (or tampered with): unreadable, by design.
            }
        }
        return opened;
    }

    /** Forgets the subject: their key is deleted, so every copy of their sealed data is unreadable. */
    public boolean erase(DataSubject subject) {
        return jdbc.update("DELETE FROM privacy_vault.subject_key WHERE subject = ?", subject.value()) > 0;
    }

    /** The subject's key, made on first use; concurrent first uses agree on one key (the insert loses quietly). */
    private SecretKey keyOf(DataSubject subject) {
        List<SecretKey> existing = jdbc.query("SELECT wrapped_key, master_key_id FROM privacy_vault.subject_key WHERE subject = ?",
                (row, n) -> unwrap(row.getBytes(1), row.getString(2), subject.value()), subject.value());
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey key = generator.generateKey();
            byte[] wrapped = encrypt(masterKeys.current(), key.getEncoded(), subject);
            jdbc.update("INSERT INTO privacy_vault.subject_key (subject, wrapped_key, created_at, master_key_id) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (subject) DO NOTHING",
                    subject.value(), wrapped, Timestamp.from(clock.instant()), masterKeys.currentId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
        return keyOf(subject);
    }

    /**
     * Re-wraps every subject key not yet under the current master key, a batch at a time, each key's update committed
     * on its own. A key erased meanwhile stays erased: the update matches the row as it was read, so a deleted row is
     * not written back. Idempotent: a second run finds nothing to do.
     *
     * @return how many keys were re-wrapped
     */
    public long rewrap() {
        long rewrapped = 0;
        while (true) {
            List<Object[]> batch = jdbc.query("SELECT subject, wrapped_key, master_key_id FROM privacy_vault.subject_key "
                            + "WHERE master_key_id IS DISTINCT FROM ? ORDER BY subject LIMIT ?",
                    (row, n) -> new Object[] {row.getString(1), row.getBytes(2), row.getString(3)},
                    masterKeys.currentId(), REWRAP_BATCH);
            if (batch.isEmpty()) {
                return rewrapped;
            }
            List<Object[]> updates = batch.stream().map(row -> {
                String subject = (String) row[0];
                SecretKey key = unwrap((byte[]) row[1], (String) row[2], subject);
                byte[] wrapped = encrypt(masterKeys.current(), key.getEncoded(), new DataSubject(subject));
                return new Object[] {wrapped, masterKeys.currentId(), subject, row[1]};
            }).toList();
            int[] counts = jdbc.batchUpdate("UPDATE privacy_vault.subject_key SET wrapped_key = ?, master_key_id = ? "
                    + "WHERE subject = ? AND wrapped_key = ?", updates);
            for (int count : counts) {
                rewrapped += Math.max(count, 0);
            }
        }
    }

    /** How many subject keys each master key id wraps ({@code unversioned} for keys wrapped before ids existed). */
    public Map<String, Long> keysByMasterKey() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("SELECT coalesce(master_key_id, 'unversioned') AS id, count(*) AS n FROM privacy_vault.subject_key "
                + "GROUP BY 1", row -> {
                    counts.put(row.getString("id"), row.getLong("n"));
                });
        return counts;
    }

    public String currentMasterKeyId() {
        return masterKeys.currentId();
    }

    private SecretKey unwrap(byte[] wrapped, String masterKeyId, String subject) {
        List<SecretKey> candidates;
        if (masterKeyId == null) {
            candidates = masterKeys.all(); // wrapped before key ids existed
        } else {
            SecretKey named = masterKeys.byId(masterKeyId);
            if (named == null) {
                throw new IllegalStateException("A subject key is wrapped under master key " + masterKeyId
                        + ", which is not configured (renewal.privacy.master-key, renewal.privacy.previous-master-keys)");
            }
            candidates = List.of(named);
        }
        for (SecretKey master : candidates) {
            try {
                return new SecretKeySpec(decrypt(master, wrapped, new DataSubject(subject)), "AES");
            } catch (GeneralSecurityException wrongKey) {
                // an unversioned key: try the next master key
            }
        }
        throw new IllegalStateException("A subject key does not open with the vault's master key" + (masterKeyId == null
                ? "s" : " " + masterKeyId));
    }

    private byte[] encrypt(SecretKey key, byte[] clear, DataSubject subject) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subject.value().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] sealed, DataSubject subject) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        cipher.updateAAD(subject.value().getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private static String field(String value) {
        return value == null ? "" : value;
    }

    private static String value(String field) {
        return field.isEmpty() ? null : field;
    }
}
