package dev.tailor.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a schema.org {@code JobPosting} written as microdata ({@code itemscope itemtype=".../JobPosting"} with
 * {@code itemprop} attributes), as older job boards and many company career pages do.
 */
final class MicrodataReader {
    private static final PageQuery SCOPE = PageQuery.of("[itemscope][itemtype~=(?i)schema\\.org/JobPosting]");

    private final Clock clock;

    /** A reader that takes {@code validThrough} dates before the clock's day as closed postings. */
    MicrodataReader(Clock clock) {
        this.clock = clock;
    }

    /** The page's JobPosting microdata, or {@link PostingFields#NONE}. */
    PostingFields read(Document page, PageTokens tokens) {
        Element scope = SCOPE.first(page, tokens);
        if (scope == null) {
            return PostingFields.NONE;
        }
        String title = value(property(scope, "title"));
        if (title == null) {
            title = value(property(scope, "name"));
        }
        Element organization = property(scope, "hiringOrganization");
        String company = null;
        if (organization != null) {
            company = organization.hasAttr("itemscope") ? value(property(organization, "name")) : value(organization);
        }
        Element place = property(scope, "jobLocation");
        String location = null;
        if (place != null) {
            Element address = place.hasAttr("itemscope") ? property(place, "address") : null;
            Element holder = address != null && address.hasAttr("itemscope") ? address : place;
            location = Locations.join(value(property(holder, "addressLocality")),
                    value(property(holder, "addressRegion")), value(property(holder, "addressCountry")));
            if (location == null) {
                location = value(address != null ? address : place);
            }
        }
        Element description = property(scope, "description");
        LocalDate validThrough = PostingDates.parse(value(property(scope, "validThrough")));
        return new PostingFields(
                title,
                company,
                location,
                RemoteWords.in(value(property(scope, "jobLocationType"))),
                EmploymentTypes.readable(value(property(scope, "employmentType"))),
                PostingDates.parse(value(property(scope, "datePosted"))),
                description == null ? List.of() : HtmlBlocks.of(description),
                value(property(scope, "url")),
                validThrough != null && validThrough.isBefore(LocalDate.now(clock)));
    }

    /** The first element carrying the property that belongs to this scope, not to an item nested in it. */
    private static @Nullable Element property(Element scope, String name) {
        for (Element element : scope.select(Pages.query("[itemprop~=(^|\\s)" + name + "($|\\s)]"))) {
            if (owner(element) == scope) {
                return element;
            }
        }
        return null;
    }

    private static @Nullable Element owner(Element property) {
        for (Element parent = property.parent(); parent != null; parent = parent.parent()) {
            if (parent.hasAttr("itemscope")) {
                return parent;
            }
        }
        return null;
    }

    /** A property's value as microdata defines it: an attribute for meta, links and times, else the text. */
    private static @Nullable String value(@Nullable Element element) {
        if (element == null) {
            return null;
        }
        return switch (element.normalName()) {
            case "meta" -> TextNormalizer.blankToNull(element.attr("content"));
            case "a", "link" -> TextNormalizer.blankToNull(element.attr("href"));
            case "time" -> TextNormalizer.blankToNull(element.hasAttr("datetime") ? element.attr("datetime") : element.text());
            default -> TextNormalizer.blankToNull(element.hasAttr("content") ? element.attr("content") : element.text());
        };
    }
}
