package dev.tailor.fetch;

import java.util.Locale;

/** The kinds of answer tailor saves, by their Content-Type; anything else (images, PDFs) is refused. */
enum ContentKind {
    HTML(".html"),
    JSON(".json"),
    TEXT(".txt");

    private final String extension;

    ContentKind(String extension) {
        this.extension = extension;
    }

    /** The kind of a Content-Type header value, or null when tailor does not save it. */
    static ContentKind of(String contentType) {
        if (contentType == null) {
            return null;
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (media) {
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/json" -> JSON;
            case "text/plain" -> TEXT;
            default -> null;
        };
    }

    /** The snapshot's file extension: what the reader recognises for this kind. */
    String extension() {
        return extension;
    }
}
