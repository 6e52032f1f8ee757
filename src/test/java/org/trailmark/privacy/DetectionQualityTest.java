package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionQualityTest {
    @Test
    void theEvaluationMeetsTheTargetsForValidatedKinds() {
        DetectionEvaluation.Report report = DetectionEvaluation.evaluateDefault(List.of());
        System.out.println(DetectionEvaluation.format(report));
        assertThat(report.scores()).allSatisfy(s -> assertThat(s.meetsTarget()).as(s.row()).isTrue());
    }
}
