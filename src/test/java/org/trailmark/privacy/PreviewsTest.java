package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreviewsTest {
    @Test
    void previewsKeepAtMostTheLastFourCharactersAndAnEmailOnlyItsFirstCharacterAndEnding() {
        assertThat(Previews.mask(FindingKind.PAYMENT_CARD, "4929 1234 5678 1111"))
                .isEqualTo("\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 1111");
        assertThat(Previews.mask(FindingKind.EMAIL, "ana@example.org")).isEqualTo("a\u2022\u2022\u2022@\u2022\u2022\u2022.org");
        assertThat(Previews.mask(FindingKind.EMAIL, "ana.lopez@mail.example.co.uk"))
                .isEqualTo("a\u2022\u2022\u2022@\u2022\u2022\u2022.uk");
        assertThat(Previews.mask(FindingKind.AWS_ACCESS_KEY, "AKIAIOSFODNN7EXAMPLE"))
                .isEqualTo("\u2022".repeat(16) + "MPLE");
        assertThat(Previews.mask(FindingKind.GITHUB_TOKEN, "ghp_" + "a1B2c3D4e5".repeat(3) + "WXYZ12"))
                .isEqualTo("\u2022".repeat(8) + "YZ12");
    }

    @Test
    void noPreviewOfAnyCorpusValueShowsMoreThanItsLastFourLettersOrDigits() {
        int checked = 0;
        for (EvaluationCorpus.Sample s : EvaluationCorpus.samples(EvaluationCorpus.DEFAULT_SEED, 20)) {
            for (EvaluationCorpus.Truth t : s.truths()) {
                if (t.kind() == FindingKind.EMAIL || t.kind() == FindingKind.IP_ADDRESS) {
                    continue;
                }
                String value = s.text().substring(t.start(), t.end());
                String shown = lettersAndDigits(Previews.mask(t.kind(), value));
                String all = lettersAndDigits(value);
                assertThat(shown.length()).as(t.kind().wireName()).isLessThanOrEqualTo(4);
                assertThat(all).as(t.kind().wireName()).endsWith(shown);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void anEmailPreviewKeepsNothingOfTheDomainButItsEnding() {
        for (EvaluationCorpus.Sample s : EvaluationCorpus.samples(EvaluationCorpus.DEFAULT_SEED, 20)) {
            for (EvaluationCorpus.Truth t : s.truths()) {
                if (t.kind() == FindingKind.EMAIL) {
                    String value = s.text().substring(t.start(), t.end());
                    String domain = value.substring(value.lastIndexOf('@') + 1);
                    assertThat(Previews.mask(t.kind(), value))
                            .matches(".\u2022\u2022\u2022@\u2022\u2022\u2022(\\.[^.\u2022]+)?")
                            .endsWith(domain.substring(domain.lastIndexOf('.')));
                }
            }
        }
    }

    private static String lettersAndDigits(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    @Test
    void noPreviewOfAnyCorpusValueContainsTheValue() {
        int checked = 0;
        for (EvaluationCorpus.Sample s : EvaluationCorpus.samples(EvaluationCorpus.DEFAULT_SEED, 20)) {
            for (EvaluationCorpus.Truth t : s.truths()) {
                String value = s.text().substring(t.start(), t.end());
                String preview = Previews.mask(t.kind(), value);
                assertThat(preview).as(t.kind().wireName()).doesNotContain(value).contains("\u2022");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void passwordsAndShortSecretsShowNothingOfTheValue() {
        for (String pw : new String[] {"hunter2", "Otter-Lantern-42!", "x"}) {
            assertThat(Previews.mask(FindingKind.PASSWORD, pw)).matches("\u2022+");
        }
        assertThat(Previews.mask(FindingKind.GENERIC_SECRET, "Summer24!")).matches("\u2022+");
    }
}
