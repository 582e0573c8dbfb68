package dev.tailor.posting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one saved posting file (.html/.htm, .txt, .md) into a clean {@link Posting}.
 *
 * <p>Every failure is a {@link PostingParseException} whose reason a person can act on: an unsupported or
 * empty file, binary content, a file over the size cap, a page with no posting in it, a missing title or
 * company. The reader keeps no state between files and may be shared.
 */
public final class PostingReader {
    /** Saved postings are well under 1 MB; a bigger file is almost certainly not one. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final long KB = 1024;

    private final long maxBytes;
    private final HtmlPostingParser html = new HtmlPostingParser();
    private final PlainTextPostingParser plainText = new PlainTextPostingParser();
    private final MarkdownPostingParser markdown = new MarkdownPostingParser();
    private final SectionSplitter splitter = new SectionSplitter();

    /** A reader that refuses files over {@link #DEFAULT_MAX_BYTES}. */
    public PostingReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files over {@code maxBytes}. */
    public PostingReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Reads the posting in {@code file}.
     *
     * @param file   the saved posting
     * @param source the label to record for it, e.g. its path relative to the working directory; the posting's
     *               id is derived from it
     * @throws PostingParseException when the file cannot be turned into a posting; its reason says why
     */
    public Posting read(Path file, String source) throws PostingParseException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Format.of(file, source); // an unsupported file is refused before its bytes are read
        return read(file, readBytes(file, source), source);
    }

    /**
     * Reads a posting whose bytes the caller already holds (the pipeline reads them once, to hash them).
     *
     * @param file   the saved posting; only its name is used, to tell the format
     * @param bytes  the file's content
     * @param source the label to record for it
     * @throws PostingParseException when the bytes cannot be turned into a posting; its reason says why
     */
    public Posting read(Path file, byte[] bytes, String source) throws PostingParseException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Format format = Format.of(file, source);
        if (bytes.length > maxBytes) {
            throw tooLarge(source, bytes.length);
        }
        String decoded = decode(bytes);
        if (decoded.isBlank()) {
            throw new PostingParseException(source, "the file is empty");
        }
        if (decoded.indexOf('\0') >= 0) {
            throw new PostingParseException(source, "the file is binary, not text (it contains NUL bytes)");
        }
        PostingFields fields = switch (format) {
            case HTML -> html.parse(parseHtml(bytes), source);
            case TEXT -> plainText.parse(decoded, source);
            case MARKDOWN -> markdown.parse(decoded, source);
        };
        return toPosting(fields, source, bytes);
    }

    private Posting toPosting(PostingFields fields, String source, byte[] bytes) throws PostingParseException {
        if (fields.title() == null) {
            throw new PostingParseException(source, "no job title found");
        }
        if (fields.company() == null) {
            throw new PostingParseException(source, "no company name found");
        }
        Remote remote = fields.remote() != null ? fields.remote() : RemoteWords.firstIn(fields.location(), fields.title());
        return new Posting(
                PostingIds.idOf(source),
                source,
                fields.title(),
                fields.company(),
                fields.location(),
                remote,
                fields.employmentType(),
                fields.datePosted(),
                fields.descriptionText(),
                splitter.split(fields.description(), fields.company()),
                PostingIds.sha256(bytes));
    }

    private byte[] readBytes(Path file, String source) throws PostingParseException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(source, size);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                throw tooLarge(source, bytes.length);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new PostingParseException(source, "the file does not exist");
        } catch (IOException | UncheckedIOException e) {
            throw new PostingParseException(source, "the file cannot be read: " + e.getMessage());
        }
    }

    private PostingParseException tooLarge(String source, long size) {
        return new PostingParseException(source,
                "the file is too large for a posting: " + size + " bytes, over the limit of " + readableSize(maxBytes));
    }

    /** jsoup finds the charset from a BOM or the page's meta charset, else reads UTF-8. */
    private static Document parseHtml(byte[] bytes) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory does not fail", e);
        }
    }

    /** UTF-8, unless a byte order mark says UTF-16; a UTF-8 BOM is dropped. */
    static String decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        }
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The limit as people write it: "5 MB", "512 KB", or exact bytes when it is not a round number. */
    private static String readableSize(long bytes) {
        if (bytes % (KB * KB) == 0) {
            return bytes / (KB * KB) + " MB";
        }
        if (bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes + " bytes";
    }

    /** The file formats the reader understands, by file name extension. */
    private enum Format {
        HTML,
        TEXT,
        MARKDOWN;

        static Format of(Path file, String source) throws PostingParseException {
            Path name = file.getFileName();
            String fileName = name == null ? "" : name.toString();
            int dot = fileName.lastIndexOf('.');
            String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            switch (extension) {
                case "html", "htm":
                    return HTML;
                case "txt":
                    return TEXT;
                case "md", "markdown":
                    return MARKDOWN;
                case "json":
                    throw new PostingParseException(source, "JSON API payloads are not supported yet");
                case "":
                    throw new PostingParseException(source, "unsupported file type (the file name has no extension)");
                default:
                    throw new PostingParseException(source, "unsupported file type ." + extension);
            }
        }
    }
}
