package org.trailmark.ui.player;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.GroupText;
import org.trailmark.replay.KeyStroke;
import org.trailmark.replay.ReplayState;
import org.trailmark.replay.TimeRuler;
import org.trailmark.replay.TimeSpan;
import org.trailmark.replay.playback.JumpKind;
import org.trailmark.replay.playback.PlaybackClock;
import org.trailmark.store.MediaFetch;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.TaskExecutor;
import org.trailmark.ui.timeline.TimelineViewModel;

/**
 * The player's state and commands: which session is open, where the playhead is and what the
 * session looked like there. Opening a session builds its indexes on the {@link TaskExecutor};
 * afterwards every command is a cheap call on the UI thread. While playing, the view calls
 * {@link #frame(long)} once per pulse and every property is brought up to date once.
 *
 * <p>Keys, like a video editor (documented here because the keys call these methods):
 * <ul>
 *   <li>Space toggles play/pause; K pauses.</li>
 *   <li>L plays at the chosen speed when paused, and goes one speed faster when playing.</li>
 *   <li>J goes one speed slower when playing (and pauses below the slowest); when paused it
 *       steps back to the previous event. Playback never runs backwards: reviewing a capture
 *       backwards is rarely useful, stepping back is.</li>
 *   <li>← / → step to the previous/next event; Shift+← / → move one second; , and . one frame
 *       (1/60 s); Home / End go to the start and end.</li>
 * </ul>
 * The playhead is shared with the {@link TimelineViewModel}: dragging it there seeks here.
 */
public final class PlayerViewModel {
    public static final String EMPTY_MESSAGE = "Pick a session in the list to replay it";
    public static final String NO_EVENTS_MESSAGE = "This session has no events to replay";
    /** How many window/field groups the typed-text panel shows, most recent first. */
    public static final int TEXT_GROUPS = 6;
    /** Shift+← / → move this far. */
    public static final int BIG_STEP_MS = 1000;
    /** A drawn region smaller than this (screen pixels) either way is taken for a slip and dropped. */
    public static final int MIN_REGION_PX = 4;
    static final String NO_PICTURE_TO_DRAW_ON = "This session has no screen recording to draw a region on";

    private static final System.Logger LOG = System.getLogger(PlayerViewModel.class.getName());

