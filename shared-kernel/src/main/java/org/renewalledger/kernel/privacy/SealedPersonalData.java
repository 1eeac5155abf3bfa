package org.renewalledger.kernel.privacy;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * A resident's personal data as events and read models keep it: AES-GCM ciphertext (base64 of nonce and
 * ciphertext with tag) under the data subject's own key, which lives outside the event store. Without the
 * key it is noise; erasing the key is how a person is forgotten (docs/SECURITY.md, "Crypto-shredding").
 */
public record SealedPersonalData(DataSubject subject, String ciphertext) {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

    public SealedPersonalData {
        Require.present("subject", subject);
        if (ciphertext == null || ciphertext.length() > 4096 || !BASE64.matcher(ciphertext).matches()) {
            throw DomainException.invalid("ciphertext", "Sealed personal data is base64 ciphertext of at most 4096 characters");
        }
    }

    @Override
    public String toString() {
        return "SealedPersonalData[" + subject + "]";
    }
}
