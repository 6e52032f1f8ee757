package org.trailmark.generate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Screen;

/**
 * Ana fills in the Q2 budget in LibreOffice Calc (Tab and Enter between cells, a range copied
 * to the wrong place and undone, sums), saves it keeping the format, and answers Chloe in
 * Thunderbird.
 */
final class SpreadsheetScenario extends Scenario {
    private static final String THUNDERBIRD = "Thunderbird";
    private static final String SHEET_TITLE = "Q2-budget.xlsx — LibreOffice Calc";
    private static final String[] ITEMS = {"Travel", "Hardware", "Software", "Training", "Catering"};
    private static final Target MESSAGE_ROW = new Target(320, 150, 760, 26);
    private static final Target PREVIEW = new Target(320, 540, 1500, 480);
    private static final Target REPLY = new Target(1500, 505, 90, 28);
    private static final Target REPLY_BODY = new Target(40, 280, 1800, 640);

    @Override
    String name() {
        return "ana-budget";
    }

    @Override
    Persona persona() {
        return Persona.ANA;
    }

    @Override
    List<Screen> screens() {
        return FULL_HD;
    }

    @Override
    ConsentReference consent() {
        return CAPTURE_AND_TRAINING;
    }

    @Override
    String instruction() {
        return "Enter the Q2 budget figures in the spreadsheet, add the totals and tell Chloe it is done.";
    }

    @Override
    OffsetDateTime earliestStart() {
        return OffsetDateTime.of(2026, 3, 3, 14, 0, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    void play(Actor a) {
        Rng rng = a.rng();
        a.focus(CalcLayout.APP, SHEET_TITLE);
        a.hand().report();
        a.browse(CalcLayout.GRID, 6_000, 12_000);

        a.clickInto(CalcLayout.cell(0, 3), FieldRole.TEXT, "Sheet cell");
        for (String item : ITEMS) {
            int planned = 50 * rng.between(8, 60);
            int spent = planned + 25 * rng.between(-12, 12);
            a.type(item + "\t" + planned + "\t" + spent + "\n");
        }
        a.think(1500, 3500);

        a.drag(CalcLayout.cell(0, 3), CalcLayout.cell(2, 7));
        a.ctrl("KeyC");
        a.click(CalcLayout.cell(4, 3));
        a.ctrl("KeyV");
        a.think(1200, 2500);
        a.ctrl("KeyZ");
        a.click(CalcLayout.cell(0, 12));
        a.ctrl("KeyV");
        a.think(800, 2000);

        a.click(CalcLayout.cell(0, 9));
        a.type("Total\t=SUM(B3:B7)\t=SUM(C3:C7)\n");
        a.doubleClick(CalcLayout.cell(1, 5));
        a.repeat("Backspace", rng.between(3, 4));
        a.type(String.valueOf(50 * rng.between(10, 40)) + "\n");
        a.browse(CalcLayout.GRID, 5_000, 10_000);

        a.ctrl("KeyS");
        a.focus(CalcLayout.APP, "Keep Current Format");
        a.think(900, 2200);
        a.press("Enter");
        a.focus(CalcLayout.APP, SHEET_TITLE);

        a.altTab(THUNDERBIRD, "Inbox - Thunderbird");
        a.field(FieldRole.NONE, null);
        a.click(MESSAGE_ROW.below(26 * rng.between(0, 2)));
        a.browse(PREVIEW, 12_000, 25_000);
        a.clickButton(REPLY);
        a.focus(THUNDERBIRD, "Write: Re: Q2 budget - Thunderbird");
        a.clickInto(REPLY_BODY, FieldRole.MULTILINE, "Message body");
        a.type("Hi Chloe,\n\nthe Q2 sheet is updated, the totals are in row 9. "
                + "Travel came in a little under plan.\n\nAna");
        a.think(1500, 4000);
        a.ctrl("Enter");
        a.focus(THUNDERBIRD, "Inbox - Thunderbird");
        a.field(FieldRole.NONE, null);
        a.idle(20_000, 45_000);

        a.altTab(CalcLayout.APP, SHEET_TITLE);
        a.field(FieldRole.TEXT, "Sheet cell");
        a.hand().moveTo(700, 500, 300);
        a.scroll(rng.between(6, 12), 1);
        a.browse(CalcLayout.GRID, 6_000, 12_000);
        a.rightClick(CalcLayout.cell(2, 9));
        a.think(800, 1800);
        a.press("Escape");
        a.ctrl("Home");
        a.ctrl("KeyS");
        a.think(1000, 2500);
    }
}
