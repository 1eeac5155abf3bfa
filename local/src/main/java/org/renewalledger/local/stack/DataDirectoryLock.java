package org.renewalledger.local.stack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One running service per data directory: a second one would start a second PostgreSQL and Elasticsearch on the
 * same files. The lock is the operating system's lock on {@code .lock} in the data directory, so it goes away with
 * the process that held it, however that process ended; the file names the holder's pid for the message.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            String holder = readHolder(channel);
            channel.close();
            throw new LocalStackException("The data directory " + dataDir + " is in use by another running Renewal "
                    + "Ledger" + (holder.isEmpty() ? "" : " (pid " + holder + ")") + "; a second one on the same data "
                    + "would damage it.",
                    "Use the instance that is running, stop it first, or start this one on another data directory "
                            + "(RENEWAL_DATA_DIR=/some/other/folder).");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return new DataDirectoryLock(channel, lock);
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