    private final TaskExecutor executor;
    private final FrameWorkers frameWorkers;
    private final ReadOnlyObjectWrapper<ScreenPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyBooleanWrapper pictureAvailable = new ReadOnlyBooleanWrapper(this, "pictureAvailable");
    private final BooleanProperty drawingRegion = new SimpleBooleanProperty(this, "drawingRegion");
    private final ObjectProperty<java.util.function.Consumer<org.trailmark.model.ScreenRegion>> onRegionDrawn =
            new SimpleObjectProperty<>(this, "onRegionDrawn");
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final ReadOnlyObjectWrapper<SessionInfo> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", EMPTY_MESSAGE);
    private final ReadOnlyObjectWrapper<ReplayState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<StageSnapshot> stage = new ReadOnlyObjectWrapper<>(this, "stage");
    private final ReadOnlyObjectWrapper<ScreenLayout> screens = new ReadOnlyObjectWrapper<>(this, "screens");
    private final ReadOnlyObjectWrapper<List<GroupText>> typedText =
            new ReadOnlyObjectWrapper<>(this, "typedText", List.of());
    private final ReadOnlyObjectWrapper<List<KeyStroke>> recentKeys =
            new ReadOnlyObjectWrapper<>(this, "recentKeys", List.of());
    private final ReadOnlyObjectWrapper<ObservableList<EventRow>> events =
            new ReadOnlyObjectWrapper<>(this, "events", FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper currentEvent = new ReadOnlyIntegerWrapper(this, "currentEvent", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyIntegerWrapper speedIndex =
            new ReadOnlyIntegerWrapper(this, "speedIndex", PlaybackClock.NORMAL_SPEED);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1);
    private final BooleanProperty skipIdle = new SimpleBooleanProperty(this, "skipIdle");
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");
    private final ObjectProperty<JumpKind> jumpKind = new SimpleObjectProperty<>(this, "jumpKind", JumpKind.CLICK);
    private final ReadOnlyStringWrapper regionHint = new ReadOnlyStringWrapper(this, "regionHint", "");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper(this, "timeText", "");
    private final ReadOnlyStringWrapper durationText = new ReadOnlyStringWrapper(this, "durationText", "");

    private LoadedSession loaded;
    private PlaybackClock clock;
    private StageTracer tracer;
    private RecentText recentText;
    private EventRows eventRows;
    private long generation;
    private boolean framing;
    private long lastFrameNanos;
    private boolean syncing;
    private long textSignature = Long.MIN_VALUE;
    private MaskedSpans masked = MaskedSpans.NONE;
    private FlagTextMask flagMask;
    private ScreenPictures pictures;
    private ThumbnailTrack thumbnails;
    /** Null until the review of the open session says what is masked; no frame is decoded before. */
    private PictureMasks pictureMasks;

    /** A player whose video frames decode on threads of their own and arrive on the JavaFX thread. */
    public PlayerViewModel(TaskExecutor executor) {
        this(executor, FrameWorkers.studio());
    }

    public PlayerViewModel(TaskExecutor executor, FrameWorkers frameWorkers) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.frameWorkers = Objects.requireNonNull(frameWorkers, "frameWorkers");
        timeline.playheadMsProperty().addListener((obs, old, ms) -> {
            if (!syncing && clock != null) {
                clock.seek(ms.doubleValue());
                sync();
            }
        });
        timeline.selectionProperty().addListener((obs, old, range) -> {
            if (clock != null) {
                clock.setLoopRange(range == null ? null
                        : new TimeSpan((int) range.startMs(), (int) range.endMs()));
            }
        });
        skipIdle.addListener((obs, old, on) -> {
            if (clock != null) {
                clock.setSkipIdle(on);
            }
        });
        javafx.beans.InvalidationListener window = obs -> {
            if (thumbnails != null) {
                thumbnails.refresh();
            }
        };
        timeline.visibleFromMsProperty().addListener(window);
        timeline.visibleToMsProperty().addListener(window);
        timeline.trackWidthProperty().addListener(window);
        loop.addListener((obs, old, on) -> {
            if (clock != null) {
                clock.setLoopEnabled(on);
            }
        });
    }

    // ---- opening ----

