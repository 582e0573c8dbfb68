package dev.tailor.analysis;

/**
 * Something a posting reveals about the company: its stage, a migration under way, its domain...
 *
 * @param type     one of the DESIGN.md types: stage, funding, team-size, migration, growth, greenfield,
 *                 legacy, compliance, remote, open-source, blog, domain, product, long-open
 * @param value    the specific finding, e.g. "startup", "monolith to microservices", "fintech", "SOC 2"
 * @param evidence the sentence of the posting that shows it
 */
public record CompanySignal(String type, String value, String evidence) {
}
