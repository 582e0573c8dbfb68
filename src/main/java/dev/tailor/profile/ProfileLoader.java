package dev.tailor.profile;

import dev.tailor.analysis.Seniority;
import dev.tailor.yaml.YamlException;
import dev.tailor.yaml.YamlFile;
import dev.tailor.yaml.YamlMap;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads and validates a candidate profile in the DESIGN.md format.
 *
 * <p>Strict on purpose: every letter is built from this file, so a typo in a key must stop the run
 * with the file and line, not silently drop an achievement.
 */
public final class ProfileLoader {
    private static final Set<String> PROFILE_KEYS = Set.of("name", "email", "phone", "location", "links", "seniority",
            "years", "skills", "achievements", "collaboration", "next-step");
    private static final Set<String> ACHIEVEMENT_KEYS = Set.of("id", "employer", "role", "year", "action", "result",
            "skills", "themes");
    /** The themes DESIGN.md names; matching compares them with company signals. */
    public static final Set<String> THEMES = Set.of("performance", "scalability", "reliability", "migration", "cost",
            "security", "data", "api", "testing", "devops", "mentoring", "collaboration");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_YEARS = 60;
    private static final int FIRST_YEAR = 1950;

    private final Clock clock;

    public ProfileLoader(Clock clock) {
        this.clock = clock;
    }

    /** Reads the profile; any problem is a {@link ProfileException} naming the file and line. */
    public CandidateProfile load(Path file) throws ProfileException {
        try {
            return read(YamlFile.load(file));
        } catch (YamlException e) {
            throw new ProfileException(e.getMessage(), e);
        }
    }

    private CandidateProfile read(YamlMap root) throws YamlException {
        root.allowOnly(PROFILE_KEYS, "the profile");
        String name = root.requireString("name", "the profile");
        String email = root.requireString("email", "the profile");
        if (!EMAIL.matcher(email).matches()) {
            throw root.error("email", "'" + email + "' is not an e-mail address");
        }
        String seniorityWord = root.requireString("seniority", "the profile");
        Seniority seniority = Seniority.fromWord(seniorityWord);
        if (seniority == null) {
            throw root.error("seniority", "seniority must be entry, mid, senior or lead, not '" + seniorityWord + "'");
        }
        Integer years = root.optionalInt("years");
        if (years == null) {
            throw root.error("years", "the profile has no 'years'");
        }
        if (years < 0 || years > MAX_YEARS) {
            throw root.error("years", "years must be between 0 and " + MAX_YEARS);
        }
        List<YamlMap> achievementMaps = root.mapList("achievements");
        if (achievementMaps.isEmpty()) {
            throw root.error("achievements", "the profile has no achievements: letters are built from them");
        }
        List<Achievement> achievements = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        for (YamlMap map : achievementMaps) {
            Achievement achievement = readAchievement(map);
            Integer firstLine = seenIds.putIfAbsent(achievement.id(), map.line("id"));
            if (firstLine != null) {
                throw map.error("id", "duplicate achievement id '" + achievement.id() + "' (first used on line "
                        + firstLine + ")");
            }
            achievements.add(achievement);
        }
        return new CandidateProfile(name, email, root.optionalString("phone"), root.optionalString("location"),
                root.stringList("links"), seniority, years, root.stringList("skills"), achievements,
                root.stringList("collaboration"), root.optionalString("next-step"));
    }

    private Achievement readAchievement(YamlMap map) throws YamlException {
        map.allowOnly(ACHIEVEMENT_KEYS, "an achievement");
        String id = map.requireString("id", "an achievement");
        if (!ID.matcher(id).matches()) {
            throw map.error("id", "achievement id '" + id + "' must be lower-case words joined by '-'");
        }
        String what = "achievement '" + id + "'";
        String employer = map.requireString("employer", what);
        String action = map.requireString("action", what);
        String result = map.requireString("result", what);
        Integer year = map.optionalInt("year");
        int thisYear = Year.now(clock).getValue();
        if (year != null && (year < FIRST_YEAR || year > thisYear + 1)) {
            throw map.error("year", what + " has year " + year + ", expected " + FIRST_YEAR + "-" + thisYear);
        }
        List<String> themes = map.stringList("themes");
        for (String theme : themes) {
            if (!THEMES.contains(theme)) {
                throw map.error("themes", what + " has unknown theme '" + theme + "' (allowed: "
                        + String.join(" ", THEMES.stream().sorted().toList()) + ")");
            }
        }
        return new Achievement(id, employer, map.optionalString("role"), year, action, result,
                map.stringList("skills"), themes);
    }
}
