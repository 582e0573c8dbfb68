package dev.tailor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillExtractorTest {
    private static final SkillExtractor EXTRACTOR = new SkillExtractor(AnalysisFixtures.taxonomy());

    private static List<String> names(String text) {
        return EXTRACTOR.find(text).stream().map(o -> o.entry().name()).toList();
    }

    private static List<String> spellings(String text) {
        return EXTRACTOR.find(text).stream().map(SkillOccurrence::spelling).toList();
    }

    @Test
    void canonicalisesAliases() {
        assertThat(names("We run Postgres on k8s in Amazon Web Services.")).containsExactly("PostgreSQL", "Kubernetes", "AWS");
    }

    @Test
    void keepsThePostingsOwnSpelling() {
        assertThat(spellings("Experience with ReactJS and golang")).containsExactly("ReactJS", "golang");
    }

    @Test
    void matchesHyphenatedSpellingLikeSpacedOne() {
        assertThat(names("Spring-Boot and Spring Boot")).containsExactly("Spring Boot", "Spring Boot");
    }

    @Test
    void prefersLongestSpelling() {
        assertThat(names("Apache Kafka, Kafka Streams and Spring Boot")).containsExactly("Kafka", "Kafka Streams", "Spring Boot");
    }

    @Test
    void reportsCharacterOffsets() {
        SkillOccurrence kafka = EXTRACTOR.find("We love Apache Kafka.").get(0);
        assertThat(kafka.start()).isEqualTo(8);
        assertThat(kafka.end()).isEqualTo(20);
    }

    @Test
    void findsSymbolNames() {
        assertThat(names("C++, C#, F#, .NET, Node.js, CI/CD and TCP/IP")).containsExactly(
                "C++", "C#", "F#", ".NET", "Node.js", "CI/CD", "TCP/IP");
    }

    @Test
    void doesNotFindJsInsideNodeJs() {
        assertThat(names("Backend in Node.js")).containsExactly("Node.js");
    }

    @Test
    void doesNotFindCInsideCPlusPlus() {
        assertThat(names("Modern C++ and Python")).containsExactly("C++", "Python");
    }

    @Test
    void splitsSlashSeparatedLists() {
        assertThat(names("C/C++ and Java/Kotlin")).containsExactly("C", "C++", "Java", "Kotlin");
    }

    @Test
    void separatesCSharpFromDotNetWhenGlued() {
        assertThat(names("Senior C#.NET developer")).containsExactly("C#", ".NET");
    }

    @Test
    void findsDotNetInsideAspNetOnlyAsAspNet() {
        assertThat(names("ASP.NET Core services")).containsExactly("ASP.NET");
    }

    @Test
    void findsSkillBeforeHyphenatedSuffix() {
        assertThat(names("a Kafka-based pipeline")).containsExactly("Kafka");
    }

    @Test
    void ignoresNamesInsideUrls() {
        assertThat(names("See https://github.com/golang/go and www.reactjs.org/docs for Java.")).containsExactly("Java");
    }

    @Test
    void ignoresNamesInsideEmailAddresses() {
        assertThat(names("Write to python.jobs@kafka.example.com about Java.")).containsExactly("Java");
    }

    @Test
    void ignoresNamesInsideBareDomainLinks() {
        assertThat(names("Read more at example.com/java-careers")).isEmpty();
    }

    @Test
    void findsGoAsLanguageMidSentence() {
        assertThat(names("Our services are written in Go.")).containsExactly("Go");
    }

    @Test
    void findsGoListedNextToAnotherLanguage() {
        assertThat(names("Go, Python and Rust")).containsExactly("Go", "Python", "Rust");
    }

    @Test
    void findsGoAtSentenceStartWithTechnicalWord() {
        assertThat(names("Go is our main language.")).containsExactly("Go");
    }

    @Test
    void findsGolangAnywhere() {
        assertThat(names("golang experience")).containsExactly("Go");
    }

    @Test
    void ignoresGoAsVerbAtSentenceStart() {
        assertThat(names("Go beyond the ticket and talk to customers.")).isEmpty();
    }

    @Test
    void ignoresLowerCaseGo() {
        assertThat(names("You will go the extra mile and go live often.")).isEmpty();
    }

    @Test
    void ignoresGoToMarket() {
        assertThat(names("Work with our Go-To-Market team and the Go to market plan.")).isEmpty();
    }

    @Test
    void findsGoInTitleCaseTitleWithRoleWord() {
        assertThat(names("Senior Go Engineer")).containsExactly("Go");
    }

    @Test
    void findsRNextToAnotherLanguage() {
        assertThat(names("Statistics in R, Python or SAS")).containsExactly("R", "Python", "SAS");
    }

    @Test
    void ignoresRWithoutTechnicalNeighbour() {
        assertThat(names("Rated R for reasons.")).isEmpty();
    }

    @Test
    void ignoresRInsideRAndD() {
        assertThat(names("Our R&D team uses Python.")).containsExactly("Python");
    }

    @Test
    void ignoresCAsFundingRoundOrPrefix() {
        assertThat(names("After our Series C we hired C-level leaders who like Java.")).containsExactly("Java");
    }

    @Test
    void ignoresAmbiguousWordsAsOrdinaryWords() {
        assertThat(names("Make sure you react to the rest of the feedback in spring.")).isEmpty();
    }

    @Test
    void ignoresAllCapitalsSpellingOfOrdinaryName() {
        assertThat(names("Experience with SWIFT payment messages.")).isEmpty();
    }

    @Test
    void findsLowerCaseAmbiguousWordBeforeTechnicalNoun() {
        assertThat(names("We work in an agile environment.")).containsExactly("Agile");
    }

    @Test
    void findsAmbiguousNameAloneOnABulletLine() {
        assertThat(names("Our stack:\n- React\n- Go")).containsExactly("React", "Go");
    }

    @Test
    void findsRestAsProtocolNotAsRemainder() {
        assertThat(names("Design REST APIs and tell the rest of the team.")).containsExactly("REST");
    }

    @Test
    void readsCanInCapitalsAsTheBus() {
        assertThat(names("Firmware for ECUs talking CAN and LIN in C.")).contains("CAN", "LIN");
    }

    @Test
    void readsCanInLowerCaseAsTheVerb() {
        assertThat(names("You can ship Kotlin services from day one.")).containsExactly("Kotlin");
    }

    @Test
    void needsContextForAnAcronymInAShoutedSentence() {
        assertThat(names("YOU CAN FIND OUR OFFICES IN BERLIN")).isEmpty();
    }

    @Test
    void findsProtocolsAndStandards() {
        assertThat(names("Solid grasp of TCP/IP, OAuth 2.0, gRPC and MQTT.")).containsExactly("TCP/IP", "OAuth", "gRPC", "MQTT");
    }

    @Test
    void findsEnterpriseTools() {
        assertThat(names("Admin experience with ServiceNow, Intune and VMware vSphere.")).containsExactly("ServiceNow", "Intune", "VMware");
    }
}
