package dev.tailor.posting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one piece of evidence (JSON-LD, a site adapter, page metadata, a file header) says about a posting;
 * any field may be missing, and pieces combine field by field.
 *
 * @param description the description as blocks, empty when this evidence has none
 */
record PostingFields(
        @Nullable String title,
        @Nullable String company,
        @Nullable String location,
        @Nullable Remote remote,
        @Nullable String employmentType,
        @Nullable LocalDate datePosted,
        List<TextBlock> description) {

    static final PostingFields NONE = new PostingFields(null, null, null, null, null, null, List.of());

    PostingFields {
        title = TextNormalizer.blankToNull(title);
        company = TextNormalizer.blankToNull(company);
        location = TextNormalizer.blankToNull(location);
        employmentType = TextNormalizer.blankToNull(employmentType);
        description = List.copyOf(description);
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
                description.isEmpty() ? weaker.description : description);
    }

    PostingFields withDescription(List<TextBlock> blocks) {
        return new PostingFields(title, company, location, remote, employmentType, datePosted, blocks);
    }

    PostingFields withRemote(@Nullable Remote newRemote) {
        return new PostingFields(title, company, location, newRemote, employmentType, datePosted, description);
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
