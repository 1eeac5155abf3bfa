package org.renewalledger.command.evidence;

/**
 * The answer to an upload: the file's SHA-256 (what commands name in {@code attachments}), its type by its own bytes,
 * its size, and where to read it and its thumbnail (images only).
 */
public record EvidenceReceipt(String hash, String type, String mediaType, long size, String href, String thumbnailHref,
                              String correlationId) {
}
