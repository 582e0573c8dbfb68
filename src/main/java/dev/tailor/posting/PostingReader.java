package dev.tailor.posting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads one saved posting file (.html/.htm, .txt, .md, an ATS API .json, any of them gzip-compressed) into a
 * clean {@link Posting}.
 *
 * <p>Every failure is a {@link PostingParseException} whose reason a person can act on: an unsupported or
 * empty file, binary content, a file over the size cap, a page with no posting in it, a missing title or
 * company. Whatever a parser throws (a stack overflow on a page nested 100,000 deep, a bug) becomes such an
 * exception too; only running out of memory is let through. The reader keeps no state between files and
 * may be shared.
 */
public final class PostingReader {
    /** Saved postings are well under 1 MB; a bigger file is almost certainly not one. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final long KB = 1024;

    /** gzip's magic number: a page saved compressed, whatever its name says. */
    private static final int GZIP_MAGIC_1 = 0x1F;
    private static final int GZIP_MAGIC_2 = 0x8B;
    private static final int BUFFER_BYTES = 8192;
    private final long maxBytes;
    private final HtmlPostingParser html;
    private final ApiPayloads api;
    private final PlainTextPostingParser plainText = new PlainTextPostingParser();
    private final MarkdownPostingParser markdown = new MarkdownPostingParser();
    private final SectionSplitter splitter = new SectionSplitter();

    /** A reader that refuses files over {@link #DEFAULT_MAX_BYTES}. */
    public PostingReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files over {@code maxBytes}. */
    public PostingReader(long maxBytes) {
        this(maxBytes, Clock.systemDefaultZone());
    }

    /**
     * A reader that refuses files over {@code maxBytes} (compressed or not) and takes the clock's day as today
     * when it tells an expired posting ({@code validThrough} in the past) from an open one.
     */
    public PostingReader(long maxBytes, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.html = new HtmlPostingParser(Objects.requireNonNull(clock, "clock"));
        this.api = new ApiPayloads(clock);
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
     * Reads every posting in {@code file}: one, or one per job of an API payload that lists several, each with
     * the source {@code source#<job id>}.
     *
     * @throws PostingParseException when the file holds no posting that can be read; its reason says why
     */
    public List<Posting> readAll(Path file, String source) throws PostingParseException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Format.of(file, source);
        return readAll(file, readBytes(file, source), source);
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
        return single(parse(file, bytes, null, source), source);
    }

    /**
     * Reads a posting whose bytes, and their SHA-256, the caller already holds: the pipeline hashes every file it
     * reads to tell whether it changed, and hashing a page again here cost a tenth of its parse.
     *
     * @param contentHash {@link PostingIds#sha256} of {@code bytes}, which becomes the posting's content hash
     */
    public Posting read(Path file, byte[] bytes, String contentHash, String source) throws PostingParseException {
        return single(parse(file, bytes, Objects.requireNonNull(contentHash, "contentHash"), source), source);
    }

    private static Posting single(List<Posting> postings, String source) throws PostingParseException {
        if (postings.size() > 1) {
            // One file is one posting in the pipeline (its id, content hash and letter): lists are for `fetch`.
            throw new PostingParseException(source, "the file is a list of " + postings.size()
                    + " jobs: save one job a file");
        }
        return postings.get(0);
    }

    /**
     * Reads every posting in bytes the caller already holds; see {@link #readAll(Path, String)}.
     *
     * @throws PostingParseException when the bytes hold no posting that can be read; its reason says why
     */
    public List<Posting> readAll(Path file, byte[] bytes, String source) throws PostingParseException {
        return parse(file, bytes, null, source);
    }

    /**
     * Reads every posting in bytes the caller already holds, and hashed; see {@link #read(Path, byte[], String, String)}.
     *
     * @throws PostingParseException when the bytes hold no posting that can be read; its reason says why
     */
    public List<Posting> readAll(Path file, byte[] bytes, String contentHash, String source) throws PostingParseException {
        return parse(file, bytes, Objects.requireNonNull(contentHash, "contentHash"), source);
    }

    /** Every posting in the bytes; their hash is worked out once they hold one, unless the caller gave it. */
    private List<Posting> parse(Path file, byte[] bytes, @Nullable String contentHash, String source)
            throws PostingParseException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Format format = Format.of(file, source);
        if (bytes.length > maxBytes) {
            throw tooLarge(source, bytes.length);
        }
        byte[] content = isGzip(bytes) ? gunzip(bytes, source) : bytes;
        BinaryFormats.refuse(content, source);
        // A page is decoded once, by jsoup; only the other formats need the text here.
        String decoded = format == Format.HTML && !ByteChecks.isUtf16(content) ? null : ByteChecks.decode(content);
        if (decoded != null ? decoded.isBlank() : ByteChecks.isBlank(content)) {
            throw new PostingParseException(source, "the file is empty");
        }
        // A page's bytes are scanned once, for NUL bytes and for whether they are UTF-8 (which the parse needs).
        ByteChecks.Scan scan = decoded == null ? ByteChecks.scan(content) : null;
        if (decoded != null ? decoded.indexOf('\0') >= 0 : scan.containsNul()) {
            throw new PostingParseException(source, "the file is binary, not text (it contains NUL bytes)");
        }
        try {
            if (format == Format.JSON) {
                return fromPayload(Objects.requireNonNull(decoded), source, bytes, contentHash);
            }
            PostingFields fields = switch (format) {
                case HTML -> html.parse(parseHtml(content, scan), source);
                case TEXT -> plainText.parse(Objects.requireNonNull(decoded), source);
                case MARKDOWN -> markdown.parse(Objects.requireNonNull(decoded), source);
                case JSON -> throw new IllegalStateException("handled above");
            };
            return List.of(toPosting(fields, source, contentHash != null ? contentHash : PostingIds.sha256(bytes)));
        } catch (PostingParseException | OutOfMemoryError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new PostingParseException(source, "the file is nested too deeply to read");
        } catch (Throwable e) {
            // A parser bug or a page no parser foresaw must cost one posting, never the run.
            throw new PostingParseException(source, "the file could not be parsed: " + e);
        }
    }

