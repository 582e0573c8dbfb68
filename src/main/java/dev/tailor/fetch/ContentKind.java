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

    /** The charset parameter of a Content-Type header value, or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String value = pair[1].strip().replace("\"", "").replace("'", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The snapshot's file extension: what the reader recognises for this kind. */
    String extension() {
        return extension;
    }
}
