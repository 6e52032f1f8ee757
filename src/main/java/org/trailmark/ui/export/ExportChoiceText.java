package org.trailmark.ui.export;

/** The export wizard's typed choices read as numbers: the split ratios and the seed. */
final class ExportChoiceText {
    static final String DEFAULT_SPLIT = "0.8, 0.1, 0.1";

    private ExportChoiceText() {
    }

    /** Train, validation and test ratios from text such as "0.8, 0.1, 0.1"; the exception says what is wrong. */
    static double[] parseSplit(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s*[,;/ ]\\s*");
        if (parts.length != 3) {
            throw new IllegalArgumentException("give three ratios for train, validation and test, e.g. " + DEFAULT_SPLIT);
        }
        double[] ratios = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                ratios[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("each ratio must be a number such as 0.8");
            }
            if (!(ratios[i] >= 0)) {
                throw new IllegalArgumentException("ratios must not be negative");
            }
        }
        if (Math.abs(ratios[0] + ratios[1] + ratios[2] - 1.0) > 1e-6) {
            throw new IllegalArgumentException("the ratios must add up to 1");
        }
        return ratios;
    }

    static Long parseSeed(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
