package org.trailmark.privacy.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.corpus.CorpusFixtures.REAL;
import static org.trailmark.privacy.corpus.CorpusFixtures.corpus;
import static org.trailmark.privacy.corpus.CorpusFixtures.text;
import static org.trailmark.privacy.corpus.CorpusFixtures.truth;
import static org.trailmark.privacy.corpus.CorpusFixtures.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.trailmark.model.FieldRole;

class TypistTest {
    private static final ProseTemplate CARD_PROSE = new ProseTemplate("t1", "Please block card no [CREDIT_CARD_NUMBER] now");

    @Test
    void theSameSeedTypesTheSameKeystrokes() {
        List<TypedCase> a = allCases(new Typist(REAL, 7));
        List<TypedCase> b = allCases(new Typist(REAL, 7));
        assertThat(a).isEqualTo(b);
        assertThat(allCases(new Typist(REAL, 8))).isNotEqualTo(a);
    }

    @Test
    void everyTypedCaseLeavesItsValuesAndACorrectionLeavesTheTextOfThePlainCase() {
        Typist typist = new Typist(REAL, CorpusEvaluation.DEFAULT_SEED);
        for (CorpusItem item : REAL.items()) {
            List<TypedCase> cases = typist.cases(item);
            Map<String, TypedCase> byVariant = cases.stream().collect(Collectors.toMap(TypedCase::variant, c -> c));
            assertThat(byVariant.get("correction").surviving()).as(item.id()).isEqualTo(byVariant.get("plain").surviving());
            for (TypedCase c : cases) {
                for (int t = 0; t < c.truths().size(); t++) {
                    assertThat(c.survivingOf(t)).as(item.id() + "/" + c.variant()).isEqualTo(c.truths().get(t).value());
                }
            }
        }
    }

    @Test
    void aCorrectionTypesAWrongKeyInsideTheValueAndErasesIt() {
        Typist typist = new Typist(corpus(List.of(value("c", "payment_card", "4111111111111111")), List.of(CARD_PROSE),
                List.of()), 1);
        TypedCase c = typist.cases(value("c", "payment_card", "4111111111111111")).get(1);
        assertThat(c.variant()).isEqualTo("correction");
        int backspace = indexOf(c, Stroke.Type.BACKSPACE);
        assertThat(backspace).isPositive();
        assertThat(c.strokes().get(backspace).truth()).isZero();
        assertThat(c.strokes().get(backspace - 1).c()).isNotEqualTo(c.strokes().get(backspace + 1).c());
        assertThat(c.surviving()).isEqualTo("Please block card no 4111111111111111 now\n");
    }

    @Test
    void valuesAreWrittenTheWaysPeopleWriteThem() {
        IndependentCorpus small = corpus(List.of(value("card", "payment_card", "4111111111111111"),
                value("amex", "payment_card", "371449635398431"), value("dob", "date_of_birth", "3/29/1982"),
                value("iban", "iban", "DE89370400440532013000"), value("phone", "phone", "082 490 1693"),
                value("mail", "email", "MarieH@Example.org")), List.of(), List.of());
        Typist typist = new Typist(small, 3);
        assertThat(written(typist, small, "card", "separators")).matches("4111([ -])1111\\11111\\11111");
        assertThat(written(typist, small, "card", "fields")).isEqualTo("4111\t1111\t1111\t1111");
        assertThat(written(typist, small, "amex", "separators")).matches("3714([ -])496353\\198431");
        assertThat(written(typist, small, "dob", "fields")).isEqualTo("3\t29\t1982");
        assertThat(written(typist, small, "iban", "separators")).isEqualTo("DE89 3704 0044 0532 0130 00");
        assertThat(written(typist, small, "iban", "case")).isEqualTo("de89370400440532013000");
        assertThat(written(typist, small, "phone", "separators")).isEqualTo("0824901693");
        assertThat(written(typist, small, "phone", "fields")).isEqualTo("082\t490 1693");
        TypedCase url = case_(typist, small, "mail", "url");
        assertThat(url.truths().get(0).value()).isEqualTo("MarieH@Example.org");
        assertThat(url.surviving()).isEqualTo("https://accounts.example.com/recover?email=MarieH@Example.org\n");
    }

