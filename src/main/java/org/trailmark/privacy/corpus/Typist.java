package org.trailmark.privacy.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.trailmark.model.FieldRole;

/**
 * Turns each corpus entry into the ways a person types it, deterministically from a seed: as
 * written (inside a prose template of its kind, or its own text), with a typo corrected by
 * Backspace inside the value, and in every other form people write such a value in
 * ({@link ValueForms}); a sign-in also into a known password field.
 */
public final class Typist {
    /** The template slot each scored kind fills. */
    static final Map<String, String> SLOT_OF_KIND = Map.of("payment_card", "CREDIT_CARD_NUMBER", "iban", "IBAN",
            "email", "EMAIL_ADDRESS", "phone", "PHONE_NUMBER", "ip_address", "IP_ADDRESS",
            "date_of_birth", "BIRTHDAY", "national_id", "US_SSN", "person_name", "PERSON",
            "postal_address", "ADDRESS");

    private final long seed;
    private final Map<String, List<CorpusItem>> bySlot = new LinkedHashMap<>();
    private final Map<String, List<String>> fillers;
    private final List<ProseTemplate> templates = new ArrayList<>();

    public Typist(IndependentCorpus corpus, long seed) {
        this.seed = seed;
        this.fillers = corpus.fillers();
        for (CorpusItem i : corpus.items()) {
            if (i.text() == null && !i.bare()) {
                bySlot.computeIfAbsent(slotOf(i), k -> new ArrayList<>()).add(i);
            }
        }
        for (ProseTemplate t : corpus.templates()) {
            if (!t.slots().isEmpty() && t.slots().stream().allMatch(s -> bySlot.containsKey(s) || fillers.containsKey(s))) {
                templates.add(t);
            }
        }
    }

    /** Every way this entry is typed, in a fixed order. */
    public List<TypedCase> cases(CorpusItem item) {
        Draft base = draft(item);
        List<TypedCase> out = new ArrayList<>();
        out.add(base.typed(item.id(), "plain", -1, null));
        out.add(base.typed(item.id(), "correction", item.lookAlike() ? -2 : 0, random(item, "correction")));
        if (item.lookAlike()) {
            return out;
        }
        CorpusTruth first = item.truths().get(0);
        if (item.login()) {
            out.add(base.withPasswordField().typed(item.id(), "field-context", -1, null));
        }
        List<ValueForms.Form> forms = item.text() == null ? ValueForms.forKind(first.kind()) : ValueForms.forOwnText(first.kind());
        for (ValueForms.Form f : forms) {
            String written = f.rewrite().apply(first.value(), random(item, f.name()));
            Draft d = item.text() == null ? base.rewrite(0, written) : Draft.alone(first, written, item.id());
            out.add(d.typed(item.id(), f.name(), -1, null));
        }
        return out;
    }

    /** Look-alike prose: templates without any slot, typed as written (and with a typo). */
    public List<TypedCase> proseCases(ProseTemplate t) {
        Draft d = new Draft(List.of(new Draft.Segment(t.text() + "\n", -1)), List.of(), List.of(), false);
        return List.of(d.typed(t.id(), "plain", -1, null),
                d.typed(t.id(), "correction", -2, new Random(seed ^ t.id().hashCode())));
    }

    private Random random(CorpusItem item, String variant) {
        return new Random(seed * 1_000_003L ^ (item.id().hashCode() * 31L + variant.hashCode()));
    }

    private static String slotOf(CorpusItem i) {
        return i.slot() != null ? i.slot() : SLOT_OF_KIND.getOrDefault(i.truths().get(0).kind(), "");
    }

    private Draft draft(CorpusItem item) {
        if (item.text() != null) {
            return Draft.ofText(item.text(), item.truths(), item.id());
        }
        CorpusTruth truth = item.truths().get(0);
        String slot = slotOf(item);
        List<ProseTemplate> fitting = templates.stream().filter(t -> t.slots().contains(slot)).toList();
        if (item.bare() || fitting.isEmpty()) {
            return new Draft(List.of(new Draft.Segment(truth.value(), 0), new Draft.Segment("\n", -1)), List.of(truth),
                    List.of(item.id()), false);
        }
        Random r = new Random(seed * 7_919L ^ item.id().hashCode());
        ProseTemplate template = fitting.get(r.nextInt(fitting.size()));
        List<Draft.Segment> segments = new ArrayList<>();
        List<CorpusTruth> truths = new ArrayList<>(List.of(truth));
        List<String> sources = new ArrayList<>(List.of(item.id()));
        boolean placed = false;
        for (ProseTemplate.Piece p : template.pieces()) {
            if (!p.slot()) {
                segments.add(new Draft.Segment(p.text(), -1));
            } else if (!placed && p.text().equals(slot)) {
                segments.add(new Draft.Segment(truth.value(), 0));
                placed = true;
            } else if (bySlot.containsKey(p.text())) {
                List<CorpusItem> others = bySlot.get(p.text()).stream().filter(o -> !o.id().equals(item.id())).toList();
                CorpusItem other = others.get(r.nextInt(others.size()));
                segments.add(new Draft.Segment(other.truths().get(0).value(), truths.size()));
                truths.add(other.truths().get(0));
                sources.add(other.id());
            } else {
                List<String> words = fillers.get(p.text());
                segments.add(new Draft.Segment(words.get(r.nextInt(words.size())), -1));
            }
        }
        segments.add(new Draft.Segment("\n", -1));
        return new Draft(segments, truths, sources, false);
    }

