package dev.tailor.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a schema.org {@code JobPosting} from a page's JSON-LD scripts: a plain object, an array of objects,
 * or a {@code @graph}. Scripts that are not valid JSON are skipped, never fatal.
 */
final class JsonLdReader {
    /** Nested objects are searched to this depth; real pages need 3 at most. */
    private static final int MAX_DEPTH = 6;

    /** Pages hand-write JSON-LD: raw line breaks in strings and trailing commas are common, so allow them. */
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private final Clock clock;

    /** A reader that takes {@code validThrough} dates before the clock's day as closed postings. */
    JsonLdReader(Clock clock) {
        this.clock = clock;
    }

    /** The first JobPosting in the page's JSON-LD, or {@link PostingFields#NONE}. */
    PostingFields read(Document page) {
        return read(page.getElementsByTag("script"));
    }

    /** The first JobPosting in the JSON-LD among the page's scripts (all of them, in document order). */
    PostingFields read(List<Element> scripts) {
        return read(scripts, true);
    }

    /**
     * The first JobPosting in the JSON-LD among the page's scripts; without its description unless
     * {@code withDescription}: a site adapter's description, which keeps the page's headings, replaces it, and
     * reading it meant parsing its HTML a second time.
     */
    PostingFields read(List<Element> scripts, boolean withDescription) {
        for (Element script : scripts) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
                continue;
            }
            JsonNode root = parse(script.data());
            if (root == null) {
                continue;
            }
            JsonNode posting = findJobPosting(root, 0);
            if (posting != null) {
                return fields(posting, withDescription);
            }
        }
        return PostingFields.NONE;
    }

    private @Nullable JsonNode parse(String json) {
        // Some CMSs wrap the script body in an HTML comment or CDATA section. Plain string checks: replaceFirst
        // compiles its pattern on every call, which cost as much as reading the JSON.
        String trimmed = withoutSuffix(withoutPrefix(json.strip(), "<!--", "<![CDATA["), "-->", "]]>").strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return mapper.readTree(trimmed);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String withoutPrefix(String text, String... prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix)) {
                return text.substring(prefix.length());
            }
        }
        return text;
    }

    /** As the pattern {@code (?:-->|]]>)$} did: its end may stand before a final NEL, the one terminator strip() keeps. */
    private static String withoutSuffix(String text, String... suffixes) {
        int end = text.endsWith("\u0085") ? text.length() - 1 : text.length();
        for (String suffix : suffixes) {
            if (text.endsWith(suffix)) {
                return text.substring(0, text.length() - suffix.length());
            }
            if (end < text.length() && text.startsWith(suffix, end - suffix.length())) {
                return text.substring(0, end - suffix.length()) + text.substring(end);
            }
        }
        return text;
    }

    private static @Nullable JsonNode findJobPosting(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode element : node.values()) {
                JsonNode found = findJobPosting(element, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isJobPosting(node.path("@type"))) {
            return node;
        }
        for (JsonNode value : node.values()) {
            if (value.isContainer()) {
                JsonNode found = findJobPosting(value, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isJobPosting(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode element : type.values()) {
                if (isJobPosting(element)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.isString() ? type.stringValue() : "";
        return name.equals("JobPosting") || name.endsWith(":JobPosting") || name.endsWith("/JobPosting");
    }

    private PostingFields fields(JsonNode posting, boolean withDescription) {
        String title = firstString(posting.path("title"));
        if (title == null) {
            title = firstString(posting.path("name"));
        }
        if (title != null) {
            title = entityDecoded(title);
        }
        List<String> locations = new ArrayList<>();
        JsonNode jobLocation = posting.path("jobLocation");
        for (JsonNode place : jobLocation.isArray() ? jobLocation.values() : List.of(jobLocation)) {
            String location = placeName(place);
            if (location != null) {
                locations.add(location);
            }
        }
        Remote remote = isTelecommute(posting.path("jobLocationType")) ? Remote.YES : null;
        String location = Locations.joinAlternatives(locations);
        if (remote == null) {
            remote = RemoteWords.firstIn(location);
        }
        LocalDate validThrough = PostingDates.parse(firstString(posting.path("validThrough")));
        return new PostingFields(
                title,
                organizationName(posting.path("hiringOrganization")),
                location,
                remote,
                employmentType(posting.path("employmentType")),
                PostingDates.parse(firstString(posting.path("datePosted"))),
                withDescription ? DescriptionMarkup.blocks(rawString(posting.path("description"))) : List.of(),
                firstString(posting.path("url")),
                validThrough != null && validThrough.isBefore(LocalDate.now(clock)));
    }

    private static @Nullable String organizationName(JsonNode organization) {
        if (organization.isArray()) {
            organization = organization.path(0);
        }
        if (organization.isString()) {
            return entityDecoded(organization.stringValue());
        }
        String name = firstString(organization.path("name"));
        return name == null ? null : entityDecoded(name);
    }

    private static @Nullable String placeName(JsonNode place) {
        JsonNode address = place.has("address") ? place.path("address") : place;
        if (address.isString()) {
            return entityDecoded(address.stringValue());
        }
        if (!address.isObject()) {
            return null;
        }
        return Locations.join(
                firstString(address.path("addressLocality")),
                firstString(address.path("addressRegion")),
                countryName(address.path("addressCountry")));
    }

    private static @Nullable String countryName(JsonNode country) {
        return country.isObject() ? firstString(country.path("name")) : firstString(country);
    }

    private static boolean isTelecommute(JsonNode type) {
        for (JsonNode element : type.isArray() ? type.values() : List.of(type)) {
            if (element.isString() && element.stringValue().toUpperCase(Locale.ROOT).contains("TELECOMMUTE")) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String employmentType(JsonNode type) {
        List<String> names = new ArrayList<>();
        for (JsonNode element : type.isArray() ? type.values() : List.of(type)) {
            String name = firstString(element);
            if (name != null) {
                for (String piece : name.split(",")) {
                    String readable = EmploymentTypes.readable(piece);
                    if (readable != null && !names.contains(readable)) {
                        names.add(readable);
                    }
                }
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static @Nullable String firstString(JsonNode node) {
        if (node.isArray()) {
            node = node.path(0);
        }
        if (node.isString() || node.isNumber()) {
            return TextNormalizer.blankToNull(node.asString());
        }
        return null;
    }

    /** The string as written: descriptions keep their line breaks, which separate paragraphs in plain text. */
    private static @Nullable String rawString(JsonNode node) {
        JsonNode value = node.isArray() ? node.path(0) : node;
        return value.isString() ? value.stringValue() : null;
    }

    /** Titles and names in JSON-LD are sometimes HTML-escaped ("Smith &amp; Co"). */
    private static String entityDecoded(String text) {
        return Parser.unescapeEntities(text, false);
    }
}
