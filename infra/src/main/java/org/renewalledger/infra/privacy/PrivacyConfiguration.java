package org.renewalledger.infra.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The vault's master key comes from {@code renewal.privacy.master-key} (base64 of 32 bytes; in production
 * from the secret store, {@code RENEWAL_PRIVACY_MASTER_KEY}, and required there: a start without it is refused);
 * only on the local stack's own PostgreSQL does the service make one in its data directory, readable by its owner
 * only. {@code renewal.privacy.previous-master-keys} (comma-separated) keeps earlier keys readable until a rotation
 * has re-wrapped every subject key. No master key is ever written to the database.
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    static MasterKeyRequirement masterKeyRequirement() {
        return new MasterKeyRequirement();
    }

    @Bean
    PersonalDataVault personalDataVault(JdbcTemplate jdbc, Clock clock,
                                        @Value("${renewal.privacy.master-key:}") String masterKey,
                                        @Value("${renewal.privacy.previous-master-keys:}") String previousKeys,
                                        @Value("${renewal.local-stack.data-dir:${RENEWAL_DATA_DIR:.data/local-stack}}") Path dataDir) {
        byte[] key = masterKey.isBlank()
                ? localMasterKey(dataDir.resolve("privacy-vault").resolve("master-key"))
                : Base64.getDecoder().decode(masterKey.strip());
        return new PersonalDataVault(jdbc, MasterKeys.parse(key, previousKeys), clock);
    }

    private static byte[] localMasterKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the vault's master key " + file, e);
        }
    }
}
