package org.trailmark.io.ducktrack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the screen recording ran, on the events' {@code perf_counter} clock, as a recorder's
 * {@code metadata.json} tells it: {@code video_start_timestamp} (AgentNet Tool: the time of the
 * video's first frame) and {@code obs_record_state_timings} (the OBS websocket output states:
 * {@code OBS_WEBSOCKET_OUTPUT_STARTING}, {@code _STARTED}, {@code _PAUSED}, {@code _RESUMED},
 * {@code _STOPPING}, {@code _STOPPED}, each a list of times).
 *
 * @param videoStart the first frame's time, or null when the metadata does not give it
 * @param paused     times OBS paused the recording, in order
 * @param resumed    times it resumed, in order
 * @param stopping   when OBS began to stop, or null
 */
public record ObsTimings(Double videoStart, List<Double> paused, List<Double> resumed, Double stopping) {
    static final String STATES = "obs_record_state_timings";
    static final String PAUSED = "OBS_WEBSOCKET_OUTPUT_PAUSED";
    static final String RESUMED = "OBS_WEBSOCKET_OUTPUT_RESUMED";
    static final String STOPPING = "OBS_WEBSOCKET_OUTPUT_STOPPING";

    public ObsTimings {
        paused = List.copyOf(paused);
        resumed = List.copyOf(resumed);
    }

    static ObsTimings none() {
        return new ObsTimings(null, List.of(), List.of(), null);
    }

    static ObsTimings read(JsonNode root, Path file, ProblemSink sink) {
        Double start = null;
        if (root.has("video_start_timestamp")) {
            Optional<Double> value = Json.finiteNumber(root, "video_start_timestamp");
            if (value.isPresent()) {
                start = value.get();
            } else {
                sink.warn(file, 0, "metadata.json video_start_timestamp is not a number: the screen video cannot be"
                        + " put in step with the events");
            }
        }
        JsonNode states = root.get(STATES);
        if (states == null || states.isNull()) {
            return new ObsTimings(start, List.of(), List.of(), null);
        }
        if (!states.isObject()) {
            sink.warn(file, 0, "metadata.json " + STATES + " is not an object: recording pauses unknown");
            return new ObsTimings(start, List.of(), List.of(), null);
        }
        List<Double> paused = times(states, PAUSED, file, sink);
        List<Double> resumed = times(states, RESUMED, file, sink);
        List<Double> stopping = times(states, STOPPING, file, sink);
        return new ObsTimings(start, paused, resumed, stopping.isEmpty() ? null : stopping.get(0));
    }

    private static List<Double> times(JsonNode states, String state, Path file, ProblemSink sink) {
        JsonNode list = states.get(state);
        List<Double> times = new ArrayList<>();
        if (list == null || list.isNull()) {
            return times;
        }
        if (!list.isArray()) {
            sink.warn(file, 0, "metadata.json " + state + " is not a list of times: ignored");
            return times;
        }
        for (JsonNode t : list) {
            if (!t.isNumber() || !Double.isFinite(t.doubleValue())) {
                sink.warn(file, 0, "metadata.json " + state + " holds something that is not a time: ignored");
                return new ArrayList<>();
            }
            times.add(t.doubleValue());
        }
        times.sort(Double::compare);
        return times;
    }
}
