package org.trailmark.generate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;

/**
 * One scripted piece of work by one person. Each scenario draws from its own random stream
 * (seed and name), so its output does not change when other scenarios are added or edited.
 */
abstract class Scenario {
    static final ConsentReference CAPTURE_AND_TRAINING = new ConsentReference("acme-capture", "3",
            List.of("capture", "training"), OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC));
    /** A subject who agreed to be recorded for review but not to training use. */
    static final ConsentReference CAPTURE_ONLY = new ConsentReference("acme-capture", "3",
            List.of("capture"), OffsetDateTime.of(2026, 3, 1, 8, 30, 0, 0, ZoneOffset.UTC));

    static final List<Screen> FULL_HD = List.of(new Screen(0, 0, 0, 1920, 1080, 1.0));
    static final List<Screen> LAPTOP_RETINA = List.of(new Screen(0, 0, 0, 1728, 1117, 2.0));
    static final List<Screen> DUAL = List.of(new Screen(0, 0, 0, 1920, 1080, 1.0),
            new Screen(1, 1920, 0, 1680, 1050, 1.0));

    /** Short name, part of the session id: {@code ana-webmail}. */
    abstract String name();

    abstract Persona persona();

    abstract List<Screen> screens();

    abstract ConsentReference consent();

    /** The instruction a labeler would give this stretch of work. */
    abstract String instruction();

    /** The earliest start; the seed adds up to an hour and a half. */
    abstract OffsetDateTime earliestStart();

    abstract void play(Actor actor);

    final GeneratedSession generate(long seed) {
        Rng rng = Rng.forPart(seed, name());
        OffsetDateTime start = earliestStart().plusSeconds(rng.between(0, 90 * 60));
        EventColumns out = new EventColumns();
        Actor actor = new Actor(out, rng, persona(), screens());
        play(actor);
        actor.finish();
        SessionInfo info = new SessionInfo(name() + "-" + Long.toUnsignedString(seed), persona().subject(),
                "native", start, screens(), SessionGenerator.CAPTURE_TOOL, SessionGenerator.VERSION, consent(),
                instruction());
        return new GeneratedSession(info, out.toLog(), actor.planted());
    }
}
