package dev.tailor.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a profile in the DESIGN.md YAML format, every string double-quoted so that a colon or a hash in
 * a résumé line can never change the file's structure.
 */
public final class ProfileYamlWriter {
    private ProfileYamlWriter() {
    }

    /** The profile as YAML, with a header saying it is a draft to check. */
    public static String write(CandidateProfile profile, String source) {
        StringBuilder out = new StringBuilder();
        out.append("# Draft profile imported from ").append(oneLine(source)).append(".\n")
                .append("# Check every line: the importer guesses employers, roles, years and themes from the layout,\n")
                .append("# and results marked TODO had no measurable outcome in the résumé.\n");
        out.append("name: ").append(quote(profile.name())).append('\n');
        out.append("email: ").append(quote(profile.email())).append('\n');
        if (profile.phone() != null) {
            out.append("phone: ").append(quote(profile.phone())).append('\n');
        }
        if (profile.location() != null) {
            out.append("location: ").append(quote(profile.location())).append('\n');
        }
        if (!profile.links().isEmpty()) {
            out.append("links: ").append(list(profile.links())).append('\n');
        }
        out.append("seniority: ").append(profile.seniority().word()).append("   # entry | mid | senior | lead\n");
        out.append("years: ").append(profile.years()).append('\n');
        out.append("skills: ").append(list(profile.skills())).append('\n');
        out.append("achievements:\n");
        if (profile.achievements().isEmpty()) {
            out.append("  []   # no bullet points found under a job: add your achievements here\n");
        }
        for (Achievement a : profile.achievements()) {
            out.append("  - id: ").append(a.id()).append('\n');
            out.append("    employer: ").append(quote(a.employer())).append('\n');
            if (a.role() != null) {
                out.append("    role: ").append(quote(a.role())).append('\n');
            }
            if (a.year() != null) {
                out.append("    year: ").append(a.year()).append('\n');
            }
            out.append("    action: ").append(quote(a.action())).append('\n');
            out.append("    result: ").append(quote(a.result())).append('\n');
            out.append("    skills: ").append(list(a.skills())).append('\n');
            out.append("    themes: ").append(list(a.themes())).append('\n');
        }
        return out.toString();
    }

    private static String list(List<String> values) {
        return values.stream().map(ProfileYamlWriter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
