package org.trailmark.generate;

/** Where things are in a maximised LibreOffice Calc window on a 1920×1080 screen. */
final class CalcLayout {
    static final String APP = "LibreOffice Calc";
    static final Target GRID = new Target(60, 172, 1500, 800);
    private static final int FIRST_COLUMN_X = 60;
    private static final int COLUMN_WIDTH = 100;
    private static final int FIRST_ROW_Y = 172;
    private static final int ROW_HEIGHT = 22;

    private CalcLayout() {
    }

    /** The cell in column {@code column} (0 = A) and row {@code row} (1-based, as Calc numbers them). */
    static Target cell(int column, int row) {
        return new Target(FIRST_COLUMN_X + COLUMN_WIDTH * column, FIRST_ROW_Y + ROW_HEIGHT * (row - 1),
                COLUMN_WIDTH, ROW_HEIGHT);
    }
}
