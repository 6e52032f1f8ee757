package org.trailmark.privacy.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusReportFormatTest {
    @Test
    void aDocumentWithoutTheSectionGetsItAppended() {
        String section = CorpusReportFormat.BEGIN + "\nrows\n" + CorpusReportFormat.END + "\n";
        assertThat(CorpusReportFormat.replaceSection("# Title\n", section)).isEqualTo("# Title\n\n" + section);
    }

    @Test
    void replacingTwiceGivesTheSameDocument() {
        String section = CorpusReportFormat.markdown(report());
        String once = CorpusReportFormat.replaceSection("# T\n\n" + CorpusReportFormat.BEGIN + "\nold\n"
                + CorpusReportFormat.END + "\ntail\n", section);
        assertThat(CorpusReportFormat.replaceSection(once, section)).isEqualTo(once);
        assertThat(once).endsWith(CorpusReportFormat.END + "\ntail\n");
    }

    @Test
    void aKindFoundNowhereIsSummedUpAndOthersListEachEntryOnceWithItsVariants() {
        String md = CorpusReportFormat.markdown(report());
        assertThat(md).contains("typed · person_name (12): every planted value; nothing of this kind was found");
        assertThat(md).contains("typed · phone (3): `p1` (plain, fields), `p2` (plain)");
        assertThat(md).contains("| phone | 5 | 0 | 3 | 1.000 |").contains("| person_name | 0 | 0 | 12 | - | - | 0.000 |");
        assertThat(md).doesNotContain("| iban |");
    }

    private static CorpusReport report() {
        List<CorpusReport.Outcome> misses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            misses.add(new CorpusReport.Outcome("typed", "person_name", "n" + i, "plain"));
        }
        misses.add(new CorpusReport.Outcome("typed", "phone", "p1", "plain"));
        misses.add(new CorpusReport.Outcome("typed", "phone", "p1", "fields"));
        misses.add(new CorpusReport.Outcome("typed", "phone", "p2", "plain"));
        List<CorpusReport.Row> rows = List.of(new CorpusReport.Row("iban", 0, 0, 0),
                new CorpusReport.Row("phone", 5, 0, 3), new CorpusReport.Row("person_name", 0, 0, 12));
        return new CorpusReport(1, 20, 0, rows, List.of(), misses, List.of());
    }
}
