package org.trailmark.bench;

/**
 * One child process as seen from outside it.
 *
 * @param wallSeconds from start to exit
 * @param peakRssMib  the most resident memory it ever had (MiB), or NaN where the meter cannot say
 * @param cpuSeconds  user plus system CPU time of it and its threads, or NaN where the meter cannot say: on a
 *                    busy machine the cost that wall time hides
 * @param stdout      what it printed (the bench's own children print a line or two)
 */
record ChildRun(int exitCode, double wallSeconds, double peakRssMib, double cpuSeconds, String stdout) {
}
