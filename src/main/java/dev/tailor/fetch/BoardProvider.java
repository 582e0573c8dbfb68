package dev.tailor.fetch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The job boards whose public APIs list a company's jobs, and how each one's answer splits into one payload per
 * job. A job is saved in the shape the reader knows for a single job: the provider's single-job answer where
 * the listing already carries it (Greenhouse with {@code content=true}, Lever), fetched separately where it
 * does not (SmartRecruiters), and the listing's own shape holding just that job where the provider has no
 * single-job answer (Ashby, Workable; this also keeps Workable's company name, given only once per listing).
 */
enum BoardProvider {
    GREENHOUSE {
        @Override
        String listingUrl(BoardEndpoints endpoints, String slug) {
            return endpoints.greenhouse() + "/v1/boards/" + encode(slug) + "/jobs?content=true";
        }

        @Override
        List<JsonNode> jobs(JsonNode listing) {
            return elements(listing.get("jobs"));
        }
    },
    LEVER {
        @Override
        String listingUrl(BoardEndpoints endpoints, String slug) {
            return endpoints.lever() + "/v0/postings/" + encode(slug) + "?mode=json";
        }

        @Override
        List<JsonNode> jobs(JsonNode listing) {
            return elements(listing);
        }
    },
    ASHBY {
        @Override
        String listingUrl(BoardEndpoints endpoints, String slug) {
            return endpoints.ashby() + "/posting-api/job-board/" + encode(slug);
        }

        @Override
        List<JsonNode> jobs(JsonNode listing) {
            return elements(listing.get("jobs"));
        }

        @Override
        JsonNode payload(JsonNode listing, JsonNode job) {
            ObjectNode one = JsonNodeFactory.instance.objectNode();
            one.putArray("jobs").add(job);
            return one;
        }
    },
    SMARTRECRUITERS {
        @Override
        String listingUrl(BoardEndpoints endpoints, String slug) {
            return endpoints.smartRecruiters() + "/v1/companies/" + encode(slug) + "/postings?limit=100";
        }

        @Override
        List<JsonNode> jobs(JsonNode listing) {
            return elements(listing.get("content"));
        }

        @Override
        @Nullable String detailUrl(BoardEndpoints endpoints, String slug, String jobId) {
            return endpoints.smartRecruiters() + "/v1/companies/" + encode(slug) + "/postings/" + encode(jobId);
        }
    },
    WORKABLE {
        @Override
        String listingUrl(BoardEndpoints endpoints, String slug) {
            return endpoints.workable() + "/api/v1/widget/accounts/" + encode(slug) + "?details=true";
        }

        @Override
        List<JsonNode> jobs(JsonNode listing) {
            return elements(listing.get("jobs"));
        }

        @Override
        @Nullable String jobId(JsonNode job) {
            return text(job.get("shortcode"));
        }

        @Override
        JsonNode payload(JsonNode listing, JsonNode job) {
            ObjectNode one = JsonNodeFactory.instance.objectNode();
            for (String field : List.of("name", "description")) {
                if (listing.has(field)) {
                    one.set(field, listing.get(field));
                }
            }
            one.putArray("jobs").add(job);
            return one;
        }
    };

    /** The URL that lists the board's jobs. */
    abstract String listingUrl(BoardEndpoints endpoints, String slug);

    /** The job entries of a listing; empty when the listing is not shaped as this provider answers. */
    abstract List<JsonNode> jobs(JsonNode listing);

    /** A job's id, or null when it has none. */
    @Nullable String jobId(JsonNode job) {
        return text(job.get("id"));
    }

    /** Where the full job is, when the listing holds only a summary; null when the listing holds it all. */
    @Nullable String detailUrl(BoardEndpoints endpoints, String slug, String jobId) {
        return null;
    }

    /** What is saved for one job of the listing. */
    JsonNode payload(JsonNode listing, JsonNode job) {
        return job;
    }

    /** The name used in job files and snapshot names: greenhouse, lever, ... */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The provider of a job-file name, or null. */
    static @Nullable BoardProvider of(String key) {
        for (BoardProvider provider : values()) {
            if (provider.key().equals(key.toLowerCase(Locale.ROOT))) {
                return provider;
            }
        }
        return null;
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<JsonNode> elements(@Nullable JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode element : array) {
                if (element.isObject()) {
                    out.add(element);
                }
            }
        }
        return out;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isContainer()) {
            return null;
        }
        String value = node.asString().strip();
        return value.isEmpty() ? null : value;
    }
}
