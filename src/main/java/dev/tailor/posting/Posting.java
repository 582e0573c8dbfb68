package dev.tailor.posting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One job posting, cleaned of page chrome, as every later stage sees it.
 *
 * @param id             stable id derived from the source (see {@link PostingIds})
 * @param source         where the posting came from: a path relative to the working directory, or a URL
 * @param title          the job title as the employer wrote it
 * @param company        the hiring company's name
 * @param location       where the job is, or null when the posting does not say
 * @param remote         remote policy, or null when the posting does not say
 * @param employmentType e.g. "Full-time", or null
 * @param datePosted     when the posting was published, or null
 * @param text           the whole description as plain text, paragraphs separated by blank lines
 * @param sections       the description split into sections (never empty: at least one OTHER section)
 * @param contentHash    SHA-256 (hex) of the raw bytes the posting was read from
 * @param url            the posting's own address as the page or payload names it (canonical link, og:url,
 *                       JSON-LD url, API url), normalised by {@link PostingUrls}; null when it names none
 * @param expired        whether the posting says it is closed: "no longer accepting applications", a
 *                       {@code validThrough} in the past, an API state such as "closed"
 */
public record Posting(
        String id,
        String source,
        String title,
        String company,
        String location,
        Remote remote,
        String employmentType,
        LocalDate datePosted,
        String text,
        List<Section> sections,
        String contentHash,
        @Nullable String url,
        boolean expired) {

    public Posting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        sections = List.copyOf(sections);
    }

    /** A posting with no known address that is not expired (the shape before {@code url} and {@code expired}). */
    public Posting(String id, String source, String title, String company, @Nullable String location,
            @Nullable Remote remote, @Nullable String employmentType, @Nullable LocalDate datePosted, String text,
            List<Section> sections, String contentHash) {
        this(id, source, title, company, location, remote, employmentType, datePosted, text, sections, contentHash,
                null, false);
    }

    /** The text of every section of the given kind, joined by blank lines. */
    public String sectionText(SectionKind kind) {
        StringBuilder out = new StringBuilder();
        for (Section section : sections) {
            if (section.kind() == kind) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(section.text());
            }
        }
        return out.toString();
    }
}