    private List<Posting> fromPayload(String json, String source, byte[] bytes, @Nullable String contentHash)
            throws PostingParseException {
        List<ApiPayloads.Job> jobs = api.read(json, source);
        List<Posting> postings = new ArrayList<>();
        PostingParseException firstFailure = null;
        for (int i = 0; i < jobs.size(); i++) {
            ApiPayloads.Job job = jobs.get(i);
            String jobSource = jobs.size() == 1 ? source : source + "#" + (job.id() != null ? job.id() : String.valueOf(i + 1));
            byte[] hashed = jobs.size() == 1 ? bytes : (jobSource + "\n" + job.fields()).getBytes(StandardCharsets.UTF_8);
            String hash = jobs.size() == 1 && contentHash != null ? contentHash : PostingIds.sha256(hashed);
            try {
                postings.add(toPosting(checkedPayloadJob(job.fields(), jobSource), jobSource, hash));
            } catch (PostingParseException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                }
            }
        }
        if (postings.isEmpty()) {
            throw jobs.size() == 1 ? firstFailure : new PostingParseException(source, "none of the " + jobs.size()
                    + " jobs in the list can be read: " + firstFailure.reason());
        }
        return List.copyOf(postings);
    }

    private static PostingFields checkedPayloadJob(PostingFields fields, String source) throws PostingParseException {
        if (fields.title() != null && fields.description().isEmpty()) {
            throw new PostingParseException(source, "the payload has no description for the job (a search result? "
                    + "save the job's own payload)");
        }
        return fields;
    }

    private Posting toPosting(PostingFields fields, String source, String contentHash) throws PostingParseException {
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
                contentHash,
                PostingUrls.normalise(fields.url()),
                fields.expired());
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == GZIP_MAGIC_1 && (bytes[1] & 0xFF) == GZIP_MAGIC_2;
    }

    /** Uncompresses at most {@code maxBytes}: a small file that inflates to gigabytes is refused, not read. */
    private byte[] gunzip(byte[] bytes, String source) throws PostingParseException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER_BYTES];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > maxBytes) {
                    throw new PostingParseException(source, "the file is compressed and over the limit of "
                            + readableSize(maxBytes) + " once uncompressed");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (EOFException e) {
            throw new PostingParseException(source, "the compressed file is truncated");
        } catch (ZipException e) {
            throw new PostingParseException(source, "the compressed file is damaged: " + e.getMessage());
        } catch (IOException e) {
            throw new PostingParseException(source, "the compressed file cannot be read: " + e.getMessage());
        }
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

    /**
     * jsoup finds the charset from a BOM or the page's meta charset, else reads UTF-8. A page that declares
     * neither and is not valid UTF-8 was saved by an old Windows tool: it is read as Windows-1252.
     */
    private static Document parseHtml(byte[] bytes, ByteChecks.@Nullable Scan scan) {
        try {
            if (scan != null && CharsetSniff.surelyUtf8(bytes)) {
                // jsoup would settle on UTF-8 after parsing the page's start on its own: the page is parsed once.
                return Jsoup.parse(new ByteArrayInputStream(bytes), scan.isUtf8() ? StandardCharsets.UTF_8.name()
                        : ByteChecks.WINDOWS_1252.name(), "");
            }
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            if (page.charset().equals(StandardCharsets.UTF_8) && !(scan != null ? scan.isUtf8() : ByteChecks.isUtf8(bytes))) {
                return Jsoup.parse(new ByteArrayInputStream(bytes), ByteChecks.WINDOWS_1252.name(), "");
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory does not fail", e);
        }
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

    /** The file formats the reader understands, by file name extension ("page.html.gz" is HTML). */
    private enum Format {
        HTML,
        TEXT,
        MARKDOWN,
        JSON;

        static Format of(Path file, String source) throws PostingParseException {
            Path name = file.getFileName();
            String fileName = name == null ? "" : name.toString();
            if (fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                fileName = fileName.substring(0, fileName.length() - ".gz".length());
            }
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
                    return JSON;
                case "":
                    throw new PostingParseException(source, "unsupported file type (the file name has no extension)");
                default:
                    throw new PostingParseException(source, "unsupported file type ." + extension);
            }
        }
    }
}
