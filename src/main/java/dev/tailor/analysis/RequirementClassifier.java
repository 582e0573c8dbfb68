package dev.tailor.analysis;

import dev.tailor.posting.SectionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Decides how strongly a posting asks for each skill it names, from the section the skill is in and
 * the cue words of its clause.
 *
 * <ul>
 *   <li>NICE_TO_HAVE section: nice to have, whatever the wording.</li>
 *   <li>ABOUT and BENEFITS sections: mentioned, whatever the wording ("we run on Kafka").</li>
 *   <li>Otherwise the nearest cue of the same clause decides: "bonus", "a plus", "preferred",
 *       "ideally", "familiarity with", "exposure to"... make it nice to have; "must", "required",
 *       "strong experience", "N+ years", "proficient in"... make it required. Plain "experience
 *       with" and "knowledge of" also make it required, but only when no such explicit cue speaks.</li>
 *   <li>RESPONSIBILITIES and OTHER: without such a cue, a skill is required when the clause says the
 *       person will work with it ("build services in Go", "you will use Terraform"), since that is the
 *       stack of the job; otherwise (a team that uses it, a product it serves) it is only mentioned.</li>
 *   <li>REQUIREMENTS: without a cue, required.</li>
 * </ul>
 * A cue points forward ("ideally Kotlin"), backward ("Kotlin is a plus") or both ways ("preferred");
 * clauses end at sentence ends, ';', "but" and relative pronouns ("the data team, who use dbt":
 * someone else's tools are only mentioned). A cue inside parentheses speaks for the skills in the
 * same parentheses, or, when there are none ("(nice to have)"), for the clause around them.
 */
final class RequirementClassifier {
    private enum Direction { FORWARD, BACKWARD, BOTH }

    /**
     * REQUIRED and NICE are explicit; LIKELY ("experience with", "knowledge of") and USAGE ("build
     * with") only count when no explicit cue speaks for the skill: "Experience with Redis (nice to
     * have)" is nice to have.
     */
    private enum Strength { REQUIRED, NICE, LIKELY, USAGE }

    private record Cue(Strength strength, Direction direction) {
    }

    private record CueHit(int first, int end, Cue cue, int clause, int parens) {
    }

    private static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "whereas", "aber", "jedoch", "who", "which", "whose");
    /** Words after which a usage verb is someone else's ("the data team, who use dbt"). */
    private static final Set<String> OTHERS = Set.of("who", "which", "whose", "they", "teams", "team");
    private static final Set<String> YEAR_WORDS = Set.of("year", "years", "yrs", "yr", "jahr", "jahre", "jahren");
    private static final PhraseIndex<Cue> CUES = cues();

    private RequirementClassifier() {
    }

    private static PhraseIndex<Cue> cues() {
        PhraseIndex<Cue> cues = new PhraseIndex<>();
        add(cues, new Cue(Strength.NICE, Direction.BOTH), "preferred", "preferable", "preferably", "nice to have",
                "bonus", "a bonus", "bonus points", "a plus", "is a plus", "big plus", "huge plus", "strong plus",
                "desirable", "desired", "an advantage", "advantageous", "beneficial", "helpful", "appreciated",
                "welcome", "would be great", "would be nice", "optional", "good to have", "not required",
                "not a requirement", "not mandatory", "not necessary", "an asset", "even better", "extra points",
                "wünschenswert", "von vorteil", "ein plus", "gerne gesehen", "plus points");
        add(cues, new Cue(Strength.NICE, Direction.FORWARD), "ideally", "idealerweise", "familiarity with",
                "familiarity", "familiar with", "exposure to", "exposure", "some experience", "basic knowledge",
                "basic understanding", "interest in", "willingness to learn", "eager to learn", "curious about",
                "grundkenntnisse", "erste erfahrung", "erste erfahrungen");
        add(cues, new Cue(Strength.REQUIRED, Direction.BOTH), "must", "must have", "required", "requires",
                "mandatory", "essential", "necessary", "erforderlich", "zwingend", "vorausgesetzt", "need to have",
                "needs to have");
        add(cues, new Cue(Strength.REQUIRED, Direction.FORWARD), "strong experience", "solid experience",
                "deep experience", "extensive experience", "proven experience", "significant experience",
                "substantial experience", "professional experience", "hands-on experience", "strong knowledge",
                "solid knowledge", "deep knowledge", "in-depth knowledge", "strong understanding",
                "deep understanding", "solid understanding", "strong background", "expert", "expertise",
                "proficient", "proficiency", "fluent in", "fluency in", "mastery of", "sehr gute kenntnisse",
                "fundierte kenntnisse", "mehrjährige", "langjährige");
        add(cues, new Cue(Strength.LIKELY, Direction.FORWARD), "experience with", "experience in", "experience using",
                "experience building", "knowledge of", "understanding of", "skills in", "background in", "you have",
                "you bring", "we expect", "gute kenntnisse", "kenntnisse in", "erfahrung mit", "erfahrung in");
        add(cues, new Cue(Strength.USAGE, Direction.FORWARD), "use", "using", "uses", "build", "building", "develop",
                "developing", "write", "writing", "work with", "working with", "maintain", "maintaining",
                "implement", "implementing", "design", "designing", "deploy", "deploying", "operate", "operating",
                "run", "running", "own", "owning", "migrate", "migrating", "create", "creating", "architect",
                "leverage", "leveraging", "program", "programming", "code", "ship", "shipping", "entwickeln",
                "betreiben", "nutzen");
        return cues;
    }

    private static void add(PhraseIndex<Cue> cues, Cue cue, String... phrases) {
        for (String phrase : phrases) {
            cues.add(phrase, cue);
        }
    }

    /** The level of each hit, in the order of {@code hits}. */
    static Requirement[] levels(TokenizedText text, List<SkillHit> hits, SectionKind section) {
        Requirement[] levels = new Requirement[hits.size()];
        if (section == SectionKind.NICE_TO_HAVE || section == SectionKind.ABOUT || section == SectionKind.BENEFITS) {
            Arrays.fill(levels, section == SectionKind.NICE_TO_HAVE ? Requirement.NICE_TO_HAVE : Requirement.MENTIONED);
            return levels;
        }
        int[] clauses = new int[text.size()];
        int[] parens = new int[text.size()];
        clausesAndParens(text, clauses, parens);
        List<CueHit> cues = findCues(text, clauses, parens);
        for (int h = 0; h < hits.size(); h++) {
            Cue cue = nearestCue(hits.get(h), hits, cues, clauses, parens, true);
            if (cue == null) {
                cue = nearestCue(hits.get(h), hits, cues, clauses, parens, false);
            }
            levels[h] = level(cue, section);
        }
        return levels;
    }

    private static Requirement level(Cue cue, SectionKind section) {
        if (cue == null) {
            return section == SectionKind.REQUIREMENTS ? Requirement.REQUIRED : Requirement.MENTIONED;
        }
        return cue.strength() == Strength.NICE ? Requirement.NICE_TO_HAVE : Requirement.REQUIRED;
    }

    private static void clausesAndParens(TokenizedText text, int[] clauses, int[] parens) {
        int clause = 0;
        int paren = 0;
        int depth = 0;
        int openParens = 0;
        for (int t = 0; t < text.size(); t++) {
            Token token = text.token(t);
            if (t > 0 && token.sentence() != text.token(t - 1).sentence()) {
                clause++;
                depth = 0;
            }
            if (token.isPunct(';') || (token.isWord() && CLAUSE_WORDS.contains(token.lower()))) {
                clause++;
            } else if (token.isPunct('(') || token.isPunct('[')) {
                if (depth++ == 0) {
                    paren = ++openParens;
                }
            } else if ((token.isPunct(')') || token.isPunct(']')) && depth > 0) {
                depth--;
            }
            clauses[t] = clause;
            parens[t] = depth > 0 || token.isPunct(')') || token.isPunct(']') ? paren : 0;
        }
    }

    private static List<CueHit> findCues(TokenizedText text, int[] clauses, int[] parens) {
        List<CueHit> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int yearsEnd = yearsCueEnd(tokens, i);
            if (yearsEnd > i) {
                found.add(new CueHit(i, yearsEnd, new Cue(Strength.REQUIRED, Direction.BOTH), clauses[i], parens[i]));
                i = yearsEnd;
                continue;
            }
            PhraseIndex.Match<Cue> match = tokens.get(i).isWord() ? CUES.longestAt(tokens, i) : null;
            if (match != null && !isOthersUsage(tokens, i, match.payloads().get(0))) {
                found.add(new CueHit(i, match.end(), match.payloads().get(0), clauses[i], parens[i]));
                i = match.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean isOthersUsage(List<Token> tokens, int i, Cue cue) {
        return cue.strength() == Strength.USAGE && i > 0 && OTHERS.contains(tokens.get(i - 1).lower());
    }

    /** "5+ years", "3-5 years", "5 plus years": the end of the cue, or {@code i} when there is none. */
    private static int yearsCueEnd(List<Token> tokens, int i) {
        Token number = tokens.get(i);
        if (!number.isWord() || !Character.isDigit(number.text().charAt(0))) {
            return i;
        }
        int k = i + 1;
        while (k < tokens.size() && k - i <= 3) {
            Token token = tokens.get(k);
            if (token.isWord() && YEAR_WORDS.contains(token.lower())) {
                return k + 1;
            }
            boolean filler = token.isPunct('+') || token.lower().equals("plus") || token.lower().equals("to")
                    || (token.isWord() && token.hyphenated() && Character.isDigit(token.text().charAt(0)))
                    || (token.isWord() && Character.isDigit(token.text().charAt(0)));
            if (!filler) {
                return i;
            }
            k++;
        }
        return i;
    }

    private static Cue nearestCue(SkillHit hit, List<SkillHit> hits, List<CueHit> cues, int[] clauses, int[] parens,
                                  boolean explicit) {
        int clause = clauses[hit.first()];
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CueHit cue : cues) {
            boolean isExplicit = cue.cue().strength() == Strength.REQUIRED || cue.cue().strength() == Strength.NICE;
            if (isExplicit != explicit || cue.clause() != clause || !speaksFor(cue, hit, hits, parens)) {
                continue;
            }
            int distance;
            if (cue.end() <= hit.first()) {
                if (cue.cue().direction() == Direction.BACKWARD) {
                    continue;
                }
                distance = hit.first() - cue.end();
            } else if (cue.first() >= hit.end()) {
                if (cue.cue().direction() == Direction.FORWARD) {
                    continue;
                }
                distance = cue.first() - hit.end();
            } else {
                continue;
            }
            boolean closer = distance < bestDistance
                    || (distance == bestDistance && cue.cue().strength() == Strength.NICE);
            if (closer) {
                best = cue.cue();
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A cue in parentheses speaks only for the skills in the same parentheses, if there are any. */
    private static boolean speaksFor(CueHit cue, SkillHit hit, List<SkillHit> hits, int[] parens) {
        if (cue.parens() == 0 || parens[hit.first()] == cue.parens()) {
            return true;
        }
        for (SkillHit other : hits) {
            if (parens[other.first()] == cue.parens()) {
                return false;
            }
        }
        return true;
    }
}
