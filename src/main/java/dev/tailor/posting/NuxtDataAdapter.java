package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages drawn by Nuxt from a {@code __NUXT_DATA__} payload and saved before the browser ran it (StartupJobs.cz):
 * the page body is empty, but the payload holds the job. The payload is one flat array in which objects name
 * their values by index ("devalue"); the job is the first object with a name, a company and a description.
 * Translated values ({@code {"cs": …, "en": …}}) are read in the page's language.
 */
final class NuxtDataAdapter implements SiteAdapter {
    private static final String SCRIPT_CSS = "script#__NUXT_DATA__[type=application/json]";
    private static final PageQuery SCRIPT = PageQuery.of(SCRIPT_CSS);
    private static final PageQuery HTML = PageQuery.of("html");

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Override
    public String marker() {
        return SCRIPT_CSS;
    }

    @Override
    public boolean recognises(PageScan page) {
        return page.first(SCRIPT) != null;
    }

    @Override
    public PostingFields read(PageScan page) {
        Element script = page.first(SCRIPT);
        JsonNode values;
        try {
            values = mapper.readTree(script == null ? "" : script.data());
        } catch (JacksonException e) {
            return PostingFields.NONE;
        }
        if (values == null || !values.isArray()) {
            return PostingFields.NONE;
        }
        Element html = page.first(HTML);
        Payload payload = new Payload(values, html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT));
        for (JsonNode candidate : values.values()) {
            if (candidate.isObject() && candidate.has("name") && candidate.has("company")
                    && (candidate.has("description") || candidate.has("descriptionShort"))) {
                return payload.job(candidate);
            }
        }
        return PostingFields.NONE;
    }

    /** The flat array and the language to read translations in. */
    private record Payload(JsonNode values, String language) {

        PostingFields job(JsonNode job) {
            JsonNode company = value(job, "company");
            String description = text(value(job, "description"));
            List<String> places = new ArrayList<>();
            JsonNode locations = translated(value(job, "locations"));
            for (JsonNode index : locations.values()) {
                JsonNode place = resolve(index);
                String expanded = text(value(place, "expanded"));
                if (expanded != null) {
                    places.add(expanded);
                }
            }
            Remote remote = null;
            for (JsonNode index : value(job, "collaborations").values()) {
                Remote named = RemoteWords.value(text(resolve(index)));
                if (named == Remote.HYBRID || named == Remote.YES && remote == null) {
                    remote = named;
                }
            }
            return new PostingFields(
                    text(value(job, "name")),
                    text(value(company, "name")),
                    Locations.joinAlternatives(places),
                    remote,
                    null,
                    PostingDates.parse(text(value(job, "createdAt"))),
                    DescriptionMarkup.blocks(description),
                    null,
                    "expired".equals(text(value(job, "status"))));
        }

        /** The value an object's field points to. */
        JsonNode value(JsonNode object, String field) {
            return resolve(object.path(field));
        }

        /** An index into the array stands for the element there; anything else stands for itself. */
        JsonNode resolve(JsonNode node) {
            if (node.isInt() && node.asInt() >= 0 && node.asInt() < values.size()) {
                return values.get(node.asInt());
            }
            return node;
        }

        /** A translated value in the page's language, else English, else the first language. */
        JsonNode translated(JsonNode node) {
            if (!node.isObject() || node.isEmpty()) {
                return node;
            }
            for (String key : List.of(language, "en")) {
                if (node.has(key)) {
                    return resolve(node.path(key));
                }
            }
            return resolve(node.values().iterator().next());
        }

        @Nullable String text(JsonNode node) {
            JsonNode value = translated(node);
            return value.isString() ? TextNormalizer.blankToNull(value.stringValue()) : null;
        }
    }
}
