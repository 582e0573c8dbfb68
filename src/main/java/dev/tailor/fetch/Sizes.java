package dev.tailor.fetch;

/** Byte counts as a person reads them. */
final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Sizes() {
    }

    /** "5 MB", "512 KB", "100 bytes" */
    static String describe(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes + " bytes";
    }
}
