package org.trailmark.privacy.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.corpus.CorpusFixtures.corpus;
import static org.trailmark.privacy.corpus.CorpusFixtures.text;
import static org.trailmark.privacy.corpus.CorpusFixtures.truth;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusEvaluationTest {
    @Test
    void aValueFoundWhereItWasTypedIsATruePositiveInEveryVariant() {
        CorpusReport r = run(text("card", "card number 4111 1111 1111 1111 exp 12/28",
                truth("payment_card", "4111 1111 1111 1111")));
        assertThat(r.typedRow("payment_card").truePositives()).isEqualTo(2);
        assertThat(r.typedRow("payment_card").falseNegatives()).isZero();
        assertThat(r.misses()).isEmpty();
        assertThat(r.typedRow("payment_card").recallInterval()).get().extracting(WilsonInterval::high).isEqualTo(1.0);
    }

    @Test
    void aFindingOfAnotherKindIsAMissOfThePlantedKindAndAFalseAlarmOfItsOwn() {
        CorpusReport r = run(text("mislabelled", "card number 4111 1111 1111 1111",
                truth("phone", "4111 1111 1111 1111")));
        assertThat(r.typedRow("phone").falseNegatives()).isEqualTo(2);
        assertThat(r.typedRow("payment_card").falsePositives()).isEqualTo(2);
        assertThat(r.misses()).extracting(CorpusReport.Outcome::itemId, CorpusReport.Outcome::variant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mislabelled", "plain"),
                        org.assertj.core.groups.Tuple.tuple("mislabelled", "correction"));
    }

    @Test
    void anEntryMayAcceptAnotherKindForTheSameValue() {
        CorpusReport strict = run(text("hex", "the value is 8b1118b376c313ed420e5133ba91307817ed52c2a9",
                truth("generic_secret", "8b1118b376c313ed420e5133ba91307817ed52c2a9")));
        CorpusReport lenient = run(text("hex", "the value is 8b1118b376c313ed420e5133ba91307817ed52c2a9",
                truth("generic_secret", "8b1118b376c313ed420e5133ba91307817ed52c2a9", "high_entropy")));
        assertThat(strict.typedRow("generic_secret").falseNegatives()).isEqualTo(2);
        assertThat(strict.typedRow("high_entropy").falsePositives()).isEqualTo(2);
        assertThat(lenient.typedRow("generic_secret").truePositives()).isEqualTo(2);
        assertThat(lenient.typedRow("high_entropy").falsePositives()).isZero();
    }

    @Test
    void anythingFoundInALookAlikeIsAFalseAlarmAndAValueNothingFindsScoresItsMisses() {
        // a lower-case name with no label is what no name detector claims to find (docs/detection-quality.md)
        CorpusReport r = run(text("look", "order 4111 1111 1111 1111 shipped"),
                text("name", "lunch with yuki tanaka", truth("person_name", "yuki tanaka")));
        assertThat(r.typedRow("payment_card").falsePositives()).isEqualTo(2);
        assertThat(r.typedRow("payment_card").precision()).contains(0.0);
        assertThat(r.typedRow("person_name").falseNegatives()).isEqualTo(2);
        assertThat(r.typedRow("person_name").precision()).isEmpty();
        assertThat(r.falseAlarms()).extracting(CorpusReport.Outcome::itemId).containsOnly("look");
    }

    @Test
    void windowTitlesAreScoredApartFromTyping() {
        CorpusTitle mail = new CorpusTitle("t1", "test", "Firefox", "Inbox (3) - ana.lima@example.org - Gmail",
                List.of(truth("email", "ana.lima@example.org")));
        CorpusTitle plain = new CorpusTitle("t2", "test", "Firefox", "YouTube - Mozilla Firefox", List.of());
        CorpusReport r = CorpusEvaluation.run(corpus(List.of(), List.of(), List.of(mail, plain)), 1);
        assertThat(r.titleCases()).isEqualTo(2);
        assertThat(r.titles().stream().filter(x -> x.name().equals("email")).findFirst().orElseThrow().truePositives())
                .isEqualTo(1);
        assertThat(r.typedRow("email").truePositives()).isZero();
        assertThat(r.falseAlarms()).isEmpty();
    }

    @Test
    void theRealCorpusCoversEveryKindThatIsScored() {
        CorpusReport r = CorpusEvaluation.run(CorpusFixtures.REAL, CorpusEvaluation.DEFAULT_SEED);
        assertThat(r.typed()).allSatisfy(row ->
                assertThat(row.truePositives() + row.falseNegatives()).as(row.name()).isPositive());
        assertThat(r.typedCases()).isGreaterThan(1000);
    }

    private static CorpusReport run(CorpusItem... items) {
        return CorpusEvaluation.run(corpus(List.of(items), List.of(), List.of()), 1);
    }
}
