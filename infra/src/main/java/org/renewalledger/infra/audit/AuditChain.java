package org.renewalledger.infra.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the audit chain, and the auditor's offline check of an export, in one file that needs
 * nothing but a JDK: {@code java AuditChain.java verify export.tsv [--anchor POSITION:HASH]}.
 *
 * <p>Every stored event gets a content hash: SHA-256 over its stored fields, each written as a 4-byte
 * length and its bytes (payload and metadata exactly as stored). Events are then linked twice:
 * {@code streamHash = SHA-256(previous streamHash of the same aggregate ‖ contentHash)} and
 * {@code chainHash = SHA-256(previous chainHash ‖ contentHash)} over all events in sealing order; the
 * first link of each chain starts from 32 zero bytes. Changing, removing or reordering any sealed event
 * breaks a link from that event on. An anchor (a chain head recorded from an earlier export) proves the
 * history up to it was not rewritten wholesale. See docs/AUDIT.md.
 *
 * <p>Exit status of {@code verify}: 0 intact, 1 a problem (named on standard output), 2 unusable input.
 */
public final class AuditChain {

    public static final String FORMAT = "renewal-ledger audit chain export v1";
    public static final String COLUMNS = String.join("\t", "chainPosition", "globalIndex", "eventIdentifier",
            "aggregateIdentifier", "sequenceNumber", "type", "timestamp", "payloadType", "payloadRevision",
            "payloadBase64", "metaDataBase64", "contentHash", "streamHash", "chainHash");
    static final byte[] GENESIS = new byte[32];
    private static final String NULL = "\\N";
    private static final byte[] DOMAIN = "renewal-ledger-event-v1".getBytes(StandardCharsets.UTF_8);

    private AuditChain() {
    }

    /** One event as stored, with the seal it was given. */
    public record SealedEvent(long chainPosition, long globalIndex, String eventIdentifier, String aggregateIdentifier,
                              Long sequenceNumber, String type, String timestamp, String payloadType,
                              String payloadRevision, byte[] payload, byte[] metaData,
                              byte[] contentHash, byte[] streamHash, byte[] chainHash) {
    }

    /** What is wrong, and with which event: the first problem in chain order. */
    public record Problem(String kind, long chainPosition, long globalIndex, String eventIdentifier,
                          String aggregateIdentifier, Long sequenceNumber, String explanation) {
        @Override
        public String toString() {
            return kind + " at chain position " + chainPosition + ": event " + eventIdentifier + " (global index "
                    + globalIndex + ", aggregate " + aggregateIdentifier + ", sequence " + sequenceNumber + "): "
                    + explanation;
        }
    }

    /** The content hash of an event as stored. */
    public static byte[] contentHash(long globalIndex, String eventIdentifier, String aggregateIdentifier,
                                     Long sequenceNumber, String type, String timestamp, String payloadType,
                                     String payloadRevision, byte[] payload, byte[] metaData) {
        MessageDigest digest = sha256();
        field(digest, DOMAIN);
        field(digest, text(Long.toString(globalIndex)));
        field(digest, text(eventIdentifier));
        field(digest, text(aggregateIdentifier));
        field(digest, sequenceNumber == null ? null : text(Long.toString(sequenceNumber)));
        field(digest, text(type));
        field(digest, text(timestamp));
        field(digest, text(payloadType));
        field(digest, text(payloadRevision));
        field(digest, payload);
        field(digest, metaData);
        return digest.digest();
    }

    public static byte[] link(byte[] previous, byte[] contentHash) {
        MessageDigest digest = sha256();
        digest.update(previous);
        digest.update(contentHash);
        return digest.digest();
    }

    /**
     * Checks sealed events one by one in chain order, remembering only the last link of each stream and of
     * the chain, so it runs over millions of events in constant memory per aggregate.
     */
    public static final class Verifier {

        private final Map<String, StreamHead> streams = new HashMap<>();
        private byte[] chainHead = GENESIS;
        private long position;

        private record StreamHead(long sequence, byte[] hash) {
        }

        public Optional<Problem> accept(SealedEvent e) {
            position++;
            if (e.chainPosition() != position) {
                return problem("SEAL_MISSING", e, "expected chain position " + position + "; a sealed event was removed");
            }
            if (e.payload() == null) {
                return problem("EVENT_MISSING", e, "the sealed event is no longer in the event store");
            }
            byte[] content = contentHash(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(),
                    e.sequenceNumber(), e.type(), e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(),
                    e.metaData());
            if (!Arrays.equals(content, e.contentHash())) {
                return problem("CONTENT_CHANGED", e, "the stored event differs from what was sealed");
            }
            if (e.aggregateIdentifier() != null && e.sequenceNumber() != null) {
                StreamHead previous = streams.get(e.aggregateIdentifier());
                long expectedSequence = previous == null ? 0 : previous.sequence() + 1;
                if (e.sequenceNumber() != expectedSequence) {
                    return problem("STREAM_LINK_BROKEN", e, "expected sequence " + expectedSequence + " of its aggregate");
                }
                byte[] streamHash = link(previous == null ? GENESIS : previous.hash(), content);
                if (!Arrays.equals(streamHash, e.streamHash())) {
                    return problem("STREAM_LINK_BROKEN", e, "the link to the aggregate's previous event does not match");
                }
                streams.put(e.aggregateIdentifier(), new StreamHead(e.sequenceNumber(), streamHash));
            }
            byte[] chainHash = link(chainHead, content);
            if (!Arrays.equals(chainHash, e.chainHash())) {
                return problem("CHAIN_LINK_BROKEN", e, "the link to the previous sealed event does not match");
            }
            chainHead = chainHash;
            return Optional.empty();
        }

