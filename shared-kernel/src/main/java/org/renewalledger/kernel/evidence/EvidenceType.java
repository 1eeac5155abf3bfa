package org.renewalledger.kernel.evidence;

/** The kinds of file taken as evidence, each recognised by its leading bytes, not by what the client says it is. */
public enum EvidenceType {
    JPEG("image/jpeg", true),
    PNG("image/png", true),
    PDF("application/pdf", false);

    private final String mediaType;
    private final boolean image;

    EvidenceType(String mediaType, boolean image) {
        this.mediaType = mediaType;
        this.image = image;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Images get a thumbnail. */
    public boolean image() {
        return image;
    }

    /** The type the bytes are, by their signature; null when they are none of the accepted types. */
    public static EvidenceType sniff(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
