package org.trailmark.io.keys;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PynputKeyTranslatorTest {

    private final PynputKeyTranslator keys = new PynputKeyTranslator(KeyPlatform.MAC);

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "a|KeyA|a", "A|KeyA|A", "z|KeyZ|z", "1|Digit1|1", "!|Digit1|!", "0|Digit0|0", ")|Digit0|)",
        "-|Minus|-", "_|Minus|_", "/|Slash|/", "?|Slash|?", "`|Backquote|`", "~|Backquote|~",
        "space|Space|' '", "Key.space|Space|' '", "' '|Space|' '",
        "enter|Enter|NULL", "Key.enter|Enter|NULL", "backspace|Backspace|NULL", "Key.backspace|Backspace|NULL",
        "Key.tab|Tab|NULL", "tab|Tab|NULL", "Key.esc|Escape|NULL", "Key.delete|Delete|NULL",
        "Key.up|ArrowUp|NULL", "Key.down|ArrowDown|NULL", "left|ArrowLeft|NULL", "Key.right|ArrowRight|NULL",
        "Key.home|Home|NULL", "Key.end|End|NULL", "Key.page_up|PageUp|NULL", "page_down|PageDown|NULL",
        "Key.f1|F1|NULL", "Key.f12|F12|NULL", "f24|F24|NULL",
        "Key.shift|ShiftLeft|NULL", "Key.shift_l|ShiftLeft|NULL", "shift|ShiftLeft|NULL", "Key.shift_r|ShiftRight|NULL",
        "Key.ctrl_l|ControlLeft|NULL", "Key.ctrl_r|ControlRight|NULL", "Key.cmd|MetaLeft|NULL", "Key.cmd_r|MetaRight|NULL",
        "Key.alt|AltLeft|NULL", "Key.alt_r|AltRight|NULL", "Key.caps_lock|CapsLock|NULL",
    })
    void mapsPynputNamesToW3cCodeAndText(String name, String code, String text) {
        PynputKeyTranslator.Translation press = keys.press(name);

        assertThat(press.code()).isEqualTo(code);
        assertThat(press.text()).isEqualTo(text);
        assertThat(press.warning()).isNull();
    }

    @Test
    void readsPythonLiteralsWithQuotesAndEscapes() {
        assertThat(keys.press("'a'")).isEqualTo(new PynputKeyTranslator.Translation("KeyA", "a", null));
        assertThat(keys.press("'A'")).isEqualTo(new PynputKeyTranslator.Translation("KeyA", "A", null));
        assertThat(keys.press("\"'\"")).isEqualTo(new PynputKeyTranslator.Translation("Quote", "'", null));
        assertThat(keys.press("'\\\\'")).isEqualTo(new PynputKeyTranslator.Translation("Backslash", "\\", null));
        assertThat(keys.press("'\\u00e9'").text()).isEqualTo("é");
    }

    @Test
    void releaseProducesNoText() {
        keys.press("a");

        assertThat(keys.release("a").text()).isNull();
        assertThat(keys.release("a").code()).isEqualTo("KeyA");
    }

    @Test
    void letterTypesNothingWhileControlOrCommandIsHeld() {
        keys.press("Key.ctrl_l");
        assertThat(keys.press("c").text()).isNull();
        keys.release("c");
        keys.release("Key.ctrl_l");
        assertThat(keys.press("c").text()).isEqualTo("c");

        keys.press("cmd");
        assertThat(keys.press("v").text()).isNull();
        assertThat(keys.press("space").text()).isNull();
        keys.release("cmd");
        assertThat(keys.press("v").text()).isEqualTo("v");
    }

    @Test
    void releaseOfTheGenericNameEndsEitherSide() {
        keys.press("Key.ctrl_r");
        keys.release("Key.ctrl");

        assertThat(keys.press("x").text()).isEqualTo("x");
    }

    @Test
    void releaseAllForgetsAModifierWhoseReleaseWasLost() {
        keys.press("Key.cmd");
        keys.releaseAll();

        assertThat(keys.press("q").text()).isEqualTo("q");
    }

    @Test
    void windowsControlCharactersBecomeTheirLetterWithoutText() {
        PynputKeyTranslator windows = new PynputKeyTranslator(KeyPlatform.WINDOWS);

        assertThat(windows.press("\u0003")).isEqualTo(new PynputKeyTranslator.Translation("KeyC", null, null));
        assertThat(windows.press("'\\x01'")).isEqualTo(new PynputKeyTranslator.Translation("KeyA", null, null));
        assertThat(windows.press("'\\x1a'").code()).isEqualTo("KeyZ");
    }

    @Test
    void virtualKeyCodeIsReadForTheCapturePlatform() {
        assertThat(new PynputKeyTranslator(KeyPlatform.MAC).press("<84>"))
                .isEqualTo(new PynputKeyTranslator.Translation("Numpad2", "2", null));
        assertThat(new PynputKeyTranslator(KeyPlatform.WINDOWS).press("<84>"))
                .isEqualTo(new PynputKeyTranslator.Translation("KeyT", "t", null));
        assertThat(new PynputKeyTranslator(KeyPlatform.LINUX).press("<84>"))
                .isEqualTo(new PynputKeyTranslator.Translation("KeyT", "T", null));
        assertThat(new PynputKeyTranslator(KeyPlatform.WINDOWS).press("<186>").code()).isEqualTo("Semicolon");
        assertThat(new PynputKeyTranslator(KeyPlatform.MAC).press("<0>").code()).isEqualTo("KeyA");
        assertThat(new PynputKeyTranslator(KeyPlatform.MAC).press("<17>").code()).isEqualTo("KeyT");
        assertThat(new PynputKeyTranslator(KeyPlatform.MAC).press("<16>").code()).isEqualTo("KeyY");
        assertThat(new PynputKeyTranslator(KeyPlatform.MAC).press("<123>").code()).isEqualTo("ArrowLeft");
    }

    @Test
    void virtualLetterKeyTypesUppercaseWithShift() {
        PynputKeyTranslator windows = new PynputKeyTranslator(KeyPlatform.WINDOWS);
        windows.press("Key.shift");

        assertThat(windows.press("<65>").text()).isEqualTo("A");
        assertThat(windows.press("<49>").text()).isEqualTo("!");
    }

    @Test
    void unknownVirtualKeyIsUnidentifiedWithOneWarningPerName() {
        PynputKeyTranslator unknown = new PynputKeyTranslator(KeyPlatform.UNKNOWN);

        PynputKeyTranslator.Translation first = unknown.press("<84>");
        PynputKeyTranslator.Translation again = unknown.release("<84>");
        PynputKeyTranslator.Translation other = unknown.press("<85>");

        assertThat(first.code()).isEqualTo("Unidentified");
        assertThat(first.text()).isNull();
        assertThat(first.warning()).contains("<84>");
        assertThat(again.warning()).isNull();
        assertThat(other.warning()).contains("<85>");
    }

    @Test
    void missingNameIsUnidentified() {
        PynputKeyTranslator.Translation press = keys.press(null);

        assertThat(press.code()).isEqualTo("Unidentified");
        assertThat(press.text()).isNull();
        assertThat(press.warning()).isNotBlank();
    }

    @Test
    void unknownPynputNameIsNamedInTheWarningButOtherNamesAreNot() {
        assertThat(keys.press("Key.hyper").warning()).contains("Key.hyper");

        PynputKeyTranslator.Translation typedLooking = keys.press("hunter2");
        assertThat(typedLooking.code()).isEqualTo("Unidentified");
        assertThat(typedLooking.warning()).doesNotContain("hunter2");
        assertThat(keys.press("'ab'").warning()).doesNotContain("ab'");
    }

    @Test
    void characterOutsideTheUsLayoutKeepsItsTextWithUnidentifiedCode() {
        PynputKeyTranslator.Translation press = keys.press("é");

        assertThat(press.code()).isEqualTo("Unidentified");
        assertThat(press.text()).isEqualTo("é");
        assertThat(press.warning()).isNull();
    }

    @Property(tries = 200)
    void everyPrintableAsciiCharacterTypesItselfOnAKnownKey(@ForAll @CharRange(from = ' ', to = '~') char c) {
        PynputKeyTranslator.Translation press = new PynputKeyTranslator(KeyPlatform.UNKNOWN).press(String.valueOf(c));

        assertThat(press.code()).isNotEqualTo("Unidentified");
        assertThat(press.text()).isEqualTo(String.valueOf(c));
    }

    @Property(tries = 200)
    void writtenNameReadsBackAsTheSameKeyAndText(@ForAll @CharRange(from = ' ', to = '~') char c) {
        PynputKeyTranslator.Translation press = new PynputKeyTranslator(KeyPlatform.UNKNOWN).press(String.valueOf(c));

        String name = PynputKeyNames.nameOf(press.code(), press.text());

        assertThat(new PynputKeyTranslator(KeyPlatform.UNKNOWN).press(name)).isEqualTo(press);
    }

    @Property(tries = 300)
    void anyNameGivesACodeAndNeverThrows(@ForAll("names") String name, @ForAll("platforms") KeyPlatform platform) {
        PynputKeyTranslator translator = new PynputKeyTranslator(platform);

        PynputKeyTranslator.Translation press = translator.press(name);
        PynputKeyTranslator.Translation release = translator.release(name);

        assertThat(press.code()).isNotBlank();
        assertThat(release.code()).isEqualTo(press.code());
        assertThat(release.text()).isNull();
    }

    @Property(tries = 200)
    void virtualKeyCodesNeverThrowOnAnyPlatform(@ForAll @IntRange(min = 0, max = 70000) int vk,
                                                @ForAll("platforms") KeyPlatform platform) {
        PynputKeyTranslator.Translation press = new PynputKeyTranslator(platform).press("<" + vk + ">");

        assertThat(press.code()).isNotBlank();
        if (press.code().equals("Unidentified")) {
            assertThat(press.warning()).contains("<" + vk + ">");
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("Key.<>'\\x0123abc_").ofMaxLength(10),
                Arbitraries.of("Key.", "'", "''", "'\\'", "'\\x'", "'\\u12'", "<>", "<99999999999>", "vk_", "\u0000"));
    }

    @Provide
    Arbitrary<KeyPlatform> platforms() {
        return Arbitraries.of(KeyPlatform.class);
    }
}