        public long checked() {
            return position;
        }

        public byte[] head() {
            return chainHead.clone();
        }

        private static Optional<Problem> problem(String kind, SealedEvent e, String explanation) {
            return Optional.of(new Problem(kind, e.chainPosition(), e.globalIndex(), e.eventIdentifier(),
                    e.aggregateIdentifier(), e.sequenceNumber(), explanation));
        }
    }

    /** One line of the export. */
    public static String toLine(SealedEvent e) {
        return String.join("\t", Long.toString(e.chainPosition()), Long.toString(e.globalIndex()),
                nullable(e.eventIdentifier()), nullable(e.aggregateIdentifier()),
                e.sequenceNumber() == null ? NULL : Long.toString(e.sequenceNumber()), nullable(e.type()),
                nullable(e.timestamp()), nullable(e.payloadType()), nullable(e.payloadRevision()), base64(e.payload()),
                base64(e.metaData()), hex(e.contentHash()), hex(e.streamHash()), hex(e.chainHash()));
    }

    public static SealedEvent fromLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 14) {
            throw new IllegalArgumentException("expected 14 tab-separated fields, found " + f.length);
        }
        return new SealedEvent(Long.parseLong(f[0]), Long.parseLong(f[1]), orNull(f[2]), orNull(f[3]),
                NULL.equals(f[4]) ? null : Long.valueOf(f[4]), orNull(f[5]), orNull(f[6]), orNull(f[7]), orNull(f[8]),
                unbase64(f[9]), unbase64(f[10]), unhex(f[11]), unhex(f[12]), unhex(f[13]));
    }

    /** The outcome of checking a whole export. */
    public record Outcome(long checked, byte[] head, Optional<Problem> problem) {
    }

    /** Reads an export and checks every line; an anchor {@code position:hexhash} must lie on the chain. */
    public static Outcome verify(Reader export, String anchor) throws IOException {
        Long anchorPosition = null;
        byte[] anchorHash = null;
        if (anchor != null) {
            String[] parts = anchor.split(":", 2);
            anchorPosition = Long.parseLong(parts[0]);
            anchorHash = unhex(parts[1]);
        }
        boolean anchorSeen = anchor == null;
        Verifier verifier = new Verifier();
        BufferedReader lines = new BufferedReader(export);
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.equals(COLUMNS)) {
                continue;
            }
            SealedEvent event = fromLine(line);
            Optional<Problem> problem = verifier.accept(event);
            if (problem.isPresent()) {
                return new Outcome(verifier.checked(), verifier.head(), problem);
            }
            if (anchorPosition != null && event.chainPosition() == anchorPosition) {
                anchorSeen = true;
                if (!Arrays.equals(event.chainHash(), anchorHash)) {
                    return new Outcome(verifier.checked(), verifier.head(), Optional.of(new Problem("ANCHOR_MISMATCH",
                            event.chainPosition(), event.globalIndex(), event.eventIdentifier(),
                            event.aggregateIdentifier(), event.sequenceNumber(),
                            "the chain was rewritten up to here: its hash differs from the anchor")));
                }
            }
        }
        if (!anchorSeen) {
            return new Outcome(verifier.checked(), verifier.head(), Optional.of(new Problem("ANCHOR_MISSING",
                    anchorPosition, -1, null, null, null, "the export ends before the anchor's position")));
        }
        return new Outcome(verifier.checked(), verifier.head(), Optional.empty());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !"verify".equals(args[0])) {
            System.err.println("usage: java AuditChain.java verify EXPORT.tsv [--anchor POSITION:HEXHASH]");
            System.exit(2);
        }
        String anchor = args.length >= 4 && "--anchor".equals(args[2]) ? args[3] : null;
        Outcome outcome;
        try (Reader reader = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            outcome = verify(reader, anchor);
        } catch (RuntimeException e) {
            System.out.println("UNREADABLE: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (outcome.problem().isPresent()) {
            System.out.println("BROKEN after " + (outcome.checked() - 1) + " intact events");
            System.out.println(outcome.problem().get());
            System.exit(1);
        }
        System.out.println("INTACT " + outcome.checked() + " events; chain head " + outcome.checked() + ":"
                + hex(outcome.head()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void field(MessageDigest digest, byte[] value) {
        int length = value == null ? -1 : value.length;
        digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        if (value != null) {
            digest.update(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static String nullable(String value) {
        if (value != null && (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.equals(NULL))) {
            throw new IllegalArgumentException("a field holds a tab, a newline or the null marker: " + value);
        }
        return value == null ? NULL : value;
    }

    private static String orNull(String field) {
        return NULL.equals(field) ? null : field;
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? NULL : Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] unbase64(String field) {
        return NULL.equals(field) ? null : Base64.getDecoder().decode(field);
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? NULL : HexFormat.of().formatHex(bytes);
    }

    private static byte[] unhex(String field) {
        return NULL.equals(field) ? null : HexFormat.of().parseHex(field);
    }
}
