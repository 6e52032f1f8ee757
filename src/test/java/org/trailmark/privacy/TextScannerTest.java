package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One behaviour per detector: what it finds, and the look-alikes it must leave alone. */
class TextScannerTest {
    private static List<String> found(String text, FindingKind kind) {
        return TextScanner.scan(text).stream().filter(m -> m.kind() == kind)
                .map(m -> text.substring(m.start(), m.end())).toList();
    }

    private static void assertFinds(FindingKind kind, String text, String value) {
        assertThat(found(text, kind)).as(text).containsExactly(value);
    }

    private static void assertNothing(String text) {
        assertThat(TextScanner.scan(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "card 4111 1111 1111 1111 exp 12/28|4111 1111 1111 1111",
        "paid with 5500-0000-0000-0004.|5500-0000-0000-0004",
        "amex 3782 822463 10005 thanks|3782 822463 10005",
        "4012888888881881|4012888888881881"})
    void paymentCardsWithSpacesDashesOrNoneAndAValidLuhn(String text, String value) {
        assertFinds(FindingKind.PAYMENT_CARD, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"card 4111 1111 1111 1112", "order 1234567890123456", "0000 0000 0000 0000",
        "call 4111 1111", "total 4111111111111111.50"})
    void invalidChecksumsUnknownBrandsAndShortRunsAreNoCard(String text) {
        assertThat(found(text, FindingKind.PAYMENT_CARD)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IBAN: DE89 3704 0044 0532 0130 00.|DE89 3704 0044 0532 0130 00",
        "to GB82WEST12345698765432 today|GB82WEST12345698765432",
        "NL91ABNA0417164300|NL91ABNA0417164300"})
    void ibansWithTheirCountryLengthAndMod97(String text, String value) {
        assertFinds(FindingKind.IBAN, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IBAN DE88 3704 0044 0532 0130 00", "GB82WEST1234569876543", "XX89370400440532013000"})
    void ibansWithBadCheckDigitsLengthOrCountryAreNot(String text) {
        assertThat(found(text, FindingKind.IBAN)).isEmpty();
    }

    @Test
    void emailsNeedADomainWithALetterTld() {
        assertFinds(FindingKind.EMAIL, "write to ana.lima@example.com.", "ana.lima@example.com");
        assertFinds(FindingKind.EMAIL, "<ben+news@mail.example.co.uk>", "ben+news@mail.example.co.uk");
        assertNothing("npm i react@18.2.0 and ping @channel");
        assertNothing("git clone git@github.com:org/repo.git");
        assertNothing("logo@2x.png is sharp, root@localhost too");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "call (202) 555-0147 now|(202) 555-0147",
        "Phone: +1 312 555 0182|+1 312 555 0182",
        "mobile +44 20 7946 0958|+44 20 7946 0958",
        "at 202-555-0163.|202-555-0163",
        "tel 020 7946 0958|020 7946 0958"})
    void phonesInInternationalAndNationalForms(String text, String value) {
        assertFinds(FindingKind.PHONE, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"at 2026-11-27 14:03:22", "Order #4417823", "ISBN 978-3-16-148410-0", "version 10.0.19041.1",
        "total 1,299.00", "room 4021"})
    void timestampsOrderNumbersAndVersionsAreNoPhone(String text) {
        assertNothing(text);
    }

    @Test
    void ssnFollowsTheSsaRulesAndRejectsKnownFakes() {
        assertFinds(FindingKind.NATIONAL_ID, "SSN 512-44-8821", "512-44-8821");
        assertFinds(FindingKind.NATIONAL_ID, "social security number 512448821", "512448821");
        for (String fake : List.of("078-05-1120", "000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567",
                "123-45-0000", "123-45-6789", "219-09-9999")) {
            assertThat(found("SSN " + fake, FindingKind.NATIONAL_ID)).as(fake).isEmpty();
        }
        assertThat(found("part 512448821", FindingKind.NATIONAL_ID)).isEmpty();
    }

    @Test
    void ipAddressesButNotVersionsOrLoopback() {
        assertFinds(FindingKind.IP_ADDRESS, "ssh admin@203.0.113.42 now", "203.0.113.42");
        assertFinds(FindingKind.IP_ADDRESS, "host 2001:db8:85a3::8a2e:370:7334 up", "2001:db8:85a3::8a2e:370:7334");
        assertNothing("version 1.2.3.4 and 10.0.19041.1 and 256.1.1.1");
        assertNothing("listening on 127.0.0.1 and 0.0.0.0 at 12:30:45");
        assertNothing("mac 00:1a:2b:3c:4d:5e std::string");
    }

    @Test
    void datesCountAsBirthDatesOnlyRightAfterABirthWord() {
        assertFinds(FindingKind.DATE_OF_BIRTH, "born on 12 March 1985", "12 March 1985");
        assertFinds(FindingKind.DATE_OF_BIRTH, "DOB: 1985-03-12", "1985-03-12");
        assertFinds(FindingKind.DATE_OF_BIRTH, "date of birth March 12, 1985", "March 12, 1985");
        assertNothing("invoice date 12/03/2024");
        assertThat(found("born 1985-03-12, joined 2020-01-01", FindingKind.DATE_OF_BIRTH)).containsExactly("1985-03-12");
    }

    @Test
    void awsKeysNeedTheirPrefixLengthAndForSecretsAnAwsContext() {
        assertFinds(FindingKind.AWS_ACCESS_KEY, "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE");
        assertNothing("AKIAIOSFODNN7EXAMPL is too short");
        String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        assertFinds(FindingKind.AWS_SECRET_KEY, "aws_secret_access_key = " + secret, secret);
        assertThat(found("value " + secret, FindingKind.AWS_SECRET_KEY)).isEmpty();
    }

    @Test
    void githubSlackAndJwtTokensByPrefixAndShape() {
        String ghp = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
        assertFinds(FindingKind.GITHUB_TOKEN, "GITHUB_TOKEN=" + ghp, ghp);
        assertNothing("the ghp_ prefix, ghp_short");
        String slack = "xoxb-12345678901-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx";
        assertFinds(FindingKind.SLACK_TOKEN, "token " + slack, slack);
        String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
                + "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        assertFinds(FindingKind.JWT, "Authorization: Bearer " + jwt, jwt);
        assertThat(found("eyJzdWIiOiIxMjM0NTY3ODkwIn0 alone", FindingKind.JWT)).isEmpty();
    }

    @Test
    void privateKeyBlocksButNotCertificatesOrPublicKeys() {
        String key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
        assertFinds(FindingKind.PRIVATE_KEY, "cat id_rsa\n" + key + "\n$ ", key);
        assertNothing("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
        assertNothing("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void genericAssignmentsNeedARealLookingValue() {
        assertFinds(FindingKind.GENERIC_SECRET, "api_secret = \"Zx8vQ2mN4pL7rT1w\"", "Zx8vQ2mN4pL7rT1w");
        assertFinds(FindingKind.GENERIC_SECRET, "DB_PASSWORD=Summer2024!", "Summer2024!");
        assertNothing("password = ${DB_PASSWORD}");
        assertNothing("api_key: <your key here>");
        assertNothing("secret: changeme");
        assertNothing("token = os.environ['GITHUB_TOKEN']");
    }

    @Test
    void highEntropyStringsButNotHashesInGitOutputOrUuids() {
        assertThat(found("cookie QnvUnVixth7jytWJbdjUzpjYkPlxvdVb ok", FindingKind.HIGH_ENTROPY)).hasSize(1);
        assertNothing("commit 9fceb02d0ae598e95dc970b74767f19372d61af8");
        assertNothing("request 550e8400-e29b-41d4-a716-446655440000 failed");
        assertNothing("getUserAccountSettingsById returns src/main/java/org/trailmark/TextScanner.java");
    }

    @Test
    void passwordsAreInferredFromLoginContextWithoutFieldContext() {
        List<TextMatch> login = TextScanner.scan("ana@example.com\tOtter-Lantern-42!\n", "Sign in \u2013 Webmail", true);
        assertThat(login).extracting(TextMatch::kind).containsExactly(FindingKind.EMAIL, FindingKind.PASSWORD);
        List<TextMatch> sudo = TextScanner.scan("sudo apt update\nhunter2hunter\n", "Terminal", true);
        assertThat(sudo).extracting(TextMatch::kind).containsExactly(FindingKind.PASSWORD);
        assertThat(TextScanner.scan("ls -la\nmake test\n", "Terminal", true)).isEmpty();
        assertThat(TextScanner.scan("hello\nthanks!\n", "Slack", true)).isEmpty();
        assertThat(TextScanner.scan("ana@example.com\tOtter-Lantern-42!\n", "Sign in", false))
                .extracting(TextMatch::kind).containsExactly(FindingKind.EMAIL);
    }

    @Test
    void aNumberInsideALongerGroupedNumberIsJudgedOnlyWithItsSequence() {
        assertThat(found("IBAN FR59 8967 3913 1976 2581 7261 023", FindingKind.PAYMENT_CARD)).isEmpty();
        assertThat(found("card 3462-087236-81449", FindingKind.PHONE)).isEmpty();
        assertFinds(FindingKind.PAYMENT_CARD, "floor 3 4111111111111111", "4111111111111111");
        assertFinds(FindingKind.PAYMENT_CARD, "Paid with 4111 1111 1111 1111", "4111 1111 1111 1111");
    }

    @Test
    void overlappingHitsKeepTheMoreSpecificKind() {
        String text = "git clone https://ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8@github.com/org/repo.git";
        assertThat(TextScanner.scan(text)).extracting(TextMatch::kind).containsExactly(FindingKind.GITHUB_TOKEN);
    }
}
