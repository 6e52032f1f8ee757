package org.trailmark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentStateTest {
    private static final Instant MARCH = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant NOVEMBER = Instant.parse("2026-11-01T08:00:00Z");

    private static ConsentRecord record(long id, ConsentPurpose purpose, Instant granted, Instant withdrawn) {
        return new ConsentRecord(id, "subj-ana", purpose, "p", "1", granted, withdrawn, "lead", ConsentRecord.CLI);
    }

    @Test
    void noRecordMeansNoneAndNoPermission() {
        ConsentState state = ConsentState.of("subj-ana", ConsentPurpose.TRAINING,
                List.of(record(1, ConsentPurpose.CAPTURE, MARCH, null)));
        assertThat(state.status()).isEqualTo(ConsentStatus.NONE);
        assertThat(state.permits()).isFalse();
        assertThat(state.deciding()).isNull();
    }

    @Test
    void aWithdrawalOutranksEveryGrantMadeBeforeIt() {
        ConsentState state = ConsentState.of("subj-ana", ConsentPurpose.TRAINING, List.of(
                record(1, ConsentPurpose.TRAINING, MARCH, NOVEMBER),
                record(2, ConsentPurpose.TRAINING, JUNE, null)));
        assertThat(state.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(state.deciding().id()).isEqualTo(1);
    }

    @Test
    void aGrantAfterTheWithdrawalPermitsAgain() {
        ConsentState state = ConsentState.of("subj-ana", ConsentPurpose.TRAINING, List.of(
                record(1, ConsentPurpose.TRAINING, MARCH, JUNE),
                record(2, ConsentPurpose.TRAINING, NOVEMBER, null)));
        assertThat(state.permits()).isTrue();
        assertThat(state.deciding().id()).isEqualTo(2);
    }

    @Test
    void aGrantAndAWithdrawalAtTheSameInstantCountAsWithdrawn() {
        ConsentState state = ConsentState.of("subj-ana", ConsentPurpose.TRAINING, List.of(
                record(1, ConsentPurpose.TRAINING, MARCH, JUNE),
                record(2, ConsentPurpose.TRAINING, JUNE, null)));
        assertThat(state.status()).isEqualTo(ConsentStatus.WITHDRAWN);
    }

    @Test
    void otherSubjectsRecordsAreIgnored() {
        ConsentRecord bens = new ConsentRecord(1, "subj-ben", ConsentPurpose.TRAINING, null, null, MARCH, null,
                "lead", ConsentRecord.CLI);
        assertThat(ConsentState.of("subj-ana", ConsentPurpose.TRAINING, List.of(bens)).status())
                .isEqualTo(ConsentStatus.NONE);
    }

    @Test
    void aRecordRefusesAnUnknownSourceOrAWithdrawalBeforeItsGrant() {
        assertThatThrownBy(() -> new ConsentRecord(0, "s", ConsentPurpose.TRAINING, null, null, MARCH, null, "x",
                "email")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record(0, ConsentPurpose.TRAINING, JUNE, MARCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
