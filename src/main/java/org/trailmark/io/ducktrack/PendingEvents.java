package org.trailmark.io.ducktrack;

import org.trailmark.model.PointerButton;

/**
 * The few validated events that wait until the lines after them are read and their time can be
 * judged ({@link RecordingClock}): a ring of primitive slots, so waiting costs no allocation.
 */
final class PendingEvents {
    /** What a waiting event becomes once placed. */
    enum Op { MOVE, BUTTON, WHEEL, KEY, PAUSE, RESUME }

    private final int capacity;
    private final double[] timeStamp;
    private final long[] line;
    private final Op[] op;
    private final int[] x;
    private final int[] y;
    private final int[] a;
    private final int[] b;
    private final boolean[] down;
    private final PointerButton[] button;
    private final String[] keyName;
    private int head;
    private int size;

    PendingEvents(int capacity) {
        this.capacity = capacity;
        timeStamp = new double[capacity];
        line = new long[capacity];
        op = new Op[capacity];
        x = new int[capacity];
        y = new int[capacity];
        a = new int[capacity];
        b = new int[capacity];
        down = new boolean[capacity];
        button = new PointerButton[capacity];
        keyName = new String[capacity];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends an event; the ring must not be full. Returns its slot. */
    int add(double ts, long n, Op what, int xv, int yv, int av, int bv, boolean isDown, PointerButton pointerButton,
            String key) {
        if (size == capacity) {
            throw new IllegalStateException("no room for another waiting event");
        }
        int slot = (head + size) % capacity;
        timeStamp[slot] = ts;
        line[slot] = n;
        op[slot] = what;
        x[slot] = xv;
        y[slot] = yv;
        a[slot] = av;
        b[slot] = bv;
        down[slot] = isDown;
        button[slot] = pointerButton;
        keyName[slot] = key;
        size++;
        return slot;
    }

    /** The slot of the oldest waiting event. */
    int head() {
        return head;
    }

    /** Removes the oldest event; its slot stays readable until the next {@link #add}. */
    void removeHead() {
        head = (head + 1) % capacity;
        size--;
    }

    /** Writes the time stamps of the waiting events after the oldest one into {@code out}; returns how many. */
    int followingTimeStamps(double[] out) {
        for (int i = 1; i < size; i++) {
            out[i - 1] = timeStamp[(head + i) % capacity];
        }
        return size - 1;
    }

    double timeStamp(int slot) {
        return timeStamp[slot];
    }

    long line(int slot) {
        return line[slot];
    }

    Op op(int slot) {
        return op[slot];
    }

    int x(int slot) {
        return x[slot];
    }

    int y(int slot) {
        return y[slot];
    }

    int a(int slot) {
        return a[slot];
    }

    int b(int slot) {
        return b[slot];
    }

    boolean down(int slot) {
        return down[slot];
    }

    PointerButton button(int slot) {
        return button[slot];
    }

    String keyName(int slot) {
        return keyName[slot];
    }
}
