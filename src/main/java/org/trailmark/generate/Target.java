package org.trailmark.generate;

/** Something on screen a person aims at: a field, a button, a row; people hit near its centre. */
record Target(int x, int y, int width, int height) {

    int aimX(Rng rng) {
        return x + width / 2 + (int) Math.round(rng.gaussian() * width / 7.0);
    }

    int aimY(Rng rng) {
        return y + height / 2 + (int) Math.round(rng.gaussian() * height / 7.0);
    }

    /** The same target moved down by {@code dy}, for rows of lists and cells of grids. */
    Target below(int dy) {
        return new Target(x, y + dy, width, height);
    }

    Target right(int dx) {
        return new Target(x + dx, y, width, height);
    }
}
