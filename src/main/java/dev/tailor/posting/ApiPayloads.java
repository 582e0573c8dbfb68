package dev.tailor.posting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the job-board API payloads people save as {@code .json}: a single job or a list of jobs from the
 * Greenhouse job board API, the Lever postings API, the Ashby posting API, SmartRecruiters, Workable and
 * Workday CXS. The payload's shape tells which API it came from.
 */
final class ApiPayloads {
    /** Real payloads nest 5 levels at most; a deeper document is not one and must not exhaust the stack. */
    private static final int MAX_NESTING = 200;
    /** "jobs.lever.co/acme/…", "jobs.ashbyhq.com/acme/…", "apply.workable.com/acme/…": the board's company slug. */
    private static final Pattern BOARD_SLUG = Pattern.compile(
            "^https?://(?:jobs\\.lever\\.co|jobs\\.eu\\.lever\\.co|jobs\\.ashbyhq\\.com|apply\\.workable\\.com)/([^/?#]+)");
    private static final Pattern WORKABLE_HOST = Pattern.compile("^https?://([a-z0-9-]+)\\.workable\\.com/");
    private static final Pattern LOGO_WORD = Pattern.compile("(?i)\\s*\\blogo\\b\\s*");

    private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build()).build();
    private final Clock clock;

    ApiPayloads(Clock clock) {
        this.clock = clock;
    }

    /** One job of a payload: its id in the API (null when the API gives none) and what it says. */
    record Job(@Nullable String id, PostingFields fields) {
    }

    /** The jobs in the payload, in the payload's order. */
    List<Job> read(String json, String source) throws PostingParseException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new PostingParseException(source, "the JSON is not valid (truncated?): " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new PostingParseException(source, "the file is empty");
        }
        List<Job> jobs = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode element : root.values()) {
                jobs.add(job(element, root, source));
            }
        } else if (root.path("jobs").isArray()) {
            for (JsonNode element : root.path("jobs").values()) {
                jobs.add(job(element, root, source));
            }
        } else if (root.path("content").isArray()) {
            for (JsonNode element : root.path("content").values()) {
                jobs.add(job(element, root, source));
            }
        } else if (root.path("jobPostings").isArray()) {
            for (JsonNode element : root.path("jobPostings").values()) {
                jobs.add(workdayListed(element));
            }
        } else {
            jobs.add(job(root, root, source));
        }
        if (jobs.isEmpty()) {
            throw new PostingParseException(source, "the payload lists no jobs");
        }
        return jobs;
    }

    private Job job(JsonNode job, JsonNode root, String source) throws PostingParseException {
        if (job.has("jobPostingInfo")) {
            return workday(job);
        }
        if (job.has("hostedUrl") || (job.has("text") && job.has("categories"))) {
            return lever(job);
        }
        if (job.has("absolute_url") || (job.has("content") && job.has("title") && job.has("id"))) {
            return greenhouse(job);
        }
        if (job.has("jobAd") || (job.has("name") && job.path("company").isObject())) {
            return smartRecruiters(job);
        }
        if (job.has("shortcode")) {
            return workable(job, root);
        }
        if (job.has("jobUrl") || job.has("descriptionHtml")) {
            return ashby(job);
        }
        throw new PostingParseException(source, "not a job payload tailor knows (Greenhouse, Lever, Ashby, "
                + "SmartRecruiters, Workable or Workday CXS)");
    }

    private Job greenhouse(JsonNode job) {
        LocalDate deadline = PostingDates.parse(text(job, "application_deadline"));
        return new Job(text(job, "id"), new PostingFields(
                text(job, "title"),
                text(job, "company_name"),
                text(job.path("location"), "name"),
                null,
                null,
                PostingDates.parse(firstNonNull(text(job, "first_published"), text(job, "updated_at"))),
                DescriptionMarkup.blocks(raw(job, "content")),
                text(job, "absolute_url"),
                deadline != null && deadline.isBefore(today())));
    }

    private Job lever(JsonNode job) {
        JsonNode categories = job.path("categories");
        String url = text(job, "hostedUrl");
        StringBuilder html = new StringBuilder(nonNull(raw(job, "description")));
        for (JsonNode list : job.path("lists").values()) {
            html.append("<h3>").append(escaped(nonNull(text(list, "text")))).append("</h3><ul>")
                    .append(nonNull(raw(list, "content"))).append("</ul>");
        }
        html.append(nonNull(raw(job, "additional")));
        String location = text(categories, "location");
        return new Job(text(job, "id"), new PostingFields(
                text(job, "text"),
                companyFromBoardUrl(url),
                location,
                RemoteWords.firstIn(text(job, "workplaceType"), location),
                EmploymentTypes.readable(text(categories, "commitment")),
                epochDay(job.path("createdAt")),
                DescriptionMarkup.blocks(html.toString()),
                url,
                false));
    }

    private Job ashby(JsonNode job) {
        List<String> locations = new ArrayList<>();
        locations.add(nonNull(text(job, "location")));
        for (JsonNode secondary : job.path("secondaryLocations").values()) {
            locations.add(nonNull(secondary.isString() ? secondary.stringValue() : text(secondary, "location")));
        }
        String workplace = text(job, "workplaceType");
        Remote remote = RemoteWords.firstIn(workplace);
        if (remote == null && job.path("isRemote").asBoolean(false)) {
            remote = Remote.YES;
        }
        String description = raw(job, "descriptionHtml");
        String url = text(job, "jobUrl");
        return new Job(text(job, "id"), new PostingFields(
                text(job, "title"),
                companyFromBoardUrl(url),
                Locations.joinAlternatives(locations),
                remote,
                ashbyEmploymentType(text(job, "employmentType")),
                PostingDates.parse(text(job, "publishedAt")),
                description != null ? DescriptionMarkup.blocks(description)
                        : PlainTextBlocks.parse(nonNull(raw(job, "descriptionPlain"))),
                url,
                false));
    }

    private Job smartRecruiters(JsonNode job) {
        JsonNode location = job.path("location");
        Remote remote = location.path("remote").asBoolean(false) ? Remote.YES
                : location.path("hybrid").asBoolean(false) ? Remote.HYBRID : null;
        StringBuilder html = new StringBuilder();
        for (JsonNode section : job.path("jobAd").path("sections").values()) {
            String title = text(section, "title");
            if (title != null) {
                html.append("<h3>").append(escaped(title)).append("</h3>");
            }
            html.append(nonNull(raw(section, "text")));
        }
        String fullLocation = text(location, "fullLocation");
        return new Job(text(job, "id"), new PostingFields(
                text(job, "name"),
                text(job.path("company"), "name"),
                fullLocation != null ? fullLocation
                        : Locations.join(text(location, "city"), text(location, "region"),
                                upper(text(location, "country"))),
                remote,
                text(job.path("typeOfEmployment"), "label"),
                PostingDates.parse(text(job, "releasedDate")),
                DescriptionMarkup.blocks(html.toString()),
                firstNonNull(text(job, "postingUrl"), text(job, "ref")),
                job.has("active") && !job.path("active").asBoolean(true)));
    }

    private Job workable(JsonNode job, JsonNode root) {
        JsonNode place = job.path("location").isObject() ? job.path("location") : job;
        String location = firstNonNull(text(place, "location_str"), Locations.join(text(place, "city"),
                firstNonNull(text(place, "region"), text(place, "state")), text(place, "country")));
        boolean telecommuting = place.path("telecommuting").asBoolean(false) || job.path("telecommuting").asBoolean(false)
                || job.path("remote").asBoolean(false);
        String html = nonNull(raw(job, "description"))
                + section("Requirements", raw(job, "requirements")) + section("Benefits", raw(job, "benefits"));
        String url = firstNonNull(text(job, "url"), text(job, "shortlink"), text(job, "application_url"));
        String company = root != job ? text(root, "name") : null;
        return new Job(text(job, "shortcode"), new PostingFields(
                firstNonNull(text(job, "title"), text(job, "full_title")),
                company != null ? company : companyFromBoardUrl(url),
                location,
                telecommuting ? Remote.YES : RemoteWords.firstIn(location),
                EmploymentTypes.readable(text(job, "employment_type")),
                PostingDates.parse(firstNonNull(text(job, "published_on"), text(job, "created_at"))),
                DescriptionMarkup.blocks(html),
                url,
                "closed".equalsIgnoreCase(text(job, "state")) || "archived".equalsIgnoreCase(text(job, "state"))));
    }

    private Job workday(JsonNode payload) {
        JsonNode info = payload.path("jobPostingInfo");
        String company = text(payload.path("hiringOrganization"), "name");
        if (company == null) {
            String alt = text(info.path("logoImage"), "alt");
            company = alt == null ? null : TextNormalizer.blankToNull(LOGO_WORD.matcher(alt).replaceAll(" "));
        }
        String country = text(info.path("country"), "descriptor");
        boolean closed = info.has("canApply") && !info.path("canApply").asBoolean(true)
                || info.has("posted") && !info.path("posted").asBoolean(true);
        return new Job(firstNonNull(text(info, "jobReqId"), text(info, "id")), new PostingFields(
                text(info, "title"),
                company,
                Locations.join(text(info, "location"), country),
                RemoteWords.firstIn(text(info, "remoteType"), text(info, "location")),
                text(info, "timeType"),
                null,
                DescriptionMarkup.blocks(raw(info, "jobDescription")),
                text(info, "externalUrl"),
                closed));
    }

    /** A job of a Workday search result: a title and a place, no company and no description. */
    private static Job workdayListed(JsonNode job) {
        String path = text(job, "externalPath");
        String id = path == null ? null : path.substring(path.lastIndexOf('_') + 1);
        return new Job(id, new PostingFields(text(job, "title"), null, text(job, "locationsText"), null, null, null,
                List.of()));
    }

    /** The company a hosted board belongs to, from its slug: "jobs.lever.co/north-wind/…" gives "North Wind". */
    static @Nullable String companyFromBoardUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        Matcher matcher = BOARD_SLUG.matcher(url);
        Matcher host = WORKABLE_HOST.matcher(url);
        String slug = matcher.find() ? matcher.group(1) : host.find() && !host.group(1).equals("apply") ? host.group(1) : null;
        if (slug == null) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("[-_.]+")) {
            if (!word.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return TextNormalizer.blankToNull(name.toString());
    }

    /** Ashby writes "FullTime", "PartTime", "Intern", "Contract", "Temporary". */
    private static @Nullable String ashbyEmploymentType(@Nullable String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "FullTime" -> "Full-time";
            case "PartTime" -> "Part-time";
            case "Intern" -> "Internship";
            default -> type;
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static @Nullable LocalDate epochDay(JsonNode millis) {
        return millis.isNumber() ? Instant.ofEpochMilli(millis.asLong()).atZone(ZoneOffset.UTC).toLocalDate() : null;
    }

    private static String section(String heading, @Nullable String html) {
        return html == null ? "" : "<h3>" + heading + "</h3>" + html;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() || value.isNumber() ? TextNormalizer.blankToNull(value.asString()) : null;
    }

    /** A description as written: its line breaks separate paragraphs in plain text. */
    private static @Nullable String raw(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static @Nullable String upper(@Nullable String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    @SafeVarargs
    private static <T> @Nullable T firstNonNull(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
