package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreviewsTest {
    @Test
    void previewsLookLikeTheIssueSays() {
        assertThat(Previews.mask(FindingKind.PAYMENT_CARD, "4111 1111 1111 1111"))
                .isEqualTo("4111 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 1111");
        assertThat(Previews.mask(FindingKind.EMAIL, "ana@example.com")).isEqualTo("a\u2022\u2022\u2022@example.com");
        assertThat(Previews.mask(FindingKind.AWS_ACCESS_KEY, "AKIAIOSFODNN7EXAMPLE"))
                .isEqualTo("AKIA\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022MPLE");
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