    /** Text cut into prose and values, before it becomes keystrokes. */
    record Draft(List<Segment> segments, List<CorpusTruth> truths, List<String> sources, boolean passwordField) {
        record Segment(String text, int truth) {
        }

        static Draft ofText(String text, List<CorpusTruth> truths, String source) {
            int[] starts = new int[truths.size()];
            boolean[] taken = new boolean[text.length()];
            for (int t = 0; t < truths.size(); t++) {
                String v = truths.get(t).value();
                int at = text.indexOf(v);
                while (at >= 0 && taken[at]) {
                    at = text.indexOf(v, at + 1);
                }
                starts[t] = at;
                for (int k = at; k < at + v.length(); k++) {
                    taken[k] = true;
                }
            }
            List<Segment> segments = new ArrayList<>();
            int at = 0;
            while (at < text.length()) {
                int owner = -1;
                for (int t = 0; t < truths.size(); t++) {
                    if (starts[t] == at) {
                        owner = t;
                    }
                }
                if (owner >= 0) {
                    segments.add(new Segment(truths.get(owner).value(), owner));
                    at += truths.get(owner).value().length();
                } else {
                    int next = text.length();
                    for (int s : starts) {
                        if (s > at && s < next) {
                            next = s;
                        }
                    }
                    segments.add(new Segment(text.substring(at, next), -1));
                    at = next;
                }
            }
            return new Draft(segments, truths, java.util.Collections.nCopies(truths.size(), source), false);
        }

        /** A value typed on its own: the rewritten form around it is prose when it still holds the value. */
        static Draft alone(CorpusTruth truth, String written, String source) {
            return ofText(written + "\n", List.of(truth), source).withTruthWritten(0, written);
        }

        Draft rewrite(int truth, String written) {
            List<Segment> out = new ArrayList<>();
            String value = truths.get(truth).value();
            int at = written.indexOf(value);
            for (Segment s : segments) {
                if (s.truth() != truth) {
                    out.add(s);
                } else if (at >= 0) {
                    out.add(new Segment(written.substring(0, at), -1));
                    out.add(new Segment(value, truth));
                    out.add(new Segment(written.substring(at + value.length()), -1));
                } else {
                    out.add(new Segment(written, truth));
                }
            }
            return new Draft(out, at >= 0 ? truths : withValue(truth, written), sources, passwordField).dropEmpty();
        }

        private Draft withTruthWritten(int truth, String written) {
            return written.contains(truths.get(truth).value()) ? this : rewrite(truth, written);
        }

        private List<CorpusTruth> withValue(int truth, String value) {
            List<CorpusTruth> out = new ArrayList<>(truths);
            out.set(truth, truths.get(truth).withValue(value));
            return out;
        }

        private Draft dropEmpty() {
            return new Draft(segments.stream().filter(s -> !s.text().isEmpty()).toList(), truths, sources, passwordField);
        }

        Draft withPasswordField() {
            return new Draft(segments, truths, sources, true);
        }

        /**
         * The keystrokes; {@code typoIn} names the truth that gets a typo fixed with Backspace
         * (-2: anywhere in the text, -1: none).
         */
        TypedCase typed(String id, String variant, int typoIn, Random random) {
            List<Stroke> strokes = new ArrayList<>();
            if (passwordField) {
                strokes.add(Stroke.field(FieldRole.EMAIL));
            }
            int typoAt = typoIn == -1 ? -1 : typoPosition(typoIn, random);
            int n = 0;
            for (Segment s : segments) {
                for (int i = 0; i < s.text().length(); i++, n++) {
                    char c = s.text().charAt(i);
                    if (n == typoAt) {
                        strokes.add(Stroke.typed(wrongFor(c), s.truth()));
                        strokes.add(Stroke.backspace(s.truth()));
                    }
                    strokes.add(Stroke.typed(c, s.truth()));
                    if (passwordField && c == '\t') {
                        strokes.add(Stroke.field(FieldRole.PASSWORD));
                    }
                }
            }
            return new TypedCase(id, variant, strokes, truths, sources);
        }

        /** A character position inside the chosen stretch (never its first one, never a Tab or Enter). */
        private int typoPosition(int truth, Random random) {
            List<Integer> candidates = new ArrayList<>();
            int n = 0;
            for (Segment s : segments) {
                for (int i = 0; i < s.text().length(); i++, n++) {
                    char c = s.text().charAt(i);
                    if ((truth == -2 || s.truth() == truth) && i > 0 && c != '\t' && c != '\n') {
                        candidates.add(n);
                    }
                }
            }
            return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
        }

        /** The key beside the intended one, as a slip of the finger gives. */
        static char wrongFor(char c) {
            if (c >= '0' && c <= '8' || c >= 'a' && c <= 'y' || c >= 'A' && c <= 'Y') {
                return (char) (c + 1);
            }
            if (c == '9' || c == 'z' || c == 'Z') {
                return (char) (c - 1);
            }
            return 'x';
        }
    }
}
