package dev.tailor.letter;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.analysis.Requirement;
import dev.tailor.analysis.Seniority;
import dev.tailor.analysis.SkillMention;
import dev.tailor.match.Evidence;
import dev.tailor.match.Opening;
import dev.tailor.match.ScoreBreakdown;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingIds;
import dev.tailor.posting.Remote;
import dev.tailor.posting.Section;
import dev.tailor.posting.SectionKind;
import dev.tailor.profile.Achievement;
import dev.tailor.profile.CandidateProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented postings, candidates and plans for the letter tests: a mid-level candidate applying to a startup
 * (metric opening) and a senior candidate applying to an enterprise (problem opening).
 */
final class LetterFixtures {
    static final LocalDate DATE = LocalDate.of(2025, 3, 14);
    /** The shipped templates: the tests check what a person gets before editing them. */
    static final Path TEMPLATES = Path.of("templates");

    private LetterFixtures() {
    }

    static LetterTemplates templates() {
        try {
            return LetterTemplates.load(TEMPLATES);
        } catch (LetterTemplateException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ startup, mid level, metric opening

    static final String STARTUP_ABOUT = "Lumen Freight is a Series A startup building real-time tracking for freight "
            + "logistics across Europe. Shipment volume on our platform tripled in 2024, and our tracking API now "
            + "answers 40 million requests a day.";

    static Posting startupPosting() {
        return posting("data/postings/lumen-freight-backend.html", "Backend Engineer (Java)", "Lumen Freight",
                "Hamburg, Germany", Remote.HYBRID, List.of(
                        new Section(SectionKind.ABOUT, "About us", STARTUP_ABOUT),
                        new Section(SectionKind.RESPONSIBILITIES, "What you will do",
                                "Own the services behind our real-time tracking API.\n"
                                        + "Design event flows between carriers, warehouses and customers.\n"
                                        + "Ship small changes to production several times a day."),
                        new Section(SectionKind.REQUIREMENTS, "What you bring",
                                "4+ years building backend services in Java.\n"
                                        + "Production experience with Spring Boot.\n"
                                        + "Postgres schema design and query tuning.\n"
                                        + "Event streaming with Kafka.\n"
                                        + "Docker and CI/CD pipelines."),
                        new Section(SectionKind.NICE_TO_HAVE, "Nice to have", "K8s in production.\nGo.\nTerraform."),
                        new Section(SectionKind.BENEFITS, "Benefits", "Hybrid work from our Hamburg office.")));
    }

    static Analysis startupAnalysis() {
        return new Analysis(List.of(
                skill("Java", "language", Requirement.REQUIRED, 3, "Java"),
                skill("Spring Boot", "framework", Requirement.REQUIRED, 2, "Spring Boot"),
                skill("PostgreSQL", "database", Requirement.REQUIRED, 2, "Postgres"),
                skill("Kafka", "messaging", Requirement.REQUIRED, 2, "Kafka"),
                skill("Docker", "devops", Requirement.REQUIRED, 1, "Docker"),
                skill("Kubernetes", "devops", Requirement.NICE_TO_HAVE, 1, "K8s"),
                skill("Go", "language", Requirement.NICE_TO_HAVE, 1, "Go"),
                skill("Terraform", "devops", Requirement.NICE_TO_HAVE, 1, "Terraform")),
                Seniority.MID, 4, startupSignals());
    }

    static List<CompanySignal> startupSignals() {
        return List.of(
                new CompanySignal("stage", "startup", "Lumen Freight is a Series A startup building real-time "
                        + "tracking for freight logistics across Europe."),
                new CompanySignal("funding", "Series A", "Lumen Freight is a Series A startup building real-time "
                        + "tracking for freight logistics across Europe."),
                new CompanySignal("growth", "shipment volume tripled in 2024",
                        "Shipment volume on our platform tripled in 2024, and our tracking API now answers 40 million "
                                + "requests a day."),
                new CompanySignal("domain", "freight logistics", "Lumen Freight is a Series A startup building "
                        + "real-time tracking for freight logistics across Europe."),
                new CompanySignal("product", "real-time tracking API",
                        "Own the services behind our real-time tracking API."));
    }

    static final Achievement CHECKOUT = new Achievement("checkout-latency", "Norrsken Retail", "Backend Engineer", 2024,
            "rebuilt the checkout service as an event-driven system on Kafka",
            "cut p95 checkout latency from 820 ms to 190 ms during the holiday peak",
            List.of("Kafka", "PostgreSQL", "Spring Boot"), List.of("performance", "scalability"));
    static final Achievement LEDGER = new Achievement("ledger-migration", "Norrsken Retail", "Backend Engineer", 2023,
            "moved the payment ledger from a shared MySQL schema to its own PostgreSQL database",
            "removed 14 cross-team deadlocks a month and brought nightly reconciliation down from 3 hours to 25 minutes",
            List.of("PostgreSQL", "Java"), List.of("migration", "reliability"));
    static final Achievement DEPLOY = new Achievement("deploy-pipeline", "Fjord Labs", "Software Engineer", 2021,
            "containerised twelve services with Docker and moved them to Kubernetes",
            "shortened releases from a fortnightly manual deploy to 15-minute automated rollouts",
            List.of("Docker", "Kubernetes", "Terraform"), List.of("devops"));
    static final Achievement CACHE = new Achievement("catalogue-cache", "Fjord Labs", "Software Engineer", 2020,
            "added a Redis read-through cache to the Spring Boot catalogue API",
            "lowered database load by 60% and kept p99 reads under 12 ms",
            List.of("Redis", "Java", "Spring Boot"), List.of("performance", "cost"));

    static CandidateProfile midProfile() {
        return new CandidateProfile("Mara Lindqvist", "mara.lindqvist@example.com", "+46 70 555 0142",
                "Malmö, Sweden", List.of("https://github.com/mara-lindqvist"), Seniority.MID, 6,
                List.of("Java", "Spring Boot", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "Redis", "Terraform", "AWS"),
                List.of(CHECKOUT, LEDGER, DEPLOY, CACHE),
                List.of("mentored two junior engineers through their first on-call rotations",
                        "ran weekly design reviews with the mobile and data teams"),
                null);
    }

    static Tailoring startupTailoring() {
        return new Tailoring(82, new ScoreBreakdown(100, 67, 70, 90),
                List.of("Java", "Kafka", "PostgreSQL", "Spring Boot", "Docker", "Kubernetes", "Terraform"),
                List.of("Go"),
                List.of(new Evidence("Java", "Java", LEDGER),
                        new Evidence("Kafka", "Kafka", CHECKOUT),
                        new Evidence("Postgres", "PostgreSQL", CHECKOUT),
                        new Evidence("Spring Boot", "Spring Boot", CACHE),
                        new Evidence("Docker", "Docker", DEPLOY),
                        new Evidence("K8s", "Kubernetes", DEPLOY)),
                List.of(CHECKOUT, LEDGER, DEPLOY, CACHE),
                Opening.METRIC,
                List.of(startupSignals().get(2), startupSignals().get(0), startupSignals().get(3)),
                false);
    }

    // ------------------------------------------------------------- enterprise, senior level, problem opening

    static final String ENTERPRISE_ABOUT = "Castellan Insurance Group is an enterprise insurer with 9,000 employees "
            + "serving 4 million customers in six countries. We are breaking our claims platform up, moving from "
            + "monolith to microservices over the next two years.";

    static Posting enterprisePosting() {
        return posting("data/postings/castellan-senior-backend.html", "Senior Backend Engineer, Claims Platform",
                "Castellan Insurance Group", "Rotterdam, Netherlands", Remote.HYBRID, List.of(
                        new Section(SectionKind.ABOUT, "Who we are", ENTERPRISE_ABOUT),
                        new Section(SectionKind.RESPONSIBILITIES, "Your role",
                                "Lead the design of the new claims services.\n"
                                        + "Guide engineers through design reviews and code reviews.\n"
                                        + "Work with security and compliance on ISO 27001 controls."),
                        new Section(SectionKind.REQUIREMENTS, "Your profile",
                                "8+ years of backend development in Java.\n"
                                        + "Deep knowledge of Apache Kafka and event-driven design.\n"
                                        + "Experience running services on Kubernetes.\n"
                                        + "Spring Boot and PostgreSQL in production.\n"
                                        + "Oracle Database experience is a must."),
                        new Section(SectionKind.NICE_TO_HAVE, "Bonus points", "Camunda.\nOpenShift.")));
    }

    static Analysis enterpriseAnalysis() {
        return new Analysis(List.of(
                skill("Java", "language", Requirement.REQUIRED, 2, "Java"),
                skill("Kafka", "messaging", Requirement.REQUIRED, 1, "Apache Kafka"),
                skill("Kubernetes", "devops", Requirement.REQUIRED, 1, "Kubernetes"),
                skill("Spring Boot", "framework", Requirement.REQUIRED, 1, "Spring Boot"),
                skill("PostgreSQL", "database", Requirement.REQUIRED, 1, "PostgreSQL"),
                skill("Oracle Database", "database", Requirement.REQUIRED, 1, "Oracle Database"),
                skill("Camunda", "workflow", Requirement.NICE_TO_HAVE, 1, "Camunda"),
                skill("OpenShift", "devops", Requirement.NICE_TO_HAVE, 1, "OpenShift")),
                Seniority.SENIOR, 8, enterpriseSignals());
    }

    static List<CompanySignal> enterpriseSignals() {
        return List.of(
                new CompanySignal("stage", "enterprise", "Castellan Insurance Group is an enterprise insurer with "
                        + "9,000 employees serving 4 million customers in six countries."),
                new CompanySignal("migration", "monolith to microservices", "We are breaking our claims platform up, "
                        + "moving from monolith to microservices over the next two years."),
                new CompanySignal("compliance", "ISO 27001", "Work with security and compliance on ISO 27001 controls."),
                new CompanySignal("domain", "insurance", "Castellan Insurance Group is an enterprise insurer with "
                        + "9,000 employees serving 4 million customers in six countries."));
    }

    static final Achievement STRANGLER = new Achievement("policy-monolith-split", "Meridian Assurance", "Staff Engineer",
            2023, "led the split of a 600,000-line policy monolith into nine Spring Boot services behind a strangler-fig gateway",
            "cut the release cycle from six weeks to two days with no unplanned downtime during the 18-month migration",
            List.of("Java", "Spring Boot", "Kafka"), List.of("migration", "reliability"));
    static final Achievement EVENTS = new Achievement("claims-event-backbone", "Meridian Assurance", "Staff Engineer",
            2022, "designed the Kafka event backbone that replaced nightly batch exports between claims and billing",
            "brought claim status updates from 24 hours to under 5 seconds for 3 million policyholders",
            List.of("Kafka", "PostgreSQL"), List.of("data", "scalability"));
    static final Achievement PLATFORM = new Achievement("kubernetes-platform", "Brightwater Logistics", null, null,
            "moved 30 services onto Kubernetes with autoscaling tuned per workload",
            "lowered compute spend by 35% while p99 latency stayed under 200 ms",
            List.of("Kubernetes", "Docker"), List.of("cost", "scalability"));
    static final Achievement SVN = new Achievement("svn-to-git", "Brightwater Logistics", "Senior Software Engineer", 2019,
            "moved 40 repositories from SVN to Git and built the team's first Jenkins pipelines",
            "raised deployments from monthly to daily and halved failed releases",
            List.of("Git", "Jenkins"), List.of("devops"));

    static CandidateProfile seniorProfile() {
        return new CandidateProfile("Inês Carvalho", "ines.carvalho@example.org", null, "Utrecht, Netherlands",
                List.of("https://github.com/ines-carvalho", "https://ines-carvalho.dev"), Seniority.SENIOR, 11,
                List.of("Java", "Spring Boot", "Kafka", "PostgreSQL", "Kubernetes", "Docker", "Git", "Jenkins", "gRPC"),
                List.of(STRANGLER, EVENTS, PLATFORM, SVN),
                List.of("mentored four engineers and ran the weekly architecture review for three teams"),
                "a 45-minute design walk-through");
    }

    static Tailoring enterpriseTailoring() {
        return new Tailoring(74, new ScoreBreakdown(83, 0, 80, 85),
                List.of("Java", "Kafka", "Kubernetes", "Spring Boot", "PostgreSQL"),
                List.of("Oracle Database", "Camunda", "OpenShift"),
                List.of(new Evidence("Java", "Java", STRANGLER),
                        new Evidence("Apache Kafka", "Kafka", EVENTS),
                        new Evidence("Kubernetes", "Kubernetes", PLATFORM),
                        new Evidence("Spring Boot", "Spring Boot", STRANGLER),
                        new Evidence("PostgreSQL", "PostgreSQL", EVENTS)),
                List.of(STRANGLER, EVENTS, PLATFORM, SVN),
                Opening.PROBLEM,
                List.of(enterpriseSignals().get(1), enterpriseSignals().get(0), enterpriseSignals().get(2)),
                false);
    }

    // ------------------------------------------------------------------------------------------- helpers

    static SkillMention skill(String name, String category, Requirement level, int count, String spelling) {
        return new SkillMention(name, category, level, count, spelling);
    }

    static Posting posting(String source, String title, String company, String location, Remote remote,
                           List<Section> sections) {
        List<String> texts = new ArrayList<>();
        for (Section section : sections) {
            texts.add(section.heading() + "\n" + section.text());
        }
        String text = String.join("\n\n", texts);
        return new Posting(PostingIds.idOf(source), source, title, company, location, remote, "Full-time",
                LocalDate.of(2025, 3, 1), text, sections, PostingIds.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Posting withCompany(Posting posting, String company) {
        return new Posting(posting.id(), posting.source(), posting.title(), company, posting.location(),
                posting.remote(), posting.employmentType(), posting.datePosted(), posting.text(), posting.sections(),
                posting.contentHash());
    }
}
