package org.trailmark.io.activitywatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.trailmark.model.ContextKind;

/**
 * The ActivityWatch bucket types Trailmark uses and how each event's {@code data} becomes a context
 * span. Buckets of other types (editor and input watchers, categories…) are skipped with one note.
 */
enum BucketType {
    /** aw-watcher-window: {@code {app, title}}. */
    CURRENT_WINDOW(ContextKind.WINDOW, BucketType::window),
    /** aw-watcher-afk: {@code {status: "afk" | "not-afk"}}; only "afk" stretches are kept. */
    AFK_STATUS(ContextKind.AFK, BucketType::afk),
    /** aw-watcher-web: {@code {url, title, audible, incognito}}; incognito tabs are never kept. */
    WEB_TAB(ContextKind.WEB, BucketType::web);

    private static final Map<String, BucketType> BY_NAME = Map.of(
            "currentwindow", CURRENT_WINDOW,
            "afkstatus", AFK_STATUS,
            "web.tab.current", WEB_TAB);

    private final ContextKind kind;
    private final Function<JsonNode, Reading> reader;

    BucketType(ContextKind kind, Function<JsonNode, Reading> reader) {
        this.kind = kind;
        this.reader = reader;
    }

    static Optional<BucketType> ofName(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    ContextKind kind() {
        return kind;
    }

    /** What the event's data says, or why it is not kept. */
    sealed interface Reading permits Kept, Dropped, Bad {
    }

    record Kept(String app, String title, String url) implements Reading {
    }

    /** Nothing wrong, nothing to keep (a not-afk stretch, an incognito tab). */
    record Dropped(String why) implements Reading {
    }

    record Bad(String reason) implements Reading {
    }

    Reading read(JsonNode data) {
        if (data == null || !data.isObject()) {
            return new Bad("event has no data object: skipped");
        }
        return reader.apply(data);
    }

    private static Reading window(JsonNode data) {
        String app = text(data, "app");
        String title = text(data, "title");
        if (app == null && title == null) {
            return new Bad("window event names neither app nor title: skipped");
        }
        return new Kept(app, title, null);
    }

    private static Reading afk(JsonNode data) {
        String status = text(data, "status");
        if ("afk".equals(status)) {
            return new Kept(null, null, null);
        }
        if ("not-afk".equals(status)) {
            return new Dropped("not-afk");
        }
        return new Bad("afk status is neither \"afk\" nor \"not-afk\": skipped");
    }

    private static Reading web(JsonNode data) {
        if (data.path("incognito").asBoolean(false)) {
            return new Dropped("incognito");
        }
        String url = text(data, "url");
        if (url == null) {
            return new Bad("web tab event has no url: skipped");
        }
        return new Kept(null, text(data, "title"), url);
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
