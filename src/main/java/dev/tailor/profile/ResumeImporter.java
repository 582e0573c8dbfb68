package dev.tailor.profile;

import dev.tailor.analysis.Seniority;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Word résumé into a draft profile: who the person is, where they worked, and one achievement per
 * bullet point, with its skills found by the taxonomy and its themes guessed from its words.
 *
 * <p>A draft on purpose: résumés are laid out in countless ways, so the importer guesses and the person
 * corrects. It never invents anything: every value comes from the document, and a bullet with no
 * measurable outcome says so instead of getting one.
 */
public final class ResumeImporter {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{7,}\\d");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|github\\.com/|linkedin\\.com/)\\S+");
    /** "2019 – 2022", "03/2020 - present", "2021": the end year counts, "present" is this year. */
    private static final Pattern DATES = Pattern.compile("(?i)(?:\\b\\w{3,9}\\.? |\\d{1,2}/)?((?:19|20)\\d\\d)"
            + "(?:\\s*(?:-|–|—|to|until)\\s*(?:(?:\\w{3,9}\\.? |\\d{1,2}/)?((?:19|20)\\d\\d)|(present|now|current|today)))?");
    private static final Pattern ROLE_WORDS = Pattern.compile("(?i)\\b(engineer|developer|programmer|intern|architect|"
            + "manager|lead|analyst|consultant|scientist|administrator|designer|specialist|director|head of|cto|sre|"
            + "devops|tester|student)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+(?:\\||—|–|-|@|at)\\s+|,\\s+|\\t");
    private static final Set<String> EXPERIENCE = Set.of("experience", "work experience", "professional experience",
            "employment", "employment history", "career", "work history", "projects");
    private static final Set<String> SKILLS = Set.of("skills", "technical skills", "technologies", "tools",
            "skills and tools", "tech stack", "core skills");

    private static final int MAX_HEADER_WORDS = 10;

    private final Function<String, List<String>> skillsIn;
    private final Clock clock;

    /**
     * @param skillsIn the canonical names of the skills a text mentions (the taxonomy's extractor)
     */
    public ResumeImporter(Function<String, List<String>> skillsIn, Clock clock) {
        this.skillsIn = skillsIn;
        this.clock = clock;
    }

    /** Reads the résumé and drafts a profile from it. */
    public CandidateProfile importDocx(Path file) throws ResumeImportException {
        return draft(ResumeReader.read(file));
    }

    CandidateProfile draft(List<ResumeLine> lines) {
        int thisYear = Year.now(clock).getValue();
        String name = null;
        String email = null;
        String phone = null;
        Set<String> links = new LinkedHashSet<>();
        Set<String> skills = new LinkedHashSet<>();
        List<Achievement> achievements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        String section = "";
        String employer = null;
        String role = null;
        Integer year = null;
        int firstYear = Integer.MAX_VALUE;
        for (ResumeLine line : lines) {
            String text = line.text();
            if (email == null && EMAIL.matcher(text).find()) {
                Matcher m = EMAIL.matcher(text);
                m.find();
                email = m.group();
            }
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                links.add(link.group().replaceAll("[,;)]+$", ""));
            }
            if (phone == null && !DATES.matcher(text).lookingAt()) {
                Matcher m = PHONE.matcher(text);
                if (m.find() && m.group().replaceAll("\\D", "").length() >= 8) {
                    phone = m.group().strip();
                }
            }
            if (name == null && line.kind() != ResumeLine.Kind.BULLET && !EMAIL.matcher(text).find()
                    && text.split(" ").length <= 4) {
                name = text;
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "");
            if (EXPERIENCE.contains(lower) || SKILLS.contains(lower) || isOtherHeading(line, lower)) {
                section = SKILLS.contains(lower) ? "skills" : EXPERIENCE.contains(lower) ? "experience" : lower;
                continue;
            }
            if (lower.startsWith("skills:") || lower.startsWith("technologies:") || section.equals("skills")) {
                skills.addAll(skillsIn.apply(text));
                continue;
            }
            if (line.kind() == ResumeLine.Kind.BULLET) {
                if (employer == null) {
                    continue; // a bullet before any job (a summary, education): nothing to attribute it to
                }
                Achievement achievement = achievement(text, employer, role, year, ids);
                achievements.add(achievement);
                skills.addAll(achievement.skills());
                continue;
            }
            Matcher dates = DATES.matcher(text);
            boolean dated = dates.find();
            // Undated lines in the experience section are job headers only when short; longer ones are prose.
            if (dated || section.equals("experience") && text.split(" ").length <= MAX_HEADER_WORDS) {
                String[] job = job(text, thisYear);
                if (job != null) {
                    employer = job[0];
                    role = job[1];
                    year = job[2] == null ? null : Integer.valueOf(job[2]);
                    if (job[3] != null) {
                        firstYear = Math.min(firstYear, Integer.parseInt(job[3]));
                    }
                    if (role != null) {
                        roles.add(role);
                    }
                }
            }
        }
        int years = firstYear == Integer.MAX_VALUE ? 0 : Math.max(0, thisYear - firstYear);
        return new CandidateProfile(name == null ? "TODO: your name" : name,
                email == null ? "todo@example.com" : email, phone, null, List.copyOf(links),
                seniority(roles, years), years, List.copyOf(skills), achievements, List.of(), null);
    }

    private static boolean isOtherHeading(ResumeLine line, String lower) {
        return line.kind() == ResumeLine.Kind.HEADING && !DATES.matcher(lower).find();
    }

    /** [employer, role, end year, start year] of a job line, or null when it does not look like one. */
    private static String[] job(String text, int thisYear) {
        Matcher dates = DATES.matcher(text);
        String start = null;
        String end = null;
        String rest = text;
        if (dates.find()) {
            start = dates.group(1);
            end = dates.group(3) != null ? String.valueOf(thisYear) : dates.group(2) != null ? dates.group(2) : start;
            rest = (text.substring(0, dates.start()) + " " + text.substring(dates.end())).strip();
        }
        rest = rest.replaceAll("[()|,–—-]+\\s*$", "").replaceAll("^\\s*[|,–—-]+", "").strip();
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(rest)) {
            String p = part.strip().replaceAll("^[(|]+|[)|]+$", "").strip();
            if (!p.isEmpty() && !p.matches("(?i)remote|hybrid|on-?site") && parts.size() < 3) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String role = null;
        String employer = null;
        for (String part : parts) {
            if (role == null && ROLE_WORDS.matcher(part).find()) {
                role = part;
            } else if (employer == null) {
                employer = part;
            }
        }
        if (employer == null) {
            return null;
        }
        return new String[] {employer, role, end, start};
    }

    private Achievement achievement(String bullet, String employer, String role, Integer year, Set<String> ids) {
        String[] split = AchievementDraft.split(bullet);
        List<String> skills = skillsIn.apply(bullet).stream().distinct().toList();
        return new Achievement(id(employer, split[0], ids), employer, role, year, split[0], split[1], skills,
                AchievementDraft.themes(bullet));
    }

    /** "nordvale-logistics-rebuilt-shipment": employer and the first words of the action, unique. */
    private static String id(String employer, String action, Set<String> ids) {
        String words = String.join("-", java.util.Arrays.stream((employer + " " + action).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+"))
                .filter(w -> w.length() > 2 && !Set.of("the", "and", "for", "with", "from").contains(w))
                .limit(4).toList());
        String base = words.isEmpty() ? "achievement" : words;
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The highest level the titles show; without titles, the years decide. */
    private static Seniority seniority(Set<String> roles, int years) {
        String all = String.join(" ", roles).toLowerCase(Locale.ROOT);
        if (all.matches(".*\\b(lead|staff|principal|head of|director|cto)\\b.*")) {
            return Seniority.LEAD;
        }
        if (all.matches(".*\\b(senior|sr\\.?)\\b.*") || years >= 6) {
            return Seniority.SENIOR;
        }
        if (years >= 2 || all.matches(".*\\b(engineer|developer)\\b.*") && !all.matches(".*\\b(intern|junior|graduate)\\b.*")) {
            return Seniority.MID;
        }
        return Seniority.ENTRY;
    }
}
