package dev.tailor.letter;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.analysis.Seniority;
import dev.tailor.analysis.SkillMention;
import dev.tailor.match.Evidence;
import dev.tailor.match.Opening;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.profile.Achievement;
import dev.tailor.profile.CandidateProfile;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the plain model the letter templates see: maps, lists, strings, numbers and booleans only.
 *
 * <p>Keys that have no value are left out rather than set to null, so a template tests them with
 * {@code ??}. Text is cleaned of surrounding blanks and trailing full stops; nothing is evaluated.
 * The keys are listed at the top of {@code templates/paragraphs.ftl}.
 */
final class LetterModel {
    /** The alignment paragraph mirrors three or four requirements (LETTER-RUBRIC.md). */
    static final int ALIGNMENT_MIN = 3;
    static final int ALIGNMENT_MAX = 4;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** How many wordings each varied sentence of the shipped templates has. */
    static final int VARIANTS = 3;
    private static final Set<String> STAGES = Set.of("startup", "scale-up", "enterprise");

    private final Posting posting;
    private final Analysis analysis;
    private final CandidateProfile profile;
    private final Tailoring tailoring;

    /** Built on the first {@link #build} and shared by the later ones. */
    private Map<String, Object> candidate;
    private Map<String, Object> plan;
    private final Map<Achievement, Map<String, Object>> achievements = new IdentityHashMap<>();
    private Map<String, String> spellings;

    private LetterModel(Posting posting, Analysis analysis, CandidateProfile profile, Tailoring tailoring) {
        this.posting = posting;
        this.analysis = analysis;
        this.profile = profile;
        this.tailoring = tailoring;
    }

    /**
     * A model builder for one letter: the plan, the candidate and the achievements are worked out once and shared
     * by the models of every level of detail the renderer tries (the templates only read them).
     */
    static LetterModel forLetter(Posting posting, Analysis analysis, CandidateProfile profile, Tailoring tailoring) {
        return new LetterModel(posting, analysis, profile, tailoring);
    }

