package dev.tailor.fetch;

/**
 * Where each job board's public API lives, without a trailing slash. Overridable so that tests point every
 * board at a local server.
 */
public record BoardEndpoints(String greenhouse, String lever, String ashby, String smartRecruiters, String workable) {

    /** The real public APIs. */
    public static BoardEndpoints publicApis() {
        return new BoardEndpoints("https://boards-api.greenhouse.io", "https://api.lever.co", "https://api.ashbyhq.com",
                "https://api.smartrecruiters.com", "https://apply.workable.com");
    }

    /** Every board served from one base URL (tests). */
    public static BoardEndpoints allAt(String base) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new BoardEndpoints(b, b, b, b, b);
    }
}
