package org.trailmark.generate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Screen;

/**
 * Chloe renames a downloaded report in the file manager (F2), drags it into the Reports folder,
 * searches, opens it in LibreOffice Calc, fixes the totals row (with an undo) and tells the team.
 */
final class FilesScenario extends Scenario {
    private static final String FILES = "Files";
    private static final String SLACK = "Slack";
    private static final String REPORT_TITLE = "2026-03 Sales report.ods — LibreOffice Calc";
    private static final Target FILE_LIST = new Target(240, 120, 1600, 700);
    private static final Target FIRST_FILE = new Target(240, 120, 900, 38);
    private static final Target REPORTS_FOLDER = new Target(12, 330, 200, 30);
    private static final Target CHANNEL_MESSAGE_BOX = new Target(2200, 960, 1300, 44);
    private static final Target CHANNEL_HISTORY = new Target(2200, 120, 1300, 800);

    @Override
    String name() {
        return "chloe-reports";
    }

    @Override
    Persona persona() {
        return Persona.CHLOE;
    }

    @Override
    List<Screen> screens() {
        return DUAL;
    }

    @Override
    ConsentReference consent() {
        return CAPTURE_ONLY;
    }

    @Override
    String instruction() {
        return "Rename the March sales report, file it under Reports and fix the totals row.";
    }

    @Override
    OffsetDateTime earliestStart() {
        return OffsetDateTime.of(2026, 3, 6, 9, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    void play(Actor a) {
        Rng rng = a.rng();
        a.focus(FILES, "Downloads — Files");
        a.hand().report();
        a.browse(FILE_LIST, 5_000, 10_000);

        Target report = FIRST_FILE.below(38 * 3);
        a.click(report);
        a.press("F2");
        a.field(FieldRole.TEXT, "File name");
        a.type("2026-03 Sales report");
        a.press("Enter");
        a.field(FieldRole.NONE, null);
        a.think(800, 2000);
        a.drag(report, REPORTS_FOLDER);
        a.think(800, 1600);
        a.click(REPORTS_FOLDER);
        a.focus(FILES, "Reports — Files");

        a.ctrl("KeyF");
        a.field(FieldRole.SEARCH, "Search files");
        a.type("march");
        a.think(1500, 3000);
        a.press("Escape");
        a.field(FieldRole.NONE, null);
        a.browse(FILE_LIST, 4_000, 8_000);
        a.doubleClick(FIRST_FILE);
        a.think(2500, 5000);
        a.focus(CalcLayout.APP, REPORT_TITLE);

        a.browse(CalcLayout.GRID, 12_000, 22_000);
        a.clickInto(CalcLayout.cell(4, 14), FieldRole.TEXT, "Sheet cell");
        a.type("=SUM(E2:E13)\n");
        a.click(CalcLayout.cell(4, 14));
        a.ctrl("KeyC");
        a.click(CalcLayout.cell(5, 14));
        a.ctrl("KeyV");
        a.think(1500, 3000);
        a.ctrl("KeyZ");
        a.type("=SUM(F2:F13)\n");
        a.doubleClick(CalcLayout.cell(1, 6));
        a.repeat("Backspace", rng.between(5, 9));
        a.type("Northwest\n");
        a.hand().moveTo(800, 500, 300);
        a.scroll(rng.between(6, 10), 1);
        a.browse(CalcLayout.GRID, 8_000, 15_000);
        a.scroll(rng.between(6, 10), -1);
        a.ctrl("KeyS");
        a.think(1500, 3000);

        a.click(CHANNEL_MESSAGE_BOX);
        a.focus(SLACK, "#sales — Slack");
        a.field(FieldRole.MULTILINE, "Message #sales");
        a.type("The March report is in Reports now, I fixed the totals row.");
        a.press("Enter");
        a.browse(CHANNEL_HISTORY, 8_000, 16_000);
    }
}
