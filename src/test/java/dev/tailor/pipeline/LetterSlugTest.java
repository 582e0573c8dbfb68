package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterSlugTest {
    @Test
    void madeFromCompanyAndTitleWithTheIdAtTheEnd() {
        assertThat(LetterSlug.of("Ledgerline", "Senior Backend Engineer (Payments)", "a1b2c3d4e5f6"))
                .isEqualTo("ledgerline-senior-backend-engineer-payments-a1b2c3");
    }

    @Test
    void foldsAccentsAndSymbolNames() {
        assertThat(LetterSlug.of("Bäckerei Müller GmbH", "C# / .NET Entwickler:in", "abcdef123456"))
                .isEqualTo("backerei-muller-gmbh-csharp-dotnet-entwickler-in-abcdef");
    }

    @Test
    void hostileNamesBecomeHarmless() {
        assertThat(LetterSlug.of("../../etc/passwd", "CON", "0123456789ab")).isEqualTo("etc-passwd-con-012345");
        assertThat(LetterSlug.of("\u202Egnp.exe", "NUL", "0123456789ab")).isEqualTo("gnp-exe-nul-012345");
        assertThat(LetterSlug.of("日本", "求人", "0123456789ab")).isEqualTo("posting-012345");
    }

    @Test
    void longNamesAreCutAtAWordBoundary() {
        String slug = LetterSlug.of("The Extraordinarily Long Named Company of Distributed Systems",
                "Principal Engineer for Everything Backend", "0123456789ab");

        assertThat(slug).hasSizeLessThanOrEqualTo(67).endsWith("-012345").doesNotContain("--");
    }
}