    /** The model at one level of detail. */
    Map<String, Object> build(LocalDate date, LetterDetail detail) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("date", DATE.format(date));
        model.put("detail", detail.word());
        model.put("variant", variant(posting.id()));
        model.put("level", level());
        model.put("stage", stage());
        Map<String, Object> job = new LinkedHashMap<>();
        put(job, "company", posting.company());
        put(job, "title", posting.title());
        put(job, "location", posting.location());
        model.put("posting", job);
        if (candidate == null) {
            candidate = candidate(profile);
            candidate.put("collaboration", profile.collaboration().stream().map(LetterModel::clause)
                    .filter(s -> !s.isEmpty()).toList());
            putClause(candidate, "nextStep", profile.nextStep());
            plan = plan();
        }
        model.put("candidate", candidate);
        model.put("tailoring", plan);
        return model;
    }

    private Map<String, Object> plan() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("opening", tailoring.opening() == null ? Opening.METRIC.word() : tailoring.opening().word());
        plan.put("weak", tailoring.weak());
        plan.put("score", tailoring.score());
        List<Map<String, Object>> achievements = tailoring.achievements().stream().map(this::achievement).toList();
        plan.put("achievements", achievements);
        if (!achievements.isEmpty()) {
            plan.put("lead", achievements.get(0));
        }
        plan.put("evidence", tailoring.evidence().stream().map(this::evidence).toList());
        plan.put("alignment", alignment().stream().map(this::evidence).toList());
        plan.put("requirements", RequirementCoverage.topHeld(analysis, profile, tailoring).stream()
                .map(RequirementCoverage::spelling).toList());
        plan.put("missing", tailoring.missing().stream().map(this::postingSpelling).toList());
        plan.put("unclaimed", unclaimed());
        List<Map<String, Object>> signals = signals();
        plan.put("signals", signals);
        Map<String, Object> byType = new LinkedHashMap<>();
        for (Map<String, Object> signal : signals) {
            byType.putIfAbsent((String) signal.get("type"), signal);
        }
        plan.put("signal", byType);
        return plan;
    }

    /**
     * Every skill the posting names that the profile does not claim, in both spellings: a template must not
     * repeat a posting phrase that contains one, or the letter reads as if the candidate had it.
     */
    private List<String> unclaimed() {
        Set<String> claimed = RequirementCoverage.claimed(profile);
        List<String> out = new ArrayList<>();
        for (SkillMention skill : analysis.skills()) {
            if (!RequirementCoverage.candidateHas(skill, claimed, tailoring)) {
                out.add(RequirementCoverage.key(skill.name()));
                out.add(RequirementCoverage.key(RequirementCoverage.spelling(skill)));
            }
        }
        return out.stream().distinct().toList();
    }

    /** The candidate header: name, contact details, links, seniority and years. */
    static Map<String, Object> candidate(CandidateProfile profile) {
        Map<String, Object> candidate = new LinkedHashMap<>();
        put(candidate, "name", profile.name());
        put(candidate, "email", profile.email());
        put(candidate, "phone", profile.phone());
        put(candidate, "location", profile.location());
        candidate.put("links", profile.links().stream().map(LetterModel::clean).filter(s -> !s.isEmpty()).toList());
        if (profile.seniority() != null) {
            candidate.put("seniority", profile.seniority().word());
        }
        candidate.put("years", profile.years());
        return candidate;
    }

    /** The framing level: the lower of the candidate's and the posting's, so the letter never overclaims. */
    private String level() {
        Seniority candidate = profile.seniority();
        Seniority role = analysis.seniority();
        Seniority level = candidate == null ? role : role == null ? candidate
                : candidate.compareTo(role) <= 0 ? candidate : role;
        return level == null ? Seniority.MID.word() : level.word();
    }

    private String stage() {
        for (CompanySignal signal : allSignals()) {
            if ("stage".equals(signal.type()) && signal.value() != null) {
                String value = signal.value().strip().toLowerCase(Locale.ROOT).replace(' ', '-');
                if (STAGES.contains(value)) {
                    return value;
                }
            }
        }
        return "";
    }

    /** The signals the tailoring chose first, then the rest of the posting's, without repeats. */
    private List<CompanySignal> allSignals() {
        List<CompanySignal> all = new ArrayList<>(tailoring.signals());
        for (CompanySignal signal : analysis.signals()) {
            if (!all.contains(signal)) {
                all.add(signal);
            }
        }
        return all;
    }

    private List<Map<String, Object>> signals() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CompanySignal signal : allSignals()) {
            if (signal.type() == null || clause(signal.value()).isEmpty()) {
                continue;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", signal.type());
            map.put("value", clause(signal.value()));
            put(map, "evidence", signal.evidence());
            out.add(map);
        }
        return out;
    }

    private Map<String, Object> achievement(Achievement achievement) {
        return achievements.computeIfAbsent(achievement, this::describe);
    }

    private Map<String, Object> describe(Achievement achievement) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", achievement.id());
        put(map, "employer", achievement.employer());
        put(map, "role", achievement.role());
        if (achievement.year() != null) {
            map.put("year", achievement.year());
        }
        putClause(map, "action", achievement.action());
        putClause(map, "result", achievement.result());
        String outcome = ResultPhrase.outcome(clause(achievement.result()));
        if (!outcome.isEmpty()) {
            map.put("outcome", outcome);
        }
        map.put("skills", achievement.skills().stream().map(this::postingSpelling).toList());
        map.put("asked", asked(achievement));
        map.put("themes", achievement.themes().stream().map(LetterModel::clean).filter(s -> !s.isEmpty()).toList());
        return map;
    }

    /** The achievement's skills that the posting names, in the posting's spelling and order. */
    private List<String> asked(Achievement achievement) {
        Set<String> used = new HashSet<>();
        achievement.skills().forEach(s -> used.add(RequirementCoverage.key(s)));
        List<String> asked = new ArrayList<>();
        for (SkillMention skill : analysis.skills()) {
            if (used.contains(RequirementCoverage.key(skill.name()))
                    || used.contains(RequirementCoverage.key(RequirementCoverage.spelling(skill)))) {
                asked.add(RequirementCoverage.spelling(skill));
            }
        }
        return asked;
    }

    private Map<String, Object> evidence(Evidence evidence) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "requirement", evidence.requirement() == null ? postingSpelling(evidence.skill()) : evidence.requirement());
        put(map, "skill", evidence.skill());
        if (evidence.achievement() != null) {
            map.put("achievement", achievement(evidence.achievement()));
        }
        return map;
    }

    /**
     * Three or four pieces of evidence for the alignment paragraph, strongest first: each from a different
     * achievement where possible, then repeats, then skill-list claims only to reach three.
     */
    private List<Evidence> alignment() {
        List<Evidence> all = tailoring.evidence();
        Set<Integer> chosen = new java.util.TreeSet<>();
        Set<String> achievements = new HashSet<>();
        Set<String> requirements = new HashSet<>();
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < all.size() && chosen.size() < (pass == 0 ? ALIGNMENT_MAX : ALIGNMENT_MIN); i++) {
                Evidence e = all.get(i);
                String requirement = RequirementCoverage.key(e.requirement() == null ? e.skill() : e.requirement());
                if (chosen.contains(i) || requirements.contains(requirement)) {
                    continue;
                }
                boolean backed = e.achievement() != null;
                boolean fresh = backed && !achievements.contains(e.achievement().id());
                if ((pass == 0 && fresh) || (pass == 1 && backed) || pass == 2) {
                    chosen.add(i);
                    requirements.add(requirement);
                    if (backed) {
                        achievements.add(e.achievement().id());
                    }
                }
            }
        }
        return chosen.stream().map(all::get).toList();
    }

    private String postingSpelling(String skill) {
        if (spellings == null) {
            // The first mention whose name or spelling matches wins, as a scan in the posting's order would.
            spellings = new HashMap<>();
            for (SkillMention mention : analysis.skills()) {
                spellings.putIfAbsent(RequirementCoverage.key(mention.name()), RequirementCoverage.spelling(mention));
                spellings.putIfAbsent(RequirementCoverage.key(RequirementCoverage.spelling(mention)),
                        RequirementCoverage.spelling(mention));
            }
        }
        String spelling = spellings.get(RequirementCoverage.key(skill));
        return spelling != null ? spelling : clean(skill);
    }

    /**
     * Which wording variant the templates use: stable for one posting, so a re-run writes the same letter,
     * but spread across postings, so letters to the same company do not read alike.
     */
    static int variant(String postingId) {
        String id = postingId == null ? "" : postingId;
        int hash = 0;
        for (int i = 0; i < id.length(); i++) {
            hash = 31 * hash + id.charAt(i);
        }
        return Math.floorMod(hash, VARIANTS);
    }

    private static void put(Map<String, Object> map, String key, String value) {
        String cleaned = clean(value);
        if (!cleaned.isEmpty()) {
            map.put(key, cleaned);
        }
    }

    /** Trimmed, inner blanks collapsed; "" for null. */
    static String clean(String value) {
        return value == null ? "" : LetterText.collapseSpaces(value.strip());
    }

    /** A phrase a sentence continues: {@link #clean} without trailing full stops, so templates add their own. */
    static String clause(String value) {
        String text = clean(value);
        while (text.endsWith(".") && !text.endsWith("..")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private static void putClause(Map<String, Object> map, String key, String value) {
        String phrase = clause(value);
        if (!phrase.isEmpty()) {
            map.put(key, phrase);
        }
    }
}