    @Test
    void aSignInIsAlsoTypedIntoAKnownPasswordField() {
        CorpusItem login = new CorpusItem("login", "test", "a@example.org\tsecret12\n",
                List.of(truth("email", "a@example.org"), truth("password", "secret12")), null, false, true);
        Typist typist = new Typist(corpus(List.of(login), List.of(), List.of()), 1);
        List<TypedCase> cases = typist.cases(login);
        assertThat(cases.get(0).passwordFieldKnown()).isFalse();
        TypedCase field = cases.stream().filter(c -> c.variant().equals("field-context")).findFirst().orElseThrow();
        assertThat(field.passwordFieldKnown()).isTrue();
        int tab = -1;
        for (int i = 0; i < field.strokes().size(); i++) {
            if (field.strokes().get(i).c() == '\t') {
                tab = i;
            }
        }
        assertThat(field.strokes().get(tab + 1).role()).isEqualTo(FieldRole.PASSWORD);
        assertThat(field.surviving()).isEqualTo(cases.get(0).surviving());
    }

    @Test
    void otherSlotsOfTheTemplateBecomeTruthsOfTheirOwnKindAndFillersDoNot() {
        ProseTemplate t = new ProseTemplate("t", "Hello, this is [TITLE] [PERSON]. Card [CREDIT_CARD_NUMBER].");
        CorpusItem card = value("card", "payment_card", "4111111111111111");
        CorpusItem name = value("name", "person_name", "Ana Lima");
        Typist typist = new Typist(corpus(List.of(card, name), List.of(t), List.of()), 1);
        TypedCase plain = typist.cases(card).get(0);
        assertThat(plain.surviving()).isEqualTo("Hello, this is Dr. Ana Lima. Card 4111111111111111.\n");
        assertThat(plain.truths()).extracting(CorpusTruth::kind).containsExactly("payment_card", "person_name");
        assertThat(plain.sources()).containsExactly("card", "name");
    }

    @Test
    void aLookAlikeIsTypedPlainAndWithATypoOnly() {
        CorpusItem look = text("look", "ISBN 978-9024538270");
        List<TypedCase> cases = new Typist(corpus(List.of(look), List.of(), List.of()), 1).cases(look);
        assertThat(cases).extracting(TypedCase::variant).containsExactly("plain", "correction");
        assertThat(cases.get(1).surviving()).isEqualTo("ISBN 978-9024538270");
        assertThat(cases.get(1).strokes()).anyMatch(s -> s.type() == Stroke.Type.BACKSPACE);
    }

    @Property
    void typosAreAlwaysAnotherKey(@ForAll char c) {
        assertThat(Typist.Draft.wrongFor(c)).isNotEqualTo(c);
    }

    @Property
    void ownTextIsCutIntoProseAndValuesWithoutLosingACharacter(@ForAll @AlphaChars @StringLength(max = 12) String before,
            @ForAll @NumericChars @StringLength(min = 1, max = 19) String digits,
            @ForAll @AlphaChars @StringLength(max = 12) String after) {
        String text = before + " " + digits + " " + after;
        Typist.Draft d = Typist.Draft.ofText(text, List.of(truth("payment_card", digits)), "p");
        assertThat(d.segments().stream().map(Typist.Draft.Segment::text).collect(Collectors.joining())).isEqualTo(text);
        assertThat(d.segments()).filteredOn(s -> s.truth() == 0).singleElement()
                .extracting(Typist.Draft.Segment::text).isEqualTo(digits);
    }

    private static List<TypedCase> allCases(Typist typist) {
        List<TypedCase> out = new ArrayList<>();
        REAL.items().forEach(i -> out.addAll(typist.cases(i)));
        return out;
    }

    private static TypedCase case_(Typist typist, IndependentCorpus c, String id, String variant) {
        CorpusItem item = c.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        return typist.cases(item).stream().filter(x -> x.variant().equals(variant)).findFirst().orElseThrow();
    }

    private static String written(Typist typist, IndependentCorpus c, String id, String variant) {
        return case_(typist, c, id, variant).truths().get(0).value();
    }

    private static int indexOf(TypedCase c, Stroke.Type type) {
        for (int i = 0; i < c.strokes().size(); i++) {
            if (c.strokes().get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }
}
