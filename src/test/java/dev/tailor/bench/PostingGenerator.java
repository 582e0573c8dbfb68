package dev.tailor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes N realistic postings for the benchmark: seven layouts people save (JSON-LD page, Greenhouse, Lever,
 * LinkedIn, a careers page without structured data, .txt, .md), descriptions of about 600 words in sections,
 * and page chrome (navigation, scripts, styles, footers, similar-job lists) that brings HTML pages to 20-80 KB,
 * as saved pages are. The text is made from the team's own phrase lists; a fixed seed makes runs comparable.
 *
 * <p>Usage: {@code PostingGenerator N FOLDER}
 */
public final class PostingGenerator {
    private static final List<String> COMPANIES = List.of("Northwind Freight", "Bluepeak Health", "Copperleaf Bank",
            "Harbor & Vine", "Quillstone", "Tidewater Energy", "Orbital Grocers", "Kestrel Labs", "Maplewire",
            "Saltmarsh Insurance", "Ironbark Logistics", "Lumen Ledger", "Foxglove Retail", "Pinecrest Games");
    private static final List<String> TITLES = List.of("Backend Engineer", "Senior Backend Engineer",
            "Staff Software Engineer", "Junior Java Developer", "Platform Engineer", "Site Reliability Engineer",
            "Senior Kotlin Engineer", "Data Engineer", "Full-Stack Engineer", "Engineering Lead, Payments");
    private static final List<String> TECH = List.of("Java", "Spring Boot", "Kotlin", "Go", "Python", "PostgreSQL",
            "MySQL", "Redis", "Kafka", "RabbitMQ", "Docker", "Kubernetes", "Terraform", "AWS", "Amazon S3", "GCP",
            "gRPC", "REST", "GraphQL", "Prometheus", "Grafana", "OpenTelemetry", "Elasticsearch", "React",
            "TypeScript", "Node.js", "GitHub Actions", "JUnit", "Helm", "Linux");
    private static final List<String> ABOUT = List.of(
            "{company} helps {n} businesses move goods and money with less paperwork.",
            "We are a team of {n} engineers spread over three time zones.",
            "Last year our traffic tripled, and the systems that carried us this far need rethinking.",
            "We are moving our monolith to a set of services, one domain at a time.",
            "Our customers rely on us during peak season, when load grows tenfold in a week.",
            "We raised a Series B last spring and are growing the platform team.",
            "We publish what we learn on our engineering blog and maintain two open-source libraries.",
            "Our platform handles card payments, so we work inside PCI DSS and GDPR every day.");
    private static final List<String> DUTY = List.of(
            "Design and build services in %s that other teams depend on.",
            "Own the reliability of the %s cluster and the alerts around it.",
            "Shape how we use %s as traffic keeps growing.",
            "Review code, write design documents and mentor the engineers around you.",
            "Take part in a light on-call rotation, with time afterwards to fix what woke you up.",
            "Work with product managers to decide what to build next and what to stop doing.",
            "Replace a batch job written years ago with a streaming pipeline on %s.",
            "Measure, then make the slowest endpoints faster, starting with the ones built on %s.");
    private static final List<String> NEED = List.of("%d+ years of experience with %s.",
            "Experience running %s in production.", "Strong knowledge of %s and its trade-offs.",
            "You have built and operated services with %s.", "Comfortable writing tests with %s.",
            "Clear written English and the habit of explaining decisions.");
    private static final List<String> NICE = List.of("Bonus: %s.", "Familiarity with %s is a plus.",
            "Experience with %s would be nice to have.", "Exposure to %s.");
    private static final List<String> BENEFITS = List.of("A yearly learning budget and time to use it.",
            "Four weeks of paid holiday, plus public holidays.", "A home-office budget and a good laptop.",
            "Parental leave of sixteen weeks, whoever you are.", "Flexible hours around a few shared meeting times.");

    private final Random random;

    PostingGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        Files.createDirectories(folder);
        PostingGenerator generator = new PostingGenerator(20261128L);
        for (int i = 0; i < n; i++) {
            generator.write(folder, i);
        }
    }

    void write(Path folder, int i) throws IOException {
        String company = pick(COMPANIES) + (i >= COMPANIES.size() ? " " + (i / COMPANIES.size()) : "");
        String title = pick(TITLES);
        Description d = description(company);
        String name = String.format("%06d", i);
        String content;
        String extension;
        switch (i % 7) {
            case 0 -> { content = jsonLdPage(company, title, d); extension = "html"; }
            case 1 -> { content = greenhousePage(company, title, d); extension = "html"; }
            case 2 -> { content = leverPage(company, title, d); extension = "html"; }
            case 3 -> { content = linkedInPage(company, title, d); extension = "html"; }
            case 4 -> { content = careersPage(company, title, d); extension = "html"; }
            case 5 -> { content = title + "\nCompany: " + company + "\nLocation: Berlin, Germany\nRemote: hybrid\n\n"
                    + d.text(":", "- "); extension = "txt"; }
            default -> { content = "---\ntitle: " + title + "\ncompany: " + company + "\nlocation: Remote, Europe\n"
                    + "remote: yes\n---\n\n" + d.text("", "- ").replaceAll("(?m)^([A-Z][^\\n]*):$", "## $1");
                extension = "md"; }
        }
        Files.writeString(folder.resolve(name + "-" + extension + "." + extension), content, StandardCharsets.UTF_8);
    }

    /** About 600 words in five sections. */
    private record Description(List<String> about, List<String> duties, List<String> needs, List<String> nice,
            List<String> benefits) {
        String text(String headingEnd, String bullet) {
            StringBuilder out = new StringBuilder();
            out.append(String.join(" ", about)).append("\n\n");
            section(out, "What you will do" + headingEnd, duties, bullet);
            section(out, "What you bring" + headingEnd, needs, bullet);
            section(out, "Nice to have" + headingEnd, nice, bullet);
            section(out, "What we offer" + headingEnd, benefits, bullet);
            return out.toString();
        }

        String html() {
            StringBuilder out = new StringBuilder("<p>" + String.join(" ", about) + "</p>");
            htmlSection(out, "What you will do", duties);
            htmlSection(out, "What you bring", needs);
            htmlSection(out, "Nice to have", nice);
            htmlSection(out, "What we offer", benefits);
            return out.toString();
        }

        private static void section(StringBuilder out, String heading, List<String> items, String bullet) {
            out.append(heading).append('\n');
            items.forEach(item -> out.append(bullet).append(item).append('\n'));
            out.append('\n');
        }

        private static void htmlSection(StringBuilder out, String heading, List<String> items) {
            out.append("<h3>").append(heading).append("</h3><ul>");
            items.forEach(item -> out.append("<li>").append(item).append("</li>"));
            out.append("</ul>");
        }
    }

    private Description description(String company) {
        List<String> about = new java.util.ArrayList<>();
        for (int k = 0; k < 9; k++) {
            about.add(pick(ABOUT).replace("{company}", company).replace("{n}", String.valueOf(5 + random.nextInt(400))));
        }
        List<String> duties = new java.util.ArrayList<>();
        for (int k = 0; k < 10; k++) {
            duties.add(String.format(pick(DUTY), pick(TECH)));
        }
        List<String> needs = new java.util.ArrayList<>();
        for (int k = 0; k < 9; k++) {
            String template = pick(NEED);
            needs.add(template.startsWith("%d") ? String.format(template, 2 + random.nextInt(6), pick(TECH))
                    : String.format(template, pick(TECH)));
        }
        List<String> nice = new java.util.ArrayList<>();
        for (int k = 0; k < 4; k++) {
            nice.add(String.format(pick(NICE), pick(TECH)));
        }
        List<String> benefits = new java.util.ArrayList<>();
        for (int k = 0; k < 5; k++) {
            benefits.add(pick(BENEFITS));
        }
        return new Description(about, duties, needs, nice, benefits);
    }

    private String jsonLdPage(String company, String title, Description d) {
        String description = d.html().replace("\"", "\\\"");
        return shell(title + " - " + company, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"JobPosting\",\"title\":\"" + title + "\",\"datePosted\":\"2026-10-01\",\"employmentType\":"
                + "\"FULL_TIME\",\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"" + company + "\"},"
                + "\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"addressLocality\":\"Lisbon\",\"addressCountry\":"
                + "\"PT\"}},\"description\":\"" + description + "\"}</script>",
                "<main><h1>" + title + "</h1>" + d.html() + "</main>");
    }

    private String greenhousePage(String company, String title, Description d) {
        return shell("Job Application for " + title + " at " + company, "",
                "<div id=\"app_body\"><div id=\"header\"><h1 class=\"app-title\">" + title + "</h1><span class="
                        + "\"company-name\">at " + company + "</span><div class=\"location\">Remote - Europe</div></div>"
                        + "<div id=\"content\">" + d.html() + "</div><form id=\"application_form\"><input name=\"first\">"
                        + "</form></div>");
    }

    private String leverPage(String company, String title, Description d) {
        return shell(company + " - " + title, "", "<div class=\"posting-headline\"><h2>" + title + "</h2>"
                + "<div class=\"posting-categories\"><div class=\"location\">Amsterdam</div><div class=\"commitment\">"
                + "Full-time</div><div class=\"workplaceTypes\">Hybrid</div></div></div><div class=\"section "
                + "page-centered\">" + d.html() + "</div><a class=\"postings-btn\">Apply for this job</a>");
    }

    private String linkedInPage(String company, String title, Description d) {
        return shell(company + " hiring " + title + " in Warsaw, Poland | LinkedIn", "",
                "<section class=\"top-card-layout\"><h1 class=\"top-card-layout__title\">" + title + "</h1><a class="
                        + "\"topcard__org-name-link\">" + company + "</a><span class=\"topcard__flavor--bullet\">Warsaw, "
                        + "Poland</span></section><div class=\"description__text\"><div class=\"show-more-less-html__markup\">"
                        + d.html() + "</div></div><section class=\"similar-jobs\"><ul>"
                        + "<li>Engineer at Someone Else</li>".repeat(20) + "</ul></section>");
    }

    private String careersPage(String company, String title, Description d) {
        return shell(title + " | Careers | " + company, "<meta property=\"og:site_name\" content=\"" + company + "\">",
                "<div class=\"cookie-banner\">We use cookies. <button>Accept</button></div><article><h1>" + title
                        + "</h1>" + d.html() + "</article><aside><h3>More open roles</h3><ul>"
                        + "<li>Designer</li><li>Recruiter</li>".repeat(10) + "</ul></aside>");
    }

    /** A page with the chrome saved pages carry: scripts, styles, navigation and a footer, 20-80 KB in all. */
    private String shell(String pageTitle, String head, String body) {
        int chromeKb = 15 + random.nextInt(60);
        StringBuilder chrome = new StringBuilder();
        while (chrome.length() < chromeKb * 1024 / 2) {
            chrome.append("window.__data=window.__data||[];window.__data.push({k:").append(random.nextInt())
                    .append(",v:\"").append(Long.toHexString(random.nextLong())).append("\"});\n");
        }
        StringBuilder css = new StringBuilder();
        while (css.length() < chromeKb * 1024 / 2) {
            css.append(".c").append(random.nextInt(100000)).append("{margin:0 auto;padding:4px 8px;color:#333}\n");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + pageTitle + "</title>" + head
                + "<style>" + css + "</style><script>" + chrome + "</script></head><body><nav><a href=\"/\">Home</a>"
                + "<a href=\"/jobs\">Jobs</a><a href=\"/login\">Sign in</a></nav>" + body
                + "<footer><p>© 2026 All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>";
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
