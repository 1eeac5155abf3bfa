package org.renewalledger.infra.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.renewalledger.command.evidence.EvidenceStore;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.evidence.EvidenceHash;
import org.renewalledger.kernel.evidence.EvidenceType;
import org.renewalledger.query.evidence.EvidenceFiles;

/**
 * The evidence store as a directory (docs/OPERATIONS.md): {@code <root>/ab/cd/<sha256>} holds the file,
 * {@code <sha256>.thumbnail.png} an image's thumbnail, {@code <sha256>.properties} its type, size and first
 * uploader's jurisdiction. A file is written to a temporary name and moved into place, so a reader never sees half of
 * one, and the first writer of a hash wins: the same bytes stored again change nothing. Back it up with the
 * database: an event names a hash, the file under it is here.
 */
public class DirectoryEvidenceStore implements EvidenceStore, EvidenceFiles {

    private final Path root;

    public DirectoryEvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(EvidenceHash hash, EvidenceType type, byte[] bytes, byte[] thumbnail, JurisdictionCode uploadedIn) {
        Path file = fileOf(hash);
        if (Files.exists(descriptionOf(hash))) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            writeOnce(file, bytes);
            if (thumbnail != null) {
                writeOnce(thumbnailOf(hash), thumbnail);
            }
            Properties description = new Properties();
            description.setProperty("type", type.name());
            description.setProperty("size", Long.toString(bytes.length));
            description.setProperty("uploadedIn", uploadedIn.value());
            java.io.StringWriter text = new java.io.StringWriter();
            description.store(text, "evidence " + hash);
            // the description last: its presence says the file (and thumbnail) are complete
            writeOnce(descriptionOf(hash), text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store evidence " + hash + " under " + root, e);
        }
    }

    @Override
    public Optional<Stored> find(EvidenceHash hash) {
        Path description = descriptionOf(hash);
        if (!Files.exists(description)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(description)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Stored(hash, EvidenceType.valueOf(properties.getProperty("type")),
                Long.parseLong(properties.getProperty("size")), JurisdictionCode.of(properties.getProperty("uploadedIn"))));
    }

    @Override
    public Optional<byte[]> read(EvidenceHash hash, boolean thumbnail) {
        Path file = thumbnail ? thumbnailOf(hash) : fileOf(hash);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeOnce(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } catch (FileAlreadyExistsException raced) {
            // another upload of the same bytes finished first: the same content is already in place
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path fileOf(EvidenceHash hash) {
        String value = hash.value();
        return root.resolve(value.substring(0, 2)).resolve(value.substring(2, 4)).resolve(value);
    }

    private Path thumbnailOf(EvidenceHash hash) {
        return fileOf(hash).resolveSibling(hash.value() + ".thumbnail.png");
    }

    private Path descriptionOf(EvidenceHash hash) {
        return fileOf(hash).resolveSibling(hash.value() + ".properties");
    }
}
