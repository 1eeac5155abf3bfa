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
 */
public class PersonalDataVault implements PersonalDataSealer, PersonalDataOpener {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = '\u001F';

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SecretKey masterKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(JdbcTemplate jdbc, byte[] masterKey, Clock clock) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("The vault's master key must be 32 bytes (AES-256)");
        }
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.masterKey = new SecretKeySpec(masterKey, "AES");
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
        named.query("SELECT subject, wrapped_key FROM privacy_vault.subject_key WHERE subject IN (:subjects)",
                new MapSqlParameterSource("subjects", subjects),
                row -> {
                    keys.put(row.getString("subject"), unwrap(row.getBytes("wrapped_key"), row.getString("subject")));
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
        List<byte[]> existing = jdbc.query("SELECT wrapped_key FROM privacy_vault.subject_key WHERE subject = ?",
                (row, n) -> row.getBytes(1), subject.value());
        if (!existing.isEmpty()) {
            return unwrap(existing.get(0), subject.value());
        }
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey key = generator.generateKey();
            byte[] wrapped = encrypt(masterKey, key.getEncoded(), subject);
            jdbc.update("INSERT INTO privacy_vault.subject_key (subject, wrapped_key, created_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (subject) DO NOTHING", subject.value(), wrapped, Timestamp.from(clock.instant()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
        return keyOf(subject);
    }

    private SecretKey unwrap(byte[] wrapped, String subject) {
        try {
            return new SecretKeySpec(decrypt(masterKey, wrapped, new DataSubject(subject)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A subject key does not open with the vault's master key", e);
        }
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
