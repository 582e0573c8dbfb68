package dev.tailor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanySignalDetectorTest {
    private static final CompanySignalDetector DETECTOR = new CompanySignalDetector(AnalysisFixtures.lexicon());

    private static List<CompanySignal> detect(String text) {
        return DETECTOR.detect(text);
    }

    private static CompanySignal only(String type, String text) {
        List<CompanySignal> ofType = detect(text).stream().filter(s -> s.type().equals(type)).toList();
        assertThat(ofType).as("%s signals in: %s", type, text).hasSize(1);
        return ofType.get(0);
    }

    @Test
    void findsMonolithToMicroservicesMigration() {
        CompanySignal signal = only("migration", "Intro. We are splitting our Django monolith into microservices this year.");
        assertThat(signal.value()).isEqualTo("monolith to microservices");
        assertThat(signal.evidence()).isEqualTo("We are splitting our Django monolith into microservices this year.");
    }

    @Test
    void findsOnPremiseToCloudMigration() {
        assertThat(detect("We are moving our on-premise data centers to AWS.")).extracting(CompanySignal::value)
                .contains("on-premise to cloud");
    }

    @Test
    void findsRestToGrpcMigration() {
        assertThat(detect("Our services are switching to gRPC.")).extracting(CompanySignal::value).contains("REST to gRPC");
    }

    @Test
    void namesBothEndsOfAMigrationFromTheText() {
        assertThat(detect("You will help us migrate the dashboard from AngularJS to React.")).extracting(CompanySignal::value)
                .contains("AngularJS to React");
    }

    @Test
    void findsGrowth() {
        CompanySignal signal = only("growth", "Our customer base doubled last year.");
        assertThat(signal.value()).isEqualTo("rapid growth");
        assertThat(signal.evidence()).isEqualTo("Our customer base doubled last year.");
    }

    @Test
    void findsTrafficAtScale() {
        assertThat(only("growth", "The platform serves 30 million users every month.").value()).isEqualTo("traffic at scale");
    }

    @Test
    void findsGreenfield() {
        assertThat(only("greenfield", "You will build our new billing product from scratch.").value()).isEqualTo("greenfield");
    }

    @Test
    void findsLegacy() {
        assertThat(only("legacy", "Parts of our legacy PHP code still run checkout.").value()).isEqualTo("legacy systems");
    }

    @Test
    void ignoresLegacyAsInheritance() {
        assertThat(detect("Join us and leave a legacy in healthcare software.")).extracting(CompanySignal::type)
                .doesNotContain("legacy");
    }

    @Test
    void findsProduct() {
        assertThat(only("product", "We sell a B2B SaaS platform for dentists.").value()).isEqualTo("B2B SaaS");
    }

    @Test
    void findsDomain() {
        CompanySignal signal = only("domain", "We build payment processing for small shops.");
        assertThat(signal.value()).isEqualTo("fintech");
    }

    @Test
    void ignoresHealthInsuranceBenefitAsDomain() {
        assertThat(detect("Private health insurance and a gym membership.")).extracting(CompanySignal::type)
                .doesNotContain("domain");
    }

    @Test
    void findsStartupStage() {
        assertThat(only("stage", "We are an early-stage startup of nine people.").value()).isEqualTo("startup");
    }

    @Test
    void findsEnterpriseStageFromHeadcount() {
        assertThat(only("stage", "We have 12,000 employees in 30 countries.").value()).isEqualTo("enterprise");
    }

    @Test
    void findsFundingRound() {
        CompanySignal signal = only("funding", "Last month we closed our Series A.");
        assertThat(signal.value()).isEqualTo("Series A");
        assertThat(signal.evidence()).isEqualTo("Last month we closed our Series A.");
    }

    @Test
    void findsAmountRaised() {
        assertThat(detect("In 2024 we raised $25M from great investors.")).extracting(CompanySignal::value)
                .contains("raised $25M");
    }

    @Test
    void doesNotTakeASeriesOfThingsForFunding() {
        assertThat(detect("We shipped a series of improvements.")).extracting(CompanySignal::type).doesNotContain("funding");
    }

    @Test
    void findsTeamSize() {
        CompanySignal signal = only("team-size", "You will join a team of 8 engineers in Berlin.");
        assertThat(signal.value()).isEqualTo("8 engineers");
    }

    @Test
    void findsCompanyHeadcountAsTeamSize() {
        assertThat(only("team-size", "We are 50 people across three offices.").value()).isEqualTo("50 people");
    }

    @Test
    void findsComplianceFrameworks() {
        assertThat(detect("We are SOC 2 certified, HIPAA compliant and audited for PCI-DSS and GDPR."))
                .filteredOn(s -> s.type().equals("compliance")).extracting(CompanySignal::value)
                .containsExactly("SOC 2", "HIPAA", "PCI DSS", "GDPR");
    }

    @Test
    void findsOpenSource() {
        assertThat(only("open-source", "We maintain several open-source libraries.").value()).isEqualTo("open source");
    }

    @Test
    void ignoresCandidatesOpenSourceWork() {
        assertThat(detect("Open source contributions are welcome.")).extracting(CompanySignal::type)
                .doesNotContain("open-source");
    }

    @Test
    void findsBlog() {
        assertThat(only("blog", "Read about our stack on the engineering blog.").value()).isEqualTo("engineering blog");
    }

    @Test
    void findsRemotePolicy() {
        assertThat(only("remote", "We are a remote-first company.").value()).isEqualTo("remote-first");
        assertThat(only("remote", "We work hybrid, two days a week in the office.").value()).isEqualTo("hybrid");
    }

    @Test
    void givesOneSignalPerValueWithShortestCompleteSentence() {
        List<CompanySignal> signals = detect("""
                We are a startup.
                Startup life suits people who like to own problems end to end and ship every week.
                Startup""");
        assertThat(signals).filteredOn(s -> s.type().equals("stage")).singleElement()
                .extracting(CompanySignal::evidence).isEqualTo("We are a startup.");
    }

    @Test
    void ordersSignalsByUsefulnessForALetter() {
        List<CompanySignal> signals = detect("""
                We are fully remote.
                We are SOC 2 certified.
                We are a startup.
                We build fintech software.
                We are migrating from Jenkins to GitHub Actions.""");
        assertThat(signals).extracting(CompanySignal::type)
                .containsSubsequence("migration", "domain", "stage", "compliance", "remote");
    }

    @Test
    void findsNothingInPlainText() {
        assertThat(detect("Write clean code and review pull requests.")).isEmpty();
    }
}
