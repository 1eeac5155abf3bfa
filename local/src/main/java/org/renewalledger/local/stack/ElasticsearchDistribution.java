package org.renewalledger.local.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch server this jar carries (the distribution zip, a class-path resource) unpacked once into a
 * folder of the machine, and reused by every later start:
 * <ul>
 *     <li>as root, {@value #SYSTEM_DIRECTORY}: world-readable, so that the unprivileged user Elasticsearch runs as can
 *     reach it wherever the jar and the data directory are (a root home folder is 0700);</li>
 *     <li>otherwise in the data directory, where this user can write.</li>
 * </ul>
 * It is unpacked beside its final place and then renamed there, so a start that dies half-way leaves no
 * half-unpacked server behind, and two starts at once end with one copy.
 */
public final class ElasticsearchDistribution {

    static final String SYSTEM_DIRECTORY = "/var/lib/renewal-ledger";
    private static final Logger log = LoggerFactory.getLogger(ElasticsearchDistribution.class);
    private static final Set<PosixFilePermission> TRAVERSABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private ElasticsearchDistribution() {
    }

    /**
     * The server this jar carries, unpacked where this user's starts unpack it: {@code ownFolder} stands for the
     * data directory of a non-root start. For tools and tests that start a node of their own.
     */
    public static Path carried(Path ownFolder) throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream("/org/renewalledger/local/local-stack.properties")) {
            defaults.load(in);
        }
        return unpacked(defaults.getProperty("renewal.local-stack.elasticsearch-version"),
                parentFor(LocalProcesses.isRoot(), ownFolder.toAbsolutePath()));
    }

    /** Where the distributions go for this user: {@value #SYSTEM_DIRECTORY} for root, else the data directory. */
    static Path parentFor(boolean root, Path dataDir) {
        return root ? Path.of(SYSTEM_DIRECTORY) : dataDir;
    }

    /** The server's home, unpacked from the jar into {@code parent} unless it already is there. */
    static Path unpacked(String version, Path parent) throws IOException {
        Path home = parent.resolve("elasticsearch-" + version);
        if (Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            return home;
        }
        String resource = "/local-stack/elasticsearch-" + version + ".zip";
        try (InputStream zip = ElasticsearchDistribution.class.getResourceAsStream(resource)) {
            if (zip == null) {
                throw new LocalStackException("This jar carries no Elasticsearch " + version + " (" + resource
                        + " is missing).", "Build the jar with Maven (mvn -B -DskipTests package), or run servers of "
                        + "your own: set RENEWAL_ELASTICSEARCH_URL.");
            }
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, ".unpacking-elasticsearch-");
            long started = System.nanoTime();
            try {
                Path archive = staging.resolve("elasticsearch.zip");
                Files.copy(zip, archive);
                unzip(archive, staging);
                Files.delete(archive);
                Path unpacked = staging.resolve("elasticsearch-" + version);
                Files.setPosixFilePermissions(staging, TRAVERSABLE);
                Files.setPosixFilePermissions(parent, withTraversal(Files.getPosixFilePermissions(parent)));
                moveIntoPlace(unpacked, home);
                log.info("Unpacked Elasticsearch {} into {} in {} ms (first start only)", version, home,
                        (System.nanoTime() - started) / 1_000_000);
            } finally {
                deleteTree(staging);
            }
        }
        return home;
    }

    /**
     * Root's distribution folder is read by the service user, so every parent up to it must be traversable; the
     * data directory of a non-root start is this user's own.
     */
    private static Set<PosixFilePermission> withTraversal(Set<PosixFilePermission> permissions) {
        Set<PosixFilePermission> widened = new HashSet<>(permissions);
        widened.add(PosixFilePermission.OWNER_EXECUTE);
        if (LocalProcesses.isRoot()) {
            widened.addAll(Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
        }
        return widened;
    }

    private static void moveIntoPlace(Path unpacked, Path home) throws IOException {
        try {
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException concurrentStart) {
            // Another start unpacked the same version meanwhile; theirs is as good as ours.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("Cannot rename " + unpacked + " to " + home, e);
        }
    }

    /** Keeps each file's Unix mode from the archive: the launcher scripts must stay executable. */
    private static void unzip(Path archive, Path target) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Refusing the archive entry " + entry.getName() + ": it leaves " + target);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream content = zip.getInputStream(entry)) {
                    Files.copy(content, destination);
                }
                boolean executable = (entry.getUnixMode() & 0111) != 0;
                Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString(
                        executable ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        try (Stream<Path> paths = Files.walk(target)) {
            for (Path directory : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(directory, TRAVERSABLE);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
