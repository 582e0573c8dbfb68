package dev.tailor.posting;

import java.util.List;
import java.util.Locale;

/**
 * Names of job boards and page labels that appear in page titles and {@code og:site_name} but are never the
 * hiring company ("Engineer at Acme | LinkedIn", "Detail pozice | Fio banka").
 */
final class JobBoards {
    private static final List<String> BOARDS = List.of(
            "linkedin", "indeed", "glassdoor", "stack overflow", "stackoverflow", "jobs.ch", "jobs.cz",
            "startupjobs.cz", "startupjobs", "we work remotely", "remote ok", "remoteok", "greenhouse", "lever",
            "workable", "ashby", "smartrecruiters", "workday", "personio", "recruitee", "monster", "xing",
            "stepstone", "welcome to the jungle", "wellfound", "angellist", "jobindex", "jobindex.dk",
            "otta", "hacker news", "builtin", "built in", "dice", "ziprecruiter", "karriere.at", "jooble");
    /** Labels a site puts in every page title; what is left next to one is usually the site's owner. */
    private static final List<String> PAGE_LABELS = List.of(
            "careers", "career", "jobs", "job", "job offer", "job offers", "job opening", "job openings",
            "job details", "job detail", "job description", "job application", "apply", "vacancy", "vacancies",
            "karriere", "stellenangebot", "stellenanzeige", "jobbörse", "detail pozice", "nabídka práce");

    private JobBoards() {
    }

    /** Whether the text is a job board's name or a page label rather than an employer. */
    static boolean isNotACompany(String text) {
        String key = key(text);
        return BOARDS.contains(key) || PAGE_LABELS.contains(key);
    }

    /** Whether the text is a page label such as "Careers" or "Job details". */
    static boolean isPageLabel(String text) {
        return PAGE_LABELS.contains(key(text));
    }

    private static String key(String text) {
        return TextNormalizer.inline(text).toLowerCase(Locale.ROOT);
    }
}