    /** Opens a session of the workspace: reads and indexes it in the background. */
    public void load(Workspace workspace, String sessionId) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(sessionId, "sessionId");
        long ticket = begin();
        executor.execute(BackgroundTask.<LoadedSession>interactive("Opening session", progress -> {
                    SessionInfo info = workspace.sessions().find(sessionId).map(SessionSummary::info)
                            .orElseThrow(() -> new WorkspaceException("The session is no longer in the workspace."));
                    progress.update("Reading events", 0.02);
                    SessionLog log = workspace.sessions().loadLog(sessionId);
                    // on a team workspace a video this computer has not shown yet is fetched here, off the UI thread
                    List<MediaFile> media = workspace.media().ofSession(sessionId).stream().map(m -> {
                        MediaFetch fetched = workspace.media().fetch(m.sha256());
                        return new MediaFile(m, fetched.file().orElse(null), fetched.whyMissing());
                    }).toList();
                    return LoadedSession.build(info, log, media, workspace.context().ofSession(sessionId), progress::update);
                })
                .onSuccess(session -> install(ticket, session))
                .onFailure(failure -> failed(ticket, failure)));
    }

    /** Opens a session already in memory (a generated one, or one the caller loaded). */
    public void open(SessionInfo info, SessionLog log) {
        open(info, log, List.of());
    }

    /** Opens a session already in memory with its screen media. */
    public void open(SessionInfo info, SessionLog log, List<MediaFile> media) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(log, "log");
        List<MediaFile> files = List.copyOf(media);
        long ticket = begin();
        executor.execute(BackgroundTask.<LoadedSession>interactive("Opening session",
                        progress -> LoadedSession.build(info, log, files, progress::update))
                .onSuccess(session -> install(ticket, session))
                .onFailure(failure -> failed(ticket, failure)));
    }

    /** Closes the session and shows the empty state. */
    public void close() {
        generation++;
        pauseClock();
        if (pictures != null) {
            pictures.close(); // frees the decoders: nothing native outlives the session
            pictures = null;
        }
        if (thumbnails != null) {
            thumbnails.close();
            thumbnails = null;
        }
        timeline.setThumbnails(List.of());
        pictureMasks = null;
        picture.set(null);
        pictureAvailable.set(false);
        drawingRegion.set(false);
        loaded = null;
        clock = null;
        tracer = null;
        recentText = null;
        eventRows = null;
        flagMask = null;
        masked = MaskedSpans.NONE;
        loading.set(false);
        playing.set(false);
        session.set(null);
        state.set(null);
        stage.set(null);
        screens.set(null);
        typedText.set(List.of());
        recentKeys.set(List.of());
        events.set(FXCollections.observableArrayList());
        currentEvent.set(-1);
        timeText.set("");
        durationText.set("");
        message.set(EMPTY_MESSAGE);
    }

    private long begin() {
        close();
        loading.set(true);
        message.set("Opening the session\u2026");
        return generation;
    }

    private void install(long ticket, LoadedSession opened) {
        if (ticket != generation) {
            return; // another session was asked for meanwhile
        }
        loading.set(false);
        loaded = opened;
        clock = new PlaybackClock(opened.log().durationMs(), opened.idle()::nextNonIdleTime, opened.jumps());
        clock.setSpeedIndex(speedIndex.get());
        clock.setSkipIdle(skipIdle.get());
        clock.setLoopEnabled(loop.get());
        tracer = new StageTracer(opened.log());
        recentText = new RecentText(opened.index().text());
        textSignature = Long.MIN_VALUE;
        screens.set(opened.screens());
        pictures = ScreenPictures.of(opened.media(), frameWorkers, picture::set);
        pictureAvailable.set(pictures != null);
        if (pictures != null) {
            thumbnails = new ThumbnailTrack(MediaFile.firstVideo(opened.media()).orElseThrow(), timeline, frameWorkers);
            if (pictureMasks != null) {
                pictures.setMasks(pictureMasks);
                thumbnails.setMasks(pictureMasks);
            }
        }
        flagMask = new FlagTextMask(opened.log(), opened.index().text(), masked);
        installEventRows();
        syncing = true;
        timeline.setSource(opened.timeline());
        syncing = false;
        durationText.set(TimeRuler.playheadLabel(opened.log().durationMs()));
        session.set(opened.info());
        message.set(opened.log().isEmpty() ? NO_EVENTS_MESSAGE : "");
        sync();
    }

    private void installEventRows() {
        eventRows = new EventRows(new EventDescriber(loaded.index(), flagMask::masksEvent, flagMask.titles()),
                loaded.log().size());
        events.set(FXCollections.unmodifiableObservableList(FXCollections.observableList(eventRows)));
    }

    // ---- masking flagged spans ----

    /**
     * Hides what was typed in these stretches (flags that mask and are not revealed): their
     * characters show as bullets in the typed text, their keys as bullets in the key HUD, and
     * their keys, titles and labels as bullets in the inspector. A window title focused inside a
     * span is hidden everywhere in the session (stage caption, typed-text cards, inspector), as
     * the export hides it; a revealed or rejected flag is simply left out of the spans, which
     * shows its titles again. Replaces the previous spans; opening
     * another session clears them, so set them after a session opens.
     */
    public void setMaskedSpans(List<TimeSpan> spans) {
        masked = MaskedSpans.of(List.copyOf(spans));
        if (loaded == null) {
            return;
        }
        flagMask = new FlagTextMask(loaded.log(), loaded.index().text(), masked);
        installEventRows();
        textSignature = Long.MIN_VALUE;
        ReplayState now = state.get();
        if (now != null) {
            stage.set(tracer.trace(now, clock.speed(), flagMask.titles()));
            recentKeys.set(flagMask.applyToKeys(now.recentKeys()));
            updateTypedText(now);
        }
    }

    /**
     * What of the recorded screen to hide from now on (whole pictures in flagged or private spans,
     * region flags' areas). Like {@link #setMaskedSpans}, set it after a session opens; until it
     * is set no frame of the session is decoded or shown ({@link PictureMasks#NONE} shows all).
     */
    public void setPictureMasks(PictureMasks masks) {
        pictureMasks = Objects.requireNonNull(masks, "masks");
        if (pictures != null) {
            pictures.setMasks(pictureMasks);
            thumbnails.setMasks(pictureMasks);
        }
    }

    // ---- drawing a region on the picture ----

    /** The stage's region tool is on: a drag over the picture draws a rectangle to mask. */
    public BooleanProperty drawingRegionProperty() {
        return drawingRegion;
    }

    /** Turns the region tool on or off; with no recorded picture to draw on it says so instead. */
    public void toggleRegionTool() {
        if (!pictureAvailable.get()) {
            drawingRegion.set(false);
            regionHint.set(NO_PICTURE_TO_DRAW_ON);
            return;
        }
        regionHint.set("");
        drawingRegion.set(!drawingRegion.get());
    }

    /** Why the region tool did not turn on, or "". */
    public ReadOnlyStringProperty regionHintProperty() {
        return regionHint.getReadOnlyProperty();
    }

    /** Whether the open session has a recorded picture (and so a thumbnail track and the region tool). */
    public ReadOnlyBooleanProperty pictureAvailableProperty() {
        return pictureAvailable.getReadOnlyProperty();
    }

    /** Who is told about a region drawn on the stage (the review, which asks what it holds and flags it). */
    public ObjectProperty<java.util.function.Consumer<org.trailmark.model.ScreenRegion>> onRegionDrawnProperty() {
        return onRegionDrawn;
    }

    /**
     * A rectangle drawn on the stage, in screen pixels: kept within the captured area, ignored when
     * smaller than {@link #MIN_REGION_PX} either way; turns the tool off and hands the region on.
     */
    public void regionDrawn(int x0, int y0, int x1, int y1) {
        drawingRegion.set(false);
        if (pictures == null) {
            return;
        }
        org.trailmark.model.ScreenRegion area = pictures.area();
        int left = Math.max(area.x(), Math.min(x0, x1));
        int top = Math.max(area.y(), Math.min(y0, y1));
        int right = Math.min(area.x() + area.width(), Math.max(x0, x1));
        int bottom = Math.min(area.y() + area.height(), Math.max(y0, y1));
        if (right - left < MIN_REGION_PX || bottom - top < MIN_REGION_PX) {
            return;
        }
        java.util.function.Consumer<org.trailmark.model.ScreenRegion> handler = onRegionDrawn.get();
        if (handler != null) {
            handler.accept(new org.trailmark.model.ScreenRegion(left, top, right - left, bottom - top));
        }
    }

    /** The stretches currently hidden. */
    public MaskedSpans maskedSpans() {
        return masked;
    }

    private void failed(long ticket, Throwable failure) {
        if (ticket != generation) {
            return;
        }
        if (failure instanceof WorkspaceException) {
            // our own message in plain words; the stack adds nothing
            LOG.log(Level.WARNING, "could not open a session: " + failure.getMessage());
        } else {
            LOG.log(Level.WARNING, "could not open a session", failure);
        }
        loading.set(false);
        message.set("This session could not be opened. "
                + (failure instanceof WorkspaceException && failure.getMessage() != null ? failure.getMessage()
                : "The details are in the log."));
    }

    // ---- playing ----

    /**
     * Advances playback to the pulse at {@code nowNanos} (a monotonic clock, as an animation timer
     * gives it). The first frame after play starts only notes the time.
     */
    public void frame(long nowNanos) {
        if (clock == null || !clock.isPlaying()) {
            framing = false;
            return;
        }
        if (framing) {
            clock.advance(nowNanos - lastFrameNanos);
        }
        framing = true;
        lastFrameNanos = nowNanos;
        sync();
    }

    public void play() {
        if (clock != null) {
            clock.play();
            framing = false;
            sync();
        }
    }

    public void pause() {
        pauseClock();
        sync();
    }

    private void pauseClock() {
        if (clock != null) {
            clock.pause();
        }
        framing = false;
    }

    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /** L: play when paused, else one speed faster. */
    public void playOrFaster() {
        if (isPlaying()) {
            faster();
        } else {
            play();
        }
    }

    /** J: one speed slower when playing (pausing below the slowest); one event back when paused. */
    public void slowerOrStepBack() {
        if (clock == null) {
            return;
        }
        if (isPlaying()) {
            if (!clock.slower()) {
                pauseClock();
            }
            sync();
        } else {
            stepEvent(-1);
        }
    }

    public void faster() {
        if (clock != null) {
            clock.faster();
        } else {
            speedIndex.set(Math.min(PlaybackClock.SPEEDS.length - 1, speedIndex.get() + 1));
        }
        sync();
    }

    public void slower() {
        if (clock != null) {
            clock.slower();
        } else {
            speedIndex.set(Math.max(0, speedIndex.get() - 1));
        }
        sync();
    }

    /** Picks a speed by its position in {@link PlaybackClock#SPEEDS}. */
    public void setSpeedIndex(int index) {
        int clamped = Math.max(0, Math.min(PlaybackClock.SPEEDS.length - 1, index));
        if (clock != null) {
            clock.setSpeedIndex(clamped);
        }
        speedIndex.set(clamped);
        sync();
    }

    // ---- moving the playhead ----

    public void seek(double ms) {
        if (clock != null) {
            clock.seek(ms);
            sync();
        }
    }

    public void seekBy(double deltaMs) {
        if (clock != null) {
            clock.seekBy(deltaMs);
            sync();
        }
    }

    /** The state right after event {@code index}, as when its row in the inspector is picked. */
    public void seekToEvent(int index) {
        if (loaded == null || index < 0 || index >= loaded.log().size()) {
            return;
        }
        clock.seek(loaded.log().time(index));
        show(loaded.index().stateAtEvent(index));
    }

    public void stepEvent(int direction) {
        if (clock != null) {
            clock.stepEvent(direction);
            sync();
        }
    }

    public void stepFrames(int frames) {
        if (clock != null) {
            clock.stepFrames(frames);
            sync();
        }
    }

    public void home() {
        if (clock != null) {
            clock.home();
            sync();
        }
    }

    public void end() {
        if (clock != null) {
            clock.end();
            sync();
        }
    }

    /** Jumps to the next event of the chosen {@link #jumpKindProperty() kind}; false when there is none. */
    public boolean jumpNext() {
        return jump(1);
    }

    public boolean jumpPrevious() {
        return jump(-1);
    }

    private boolean jump(int direction) {
        if (clock == null) {
            return false;
        }
        boolean moved = clock.jump(jumpKind.get(), direction);
        sync();
        return moved;
    }

    // ---- bringing the properties up to date ----

    private void sync() {
        if (clock == null) {
            playing.set(false);
            speed.set(PlaybackClock.SPEEDS[speedIndex.get()]);
            return;
        }
        int t = clock.timeMs();
        ReplayState current = state.get();
        if (current == null || current.timeMs() != t) {
            show(loaded.index().stateAt(t));
        } else {
            syncClockFigures();
        }
    }

    private void show(ReplayState now) {
        state.set(now);
        if (pictures != null) {
            pictures.show(now.timeMs());
        }
        stage.set(tracer.trace(now, clock.speed(), flagMask.titles()));
        recentKeys.set(flagMask.applyToKeys(now.recentKeys()));
        updateTypedText(now);
        currentEvent.set(now.eventIndex());
        timeText.set(TimeRuler.playheadLabel(now.timeMs()));
        syncClockFigures();
    }

    private void syncClockFigures() {
        syncing = true;
        try {
            timeline.seek(clock.positionMs());
        } finally {
            syncing = false;
        }
        playing.set(clock.isPlaying());
        speedIndex.set(clock.speedIndex());
        speed.set(clock.speed());
    }

    /**
     * The text panel changes only when a key was pressed between the old and the new moment, so
     * the groups are rebuilt only then: a pulse of pointer moves costs two integer compares.
     */
    private void updateTypedText(ReplayState now) {
        List<KeyStroke> keys = now.recentKeys();
        int lastStroke = keys.isEmpty() ? -1 : keys.get(keys.size() - 1).eventIndex();
        long signature = ((long) now.text().groupCount() << 32) | (lastStroke & 0xffffffffL);
        if (signature != textSignature) {
            textSignature = signature;
            typedText.set(flagMask.apply(recentText.at(now.eventIndex(), TEXT_GROUPS), now.eventIndex()));
        }
    }

    // ---- properties ----

    /** The executor the player opens sessions on; the review of the open session shares it. */
    public TaskExecutor executor() {
        return executor;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    /** The open session, or null. */
    public ReadOnlyObjectProperty<SessionInfo> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return loaded != null;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What to tell the person instead of showing a session: empty, loading or failed; "" when open. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The session's state at the playhead, or null when none is open. */
    public ReadOnlyObjectProperty<ReplayState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReplayState getState() {
        return state.get();
    }

    ReadOnlyObjectProperty<StageSnapshot> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The recorded screen at the playhead, or null for a session without video (or none open). */
    ReadOnlyObjectProperty<ScreenPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** Whether the open session has a video to show. */
    public boolean hasPicture() {
        return pictures != null;
    }

    ReadOnlyObjectProperty<ScreenLayout> screensProperty() {
        return screens.getReadOnlyProperty();
    }

    /** The text typed up to the playhead, most recently edited window/field first. */
    public ReadOnlyObjectProperty<List<GroupText>> typedTextProperty() {
        return typedText.getReadOnlyProperty();
    }

    /** The last keys and shortcuts for the key HUD, oldest first; password-field and flagged keys as bullets. */
    public ReadOnlyObjectProperty<List<KeyStroke>> recentKeysProperty() {
        return recentKeys.getReadOnlyProperty();
    }

    /** Every event of the session for the inspector; rows are made as they are shown. */
    public ReadOnlyObjectProperty<ObservableList<EventRow>> eventsProperty() {
        return events.getReadOnlyProperty();
    }

    /** The last event at or before the playhead, or -1. */
    public ReadOnlyIntegerProperty currentEventProperty() {
        return currentEvent.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyIntegerProperty speedIndexProperty() {
        return speedIndex.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public double getSpeed() {
        return speed.get();
    }

    /** Jump over idle stretches while playing. */
    public BooleanProperty skipIdleProperty() {
        return skipIdle;
    }

    /** Loop the timeline's selection while playing. */
    public BooleanProperty loopProperty() {
        return loop;
    }

    /** What the previous/next jump buttons look for. */
    public ObjectProperty<JumpKind> jumpKindProperty() {
        return jumpKind;
    }

    /** The playhead as {@code m:ss.mmm}. */
    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty durationTextProperty() {
        return durationText.getReadOnlyProperty();
    }

    /** The playhead in ms (0 when no session is open). */
    public int getTimeMs() {
        return clock == null ? 0 : clock.timeMs();
    }

    /** The open session's events as rows the inspector can slice, or null. */
    EventRows eventRows() {
        return eventRows;
    }

    PlaybackClock clock() {
        return clock;
    }

    ThumbnailTrack thumbnails() {
        return thumbnails;
    }

    ScreenPictures pictures() {
        return pictures;
    }

    LoadedSession loaded() {
        return loaded;
    }
}
