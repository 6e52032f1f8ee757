package org.trailmark.ui.player;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.theme.Theme;

/**
 * Measures the UI thread's share of real playback pulses at 64× on a generated session (R1 by
 * default), with the whole player on a headless stage: from the animation timers at the start
 * of a pulse (the view-model's frame and every listener it wakes: stage canvas commands, typed
 * text, HUD, inspector, timeline) to the end of the pulse's CSS and layout pass. Rasterizing on
 * the render thread is not counted. Not a test; run with the Monocle properties surefire uses:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp … PlayerFxFrameCost}.
 */
public final class PlayerFxFrameCost {
    private static final int PULSES = 900;

    private PlayerFxFrameCost() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        GeneratedSession session = SessionGenerator.large(1, events);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Run run = new Run(session);
        Platform.runLater(run::start);
        System.out.print(run.done.get());
        Platform.exit();
    }

    private static final class Run {
        final CompletableFuture<String> done = new CompletableFuture<>();
        final GeneratedSession session;
        final StringBuilder out = new StringBuilder();
        PlayerViewModel model;
        Scene scene;
        long[] pulses = new long[PULSES];
        int count = -60; // the first second warms up
        long pulseStart;
        boolean skipIdle;

        Run(GeneratedSession session) {
            this.session = session;
        }

        void start() {
            model = new PlayerViewModel(new SameThreadTaskExecutor());
            SessionPlayerView view = new SessionPlayerView(model);
            Stage stage = new Stage();
            scene = new Scene(view, 1280, 800); // the headless screen's size
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            long openStart = System.nanoTime();
            model.open(session.info(), session.log());
            out.append(String.format(Locale.ROOT, "%,d events: open (indexes + views) %.0f ms%n",
                    session.log().size(), (System.nanoTime() - openStart) / 1e6));
            model.setSpeedIndex(8);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulseStart = System.nanoTime();
                    model.frame(now);
                }
            }.start();
            scene.addPostLayoutPulseListener(this::pulseEnded);
            model.play();
        }

        void pulseEnded() {
            if (pulseStart == 0) {
                return;
            }
            long took = System.nanoTime() - pulseStart;
            pulseStart = 0;
            if (!model.isPlaying()) {
                model.home();
                model.play();
            }
            if (count >= 0) {
                pulses[count] = took;
            }
            if (++count < PULSES) {
                return;
            }
            report(skipIdle ? "64x skip idle" : "64x");
            if (skipIdle) {
                model.pause();
                done.complete(out.toString());
                return;
            }
            skipIdle = true;
            model.skipIdleProperty().set(true);
            model.home();
            model.play();
            count = -60;
        }

        void report(String label) {
            long[] sorted = pulses.clone();
            Arrays.sort(sorted);
            long over = Arrays.stream(sorted).filter(n -> n > 16_666_667L).count();
            out.append(String.format(Locale.ROOT,
                    "%-14s %d pulses, UI thread per pulse: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms, "
                            + "over 16.7 ms: %d%n", label, PULSES, sorted[PULSES / 2] / 1e6,
                    sorted[(int) (PULSES * 0.9)] / 1e6, sorted[(int) (PULSES * 0.99)] / 1e6, sorted[PULSES - 1] / 1e6,
                    over));
        }
    }
}
