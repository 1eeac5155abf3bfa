package org.renewalledger.infra.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.evidence.EvidenceHash;
import org.renewalledger.kernel.evidence.EvidenceType;
import org.renewalledger.query.evidence.EvidenceFiles;

/** The directory store keeps each content once under its hash; the first upload's description stands. */
class DirectoryEvidenceStoreTest {

    private static final EvidenceHash HASH = EvidenceHash.parse("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    @TempDir
    Path root;

    @Test
    void shouldStoreOnceUnderTheHash_keepingTheFirstUploadsJurisdiction() throws Exception {
        DirectoryEvidenceStore store = new DirectoryEvidenceStore(root);
        byte[] file = "%PDF-1.4\n%%EOF\n".getBytes();
        store.put(HASH, EvidenceType.PDF, file, null, JurisdictionCode.of("520523001"));
        store.put(HASH, EvidenceType.PDF, file, null, JurisdictionCode.of("520523002"));

        assertThat(root.resolve("9f").resolve("86").resolve(HASH.value())).hasBinaryContent(file);
        assertThat(store.find(HASH)).contains(new EvidenceFiles.Stored(HASH, EvidenceType.PDF, file.length,
                JurisdictionCode.of("520523001")));
        assertThat(store.read(HASH, false)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(file));
        assertThat(store.read(HASH, true)).as("a PDF has no thumbnail").isEmpty();
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .as("no temporary file left behind").containsExactlyInAnyOrder(HASH.value(), HASH.value() + ".properties");
        }
    }

    @Test
    void shouldKnowNothingOfAHashNeverStored() {
        DirectoryEvidenceStore store = new DirectoryEvidenceStore(root);
        assertThat(store.find(HASH)).isEmpty();
        assertThat(store.read(HASH, false)).isEmpty();
    }
}
