package dev.tailor.letter;

import dev.tailor.analysis.Analysis;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.profile.CandidateProfile;
import freemarker.core.Environment;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a tailoring plan into a {@link Letter}: Markdown from {@code letter.md.ftl}, then the HTML page from
 * the same paragraphs, then the rubric lint and the ATS coverage.
 *
 * <p>Thread-safe: the compiled templates are shared and every call builds its own model.
 */
public final class LetterRenderer {
    /** The global that {@code letter.md.ftl} fills with the body paragraphs. */
    static final String PARAGRAPHS_VARIABLE = "paragraphs";
    /** How the lint of a weak-match letter begins the detail of every check it fails. */
    public static final String WEAK_MATCH = "weak match";

    private final LetterTemplates templates;
    private final RubricLinter linter = new RubricLinter();

    public LetterRenderer(LetterTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * Renders one letter.
     *
     * @param date the date printed on the letter
     * @throws LetterRenderException when a template fails on this model (it compiled, but e.g. reads a value
     *                               that is not there)
     */
    public Letter render(Posting posting, Analysis analysis, CandidateProfile profile, Tailoring tailoring,
                         LocalDate date) {
        return render(posting, analysis, profile, tailoring, date, true);
    }

    /**
     * As {@link #render(Posting, Analysis, CandidateProfile, Tailoring, LocalDate)}; {@code withHtml} false leaves
     * the HTML page out ({@link Letter#html()} null), for a run that writes no HTML letter: the page, the layout it
     * needs and its template were 3% of a posting's work.
     */
    public Letter render(Posting posting, Analysis analysis, CandidateProfile profile, Tailoring tailoring,
                         LocalDate date, boolean withHtml) {
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tailoring, "tailoring");
        Objects.requireNonNull(date, "date");

        LintSource lintSource = new LintSource(posting, analysis, profile, tailoring);
        LetterModel models = LetterModel.forLetter(posting, analysis, profile, tailoring);
        Draft best = null;
        long bestPassed = -1;
        // The same plan told at each level of detail; the first that passes most rubric checks wins, so a
        // letter is only shortened or lengthened when that is what the rubric asks for. Only the winner gets
        // its HTML page and its coverage figure.
        for (LetterDetail detail : LetterDetail.values()) {
            Draft draft = draft(models.build(date, detail), posting, tailoring, lintSource);
            long passed = draft.lint().stream().filter(LintResult::ok).count();
            if (passed > bestPassed) {
                best = draft;
                bestPassed = passed;
            }
            if (passed == draft.lint().size()) {
                break;
            }
        }
        return finish(best, posting, analysis, profile, tailoring, date, withHtml);
    }

    /** One level of detail, rendered to Markdown and linted. */
    private record Draft(String markdown, List<String> paragraphs, List<LintResult> lint) {
    }

    private Draft draft(Map<String, Object> model, Posting posting, Tailoring tailoring, LintSource lintSource) {
        StringWriter markdownOut = new StringWriter();
        List<String> paragraphs;
        try {
            Environment env = templates.template(LetterTemplates.MARKDOWN).createProcessingEnvironment(model, markdownOut);
            env.process();
            paragraphs = strings(env.getGlobalVariable(PARAGRAPHS_VARIABLE));
        } catch (TemplateException | IOException e) {
            throw failure(LetterTemplates.MARKDOWN, posting, e);
        }
        List<LintResult> lint = linter.lint(paragraphs, lintSource);
        if (tailoring.weak()) {
            lint = markWeak(lint, tailoring);
        }
        return new Draft(tidyMarkdown(markdownOut.toString()), paragraphs, lint);
    }

    private Letter finish(Draft draft, Posting posting, Analysis analysis, CandidateProfile profile,
                          Tailoring tailoring, LocalDate date, boolean withHtml) {
        String html = null;
        if (withHtml) {
            LetterLayout layout = LetterLayout.of(draft.markdown(), draft.paragraphs(), posting.company(),
                    profile.name());
            html = process(templates.template(LetterTemplates.HTML),
                    htmlModel(posting, profile, date, layout, draft.paragraphs()), posting);
        }
        String body = String.join("\n\n", draft.paragraphs());
        Double coverage = RequirementCoverage.atsCoverage(body, analysis, profile, tailoring);
        return new Letter(draft.markdown(), draft.paragraphs(), html, LetterText.words(body), draft.lint(), coverage);
    }

    /**
     * A weak match gets a short, honest letter on purpose: the checks it fails say so, so the report shows
     * "weak match" where a reader would otherwise suspect a broken letter.
     */
    private static List<LintResult> markWeak(List<LintResult> lint, Tailoring tailoring) {
        return lint.stream().map(r -> r.ok() ? r : new LintResult(r.rule(), false,
                WEAK_MATCH + " (score " + tailoring.score() + "): " + r.detail())).toList();
    }

    private static Map<String, Object> htmlModel(Posting posting, CandidateProfile profile, LocalDate date,
                                                 LetterLayout layout, List<String> paragraphs) {
        Map<String, Object> candidate = LetterModel.candidate(profile);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", candidate.getOrDefault("name", ""));
        List<String> contact = new ArrayList<>();
        for (String key : List.of("email", "phone", "location")) {
            if (candidate.get(key) instanceof String value) {
                contact.add(value);
            }
        }
        model.put("contact", contact);
        model.put("links", candidate.get("links"));
        model.put("date", LetterModel.DATE.format(date));
        model.put("company", LetterModel.clean(posting.company()));
        model.put("title", LetterModel.clean(posting.title()));
        model.put("salutation", layout.salutation());
        model.put("paragraphs", paragraphs);
        model.put("signOff", layout.signOff());
        return model;
    }

    private static String process(Template template, Map<String, Object> model, Posting posting) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException | IOException e) {
            throw failure(template.getName(), posting, e);
        }
        return out.toString();
    }

    private static List<String> strings(TemplateModel value) throws TemplateModelException {
        if (!(value instanceof TemplateSequenceModel sequence)) {
            throw new TemplateModelException(LetterTemplates.MARKDOWN + " must set the global \""
                    + PARAGRAPHS_VARIABLE + "\" to the list of body paragraphs");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sequence.size(); i++) {
            if (sequence.get(i) instanceof TemplateScalarModel scalar && !scalar.getAsString().isBlank()) {
                out.add(scalar.getAsString().strip());
            }
        }
        return out;
    }

    /** Unix line ends, no trailing blanks on lines, at most one blank line in a row, one final newline. */
    private static String tidyMarkdown(String text) {
        String unix = text.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder();
        boolean blank = true;
        for (String line : unix.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty()) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
            } else {
                out.append(trimmed).append('\n');
                blank = false;
            }
        }
        return out.toString().strip() + "\n";
    }

    private static LetterRenderException failure(String template, Posting posting, Exception e) {
        String where = template;
        if (e instanceof TemplateException te && te.getLineNumber() != null) {
            String source = te.getTemplateSourceName() == null ? template : te.getTemplateSourceName();
            where = source + ", line " + te.getLineNumber();
        }
        String message = e instanceof TemplateException te ? te.getMessageWithoutStackTop() : e.getMessage();
        return new LetterRenderException(where + ": cannot render the letter for posting " + posting.id() + ": "
                + firstLine(message), e);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
