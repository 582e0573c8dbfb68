package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The weakest evidence of where a job is: a short element the page marks as a location by its class, id or
 * test attribute ({@code class="location"}, {@code data-test="jd-info-location"}), outside navigation, forms
 * and footers (where "location" is a search filter, not the job's place).
 */
final class LocationHints {
    private static final String MARKED = "[itemprop=jobLocation], [data-test*=location], [data-testid*=location], "
            + "[data-automation-id*=location], [class*=location], [id*=location]";
    private static final Evaluator MARKED_QUERY = QueryParser.parse(MARKED);
    private static final Evaluator NOT_INSIDE = QueryParser.parse(
            "nav, footer, form, select, [role=navigation], [class*=filter], [class*=search]");
    private static final Evaluator FORM_PARTS = QueryParser.parse("input, select, button");
    private static final int MAX_CHARS = 120;
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(?:job )?(?:location|locations|place of work|work location|standort|arbeitsort|místo(?: výkonu práce)?|"
                    + "pracoviště|lokalita)\\s*:?\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("^\\((.*)\\)$");

    private LocationHints() {
    }

    /**
     * The first marked location on the page, with any remote policy its surroundings name. The scan's candidates
     * are the page's elements that may be marked, in document order: only they are tested, not every element.
     */
    static PostingFields read(PageScan scan) {
        for (Element element : scan.locationCandidates()) {
            if (!element.is(MARKED_QUERY)) {
                continue;
            }
            if (element.closest(NOT_INSIDE) != null || element.selectFirst(FORM_PARTS) != null) {
                continue;
            }
            String location = text(element);
            if (location != null) {
                Element parent = element.parent();
                String around = parent == null ? null : parent.text();
                Remote remote = around != null && around.length() <= MAX_CHARS ? RemoteWords.in(around) : null;
                return new PostingFields(null, null, location, remote, null, null, List.of());
            }
        }
        return PostingFields.NONE;
    }

    /** The element's text, its child elements joined by "; " when they are a list of places. */
    private static @Nullable String text(Element element) {
        String whole = TextNormalizer.inline(element.text());
        if (whole.isEmpty() || whole.length() > MAX_CHARS) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Element child : element.children()) {
            String part = TextNormalizer.blankToNull(child.text());
            if (part != null) {
                parts.add(part);
            }
        }
        boolean listOfPlaces = parts.size() > 1 && element.ownText().replaceAll("[\\s(),;|·•]", "").isEmpty();
        String text = listOfPlaces ? String.join("; ", parts) : whole;
        text = LABEL.matcher(text).replaceFirst("");
        var matcher = PARENTHESES.matcher(text);
        if (matcher.matches()) {
            text = matcher.group(1);
        }
        text = TextNormalizer.blankToNull(text);
        return text == null || text.length() < 2 ? null : text;
    }
}
