package org.trailmark.privacy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scan throughput for {@code bench}: the single-pass {@link TextScanner} against the naive way,
 * every detector's regular expression run over the whole text, in the same run and on the same
 * text. MB are UTF-8 megabytes (10^6 bytes) of reconstructed text; one thread.
 */
public final class ScanBenchmark {
    /**
     * One measurement: median throughput of both over their rounds, and what each found (a sanity check;
     * the naive count is over its slice and counts unvalidated matches).
     */
    public record Result(long bytes, double scanMbPerSecond, double naiveMbPerSecond, int scanFindings,
                         int naiveMatches, double scanCpuMsPerMb) {
    }

    private static final List<Pattern> NAIVE = List.of(
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
            Pattern.compile("\\b(?:\\d[ -]?){12,18}\\d\\b"),
            Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b"),
            Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"),
            Pattern.compile("(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{2,4}\\)?[ .-]?\\d{3,4}[ .-]?\\d{3,4}"),
            Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b"),
            Pattern.compile("\\b(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}\\b"),
            Pattern.compile("(?i)(?:born|dob|birth)\\W{0,20}\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}"),
            Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"),
            Pattern.compile("(?i)aws.{0,40}?\\b[A-Za-z0-9/+]{40}\\b"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b|github_pat_\\w{40,}"),
            Pattern.compile("xox[abprs]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("(?i)(?:key|secret|token|password|passwd|pwd)[\\w.-]*\\s*[:=]\\s*['\"]?[^\\s'\"]{6,}"),
            Pattern.compile("[A-Za-z0-9+/_-]{20,}"));

    private static final String[] WORDS = {"the", "report", "is", "ready", "for", "review", "and", "we", "should",
        "ship", "it", "on", "Monday", "please", "check", "numbers", "in", "sheet", "meeting", "moved", "to", "after",
        "lunch", "thanks", "I", "will", "look", "at", "build", "failed", "again", "deploy", "server", "customer",
        "asked", "about", "invoice", "total", "was", "order", "shipped", "tomorrow", "quarterly", "budget"};

    private ScanBenchmark() {
    }

    /**
     * Typed-looking text of about {@code megabytes} MB: mostly prose with numbers and times, one
     * line in twenty a corpus sample with a planted value or a look-alike (still far denser in
     * secrets than real typing, so the matchers' cost shows).
     */
    public static String benchmarkText(long seed, int megabytes) {
        Random random = new Random(seed);
        List<EvaluationCorpus.Sample> samples = EvaluationCorpus.samples(seed, 20);
        long target = megabytes * 1_000_000L;
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, target + 1024));
        int line = 0;
        while (sb.length() < target) {
            if (line++ % 20 == 19) {
                sb.append(samples.get(random.nextInt(samples.size())).text()).append('\n');
            } else {
                int words = 6 + random.nextInt(14);
                for (int w = 0; w < words; w++) {
                    if (w > 0) {
                        sb.append(' ');
                    }
                    if (random.nextInt(12) == 0) {
                        sb.append(random.nextInt(10_000));
                    } else {
                        sb.append(WORDS[random.nextInt(WORDS.length)]);
                    }
                }
                sb.append(random.nextBoolean() ? ".\n" : ". ");
            }
        }
        return sb.toString();
    }

    /**
     * Median of {@code rounds} timed scans after one untimed warm-up pass (the best run would flatter
     * it: under load the best and the median differ by half). The naive baseline is warmed the same way
     * and is ~40 times slower, so it runs over the first tenth of the text only (its cost is linear), at
     * most 3 timed rounds; its median too.
     */
    public static Result run(String text, int rounds) {
        char[] chars = text.toCharArray();
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        String slice = text.substring(0, Math.max(1, text.length() / 10));
        long sliceBytes = slice.getBytes(StandardCharsets.UTF_8).length;
        int found = TextScanner.scan(chars, chars.length, null, true).size();
        long[] scans = new long[Math.max(1, rounds)];
        long[] cpu = new long[scans.length];
        // The thread's CPU time beside the wall clock: on a shared machine other load stretches the wall
        // time of a round far more than the CPU time the scan itself takes.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        for (int r = 0; r < scans.length; r++) {
            long c0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            found = TextScanner.scan(chars, chars.length, null, true).size();
            scans[r] = System.nanoTime() - t0;
            cpu[r] = cpuTimed ? threads.getCurrentThreadCpuTime() - c0 : 0;
        }
        int naive = naive(slice);
        long[] naives = new long[Math.max(1, Math.min(rounds, 3))];
        for (int r = 0; r < naives.length; r++) {
            long t0 = System.nanoTime();
            naive = naive(slice);
            naives[r] = System.nanoTime() - t0;
        }
        double cpuMsPerMb = cpuTimed ? median(cpu) / 1e6 / (bytes / 1e6) : Double.NaN;
        return new Result(bytes, mbPerSecond(bytes, median(scans)), mbPerSecond(sliceBytes, median(naives)), found,
                naive, cpuMsPerMb);
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** {@link #run(String, int)} over {@link #benchmarkText} of {@code megabytes} MB, 7 rounds. */
    public static Result run(long seed, int megabytes) {
        return run(benchmarkText(seed, megabytes), 7);
    }

    private static int naive(String text) {
        int count = 0;
        for (Pattern p : NAIVE) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                count++;
            }
        }
        return count;
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return nanos <= 0 ? Double.NaN : bytes / 1e6 / (nanos / 1e9);
    }

    /** Prints the figures: {@code java -cp trailmark.jar org.trailmark.privacy.ScanBenchmark [MB]}. */
    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Result r = run(EvaluationCorpus.DEFAULT_SEED, mb);
        System.out.printf(java.util.Locale.ROOT, "scan %.1f MB/s, naive regex baseline %.1f MB/s over %.1f MB (%d / %d hits);"
                + " scan thread CPU %.2f ms/MB (%.1f MB/s of CPU time)%n",
                r.scanMbPerSecond(), r.naiveMbPerSecond(), r.bytes() / 1e6, r.scanFindings(), r.naiveMatches(),
                r.scanCpuMsPerMb(), 1000 / r.scanCpuMsPerMb());
    }
}
