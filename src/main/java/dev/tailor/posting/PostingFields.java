package dev.tailor.posting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one piece of evidence (JSON-LD, a site adapter, page metadata, a file header) says about a posting;
 * any field may be missing, and pieces combine field by field.
 *
 * @param description the description as blocks, empty when this evidence has none
 * @param url         the posting's own address as this evidence names it, not yet normalised
 * @param expired     whether this evidence says the posting is closed
 */
record PostingFields(
        @Nullable String title,
        @Nullable String company,
        @Nullable String location,
        @Nullable Remote remote,
        @Nullable String employmentType,
        @Nullable LocalDate datePosted,
        List<TextBlock> description,
        @Nullable String url,
        boolean expired) {

    static final PostingFields NONE = new PostingFields(null, null, null, null, null, null, List.of());

    /** Evidence that names no address and no closing. */
    PostingFields(@Nullable String title, @Nullable String company, @Nullable String location,
            @Nullable Remote remote, @Nullable String employmentType, @Nullable LocalDate datePosted,
            List<TextBlock> description) {
        this(title, company, location, remote, employmentType, datePosted, description, null, false);
    }

    PostingFields {
        title = TextNormalizer.blankToNull(title);
        company = TextNormalizer.blankToNull(company);
        location = TextNormalizer.blankToNull(location);
        employmentType = TextNormalizer.blankToNull(employmentType);
        description = List.copyOf(description);
        url = TextNormalizer.blankToNull(url);
    }

    /** These fields, with each missing one (and a missing description) taken from {@code weaker}. */
    PostingFields orElse(PostingFields weaker) {
        return new PostingFields(
                title != null ? title : weaker.title,
                company != null ? company : weaker.company,
                location != null ? location : weaker.location,
                remote != null ? remote : weaker.remote,
                employmentType != null ? employmentType : weaker.employmentType,
                datePosted != null ? datePosted : weaker.datePosted,
                description.isEmpty() ? weaker.description : description,
                url != null ? url : weaker.url,
                expired || weaker.expired);
    }

    PostingFields withDescription(List<TextBlock> blocks) {
        return new PostingFields(title, company, location, remote, employmentType, datePosted, blocks, url, expired);
    }

    PostingFields withUrl(@Nullable String newUrl) {
        return new PostingFields(title, company, location, remote, employmentType, datePosted, description, newUrl,
                expired);
    }

    PostingFields withExpired(boolean newExpired) {
        return new PostingFields(title, company, location, remote, employmentType, datePosted, description, url,
                newExpired);
    }

    PostingFields withRemote(@Nullable Remote newRemote) {
        return new PostingFields(title, company, location, newRemote, employmentType, datePosted, description, url,
                expired);
    }

    /**
     * How many words {@link #descriptionText()} has, or {@code enough} when it has that many; counted block by
     * block, as the line breaks between blocks separate words anyway, and the joined text is not built to be counted.
     */
    int descriptionWordCount(int enough) {
        int words = 0;
        for (int i = 0; i < description.size() && words < enough; i++) {
            words += TextNormalizer.wordCount(description.get(i).text(), enough - words);
        }
        return words;
    }

    /** The description as plain text: blocks separated by blank lines, consecutive list items by one newline. */
    String descriptionText() {
        StringBuilder out = new StringBuilder();
        @Nullable TextBlock previous = null;
        for (TextBlock block : description) {
            if (previous != null) {
                boolean sameList = previous.kind() == TextBlock.Kind.LIST_ITEM && block.kind() == TextBlock.Kind.LIST_ITEM;
                out.append(sameList ? "\n" : "\n\n");
            }
            out.append(block.text());
            previous = block;
        }
        return out.toString();
    }
}
