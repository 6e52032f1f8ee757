package org.trailmark.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.trailmark.model.FieldRole;
import org.trailmark.model.SessionLog;

/**
 * A generated, deterministic evaluation set: typed text with planted values of every kind in
 * realistic surroundings, look-alikes that must not match (order numbers, timestamps, version
 * strings, UUIDs, hashes in git output, cards and IBANs with bad check digits, fake SSNs,
 * placeholders), and small sessions with password fields. Every value is fake.
 */
public final class EvaluationCorpus {
    /** A planted value: characters {@code [start, end)} of the sample text. */
    public record Truth(FindingKind kind, int start, int end) {
    }

    /**
     * One typed text. {@code title} is the window it was typed in; {@code inferPasswords} says it
     * was captured without field context.
     */
    public record Sample(String title, String text, List<Truth> truths, boolean inferPasswords) {
        public Sample {
            truths = List.copyOf(truths);
        }
    }

    /** A session typed into a password field: the password's key events lie within [startMs, endMs]. */
    public record PasswordSession(SessionLog log, int startMs, int endMs) {
    }

    public static final long DEFAULT_SEED = 20261127L;
    /**
     * The kinds this corpus plants values of. Names and postal addresses are not among them: their
     * detectors were written after this corpus and are measured on the independent one, and adding
     * kinds here would reshuffle every sample (and the scan benchmark's text) that the seed gives.
     */
    private static final java.util.Set<FindingKind> GENERATED =
            java.util.EnumSet.range(FindingKind.PRIVATE_KEY, FindingKind.HIGH_ENTROPY);
    private static final String[] FIRST = {"ana", "ben", "chloe", "david", "eva", "farid", "grace", "hiro", "ines",
        "jonas", "kofi", "lena", "marta", "nils", "olga", "priya"};
    private static final String[] LAST = {"lima", "okafor", "martin", "schmidt", "rossi", "tanaka", "nowak",
        "garcia", "haddad", "larsen", "dubois", "silva"};
    private static final String[] DOMAINS = {"example.com", "example.org", "mail.example.net", "corp.example.co.uk",
        "example.de", "students.example.edu"};
    private static final String[] FILLER = {"Thanks for the update, I will look at it after lunch.",
        "Can we move the meeting to Thursday at 14:30?", "The build failed again on CI, see the logs.",
        "Order #4417823 shipped on 2026-11-24 and should arrive Monday.",
        "Running version 10.0.19041.1 on the test box, release 1.2.3.4 next week.",
        "git log -1\ncommit 9fceb02d0ae598e95dc970b74767f19372d61af8\nAuthor: dev",
        "request id 550e8400-e29b-41d4-a716-446655440000 failed at 2026-11-27T14:03:22Z",
        "Merge: 1a2b3c4 5d6e7f8 into main", "total: $1,299.00 (incl. 19% VAT)",
        "ISBN 978-3-16-148410-0 is on the shelf", "see https://example.com/search?q=hello+world&page=2",
        "npm install react@18.2.0 --save", "ping me @channel when ready", "room 4021, floor 3",
        "getUserAccountSettingsById returns null for new users",
        "src/main/java/org/trailmark/privacy/TextScanner.java line 120",
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 matches",
        "Chrome/120.0.6099.109 Safari/537.36", "password = ${DB_PASSWORD}", "api_key: <your key here>",
        "token = os.environ['GITHUB_TOKEN']", "-----BEGIN CERTIFICATE-----", "see the ghp_ prefix in the docs",
        "lunch at 12:45, back by 13:30", "tracking 1Z999AA10123456784", "invoice date 12/03/2024",
        "listening on 0.0.0.0:8080 and 127.0.0.1", "color #1a2b3c and #ffcc00", "the secret: changeme"};

    private final Random random;

    private EvaluationCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** {@code perKind} samples with a planted value of each kind, plus as many look-alike samples. */
    public static List<Sample> samples(long seed, int perKind) {
        return new EvaluationCorpus(seed).build(perKind);
    }

    /** Sessions typing a password into a password field between other fields, with typos fixed. */
    public static List<PasswordSession> passwordSessions(long seed, int count) {
        EvaluationCorpus c = new EvaluationCorpus(seed ^ 0x5EC2E7L);
        List<PasswordSession> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(c.passwordSession());
        }
        return out;
    }

    private PasswordSession passwordSession() {
        KeyScript s = new KeyScript(40 + random.nextInt(60));
        s.focus("Firefox", "Sign in \u2013 Example Mail \u2013 Mozilla Firefox");
        s.field(FieldRole.EMAIL, "Email");
        s.type(email());
        s.press("Tab");
        s.field(FieldRole.PASSWORD, "Password");
        String pw = password();
        int start = s.now() + 1;
        int typo = 1 + random.nextInt(pw.length() - 1);
        s.type(pw.substring(0, typo));
        if (random.nextBoolean()) {
            s.type("q").press("Backspace");
        }
        s.type(pw.substring(typo));
        int end = s.now();
        s.press("Enter");
        s.field(FieldRole.SEARCH, "Search mail");
        s.type("quarterly report");
        return new PasswordSession(s.build(), start, end);
    }

    private List<Sample> build(int perKind) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            for (FindingKind kind : GENERATED) {
                out.add(planted(kind));
            }
            out.add(lookAlike());
        }
        return out;
    }

    private Sample planted(FindingKind kind) {
        SampleText st = new SampleText();
        if (random.nextBoolean()) {
            st.plain(pick(FILLER)).plain(random.nextBoolean() ? "\n" : " ");
        }
        String title = "Notes \u2013 Text Editor";
        boolean infer = false;
        switch (kind) {
            case EMAIL -> st.plain(pick("Please send it to ", "cc: ", "my email is ", "Reply to <", "To: "))
                    .value(kind, email()).plain(pick(".", "", ">", " thanks", "\n"));
            case PHONE -> st.plain(pick("call me at ", "Phone: ", "mobile ", "reach me on ", "tel. "))
                    .value(kind, phone()).plain(pick("", " after 5pm", ".", "\n"));
            case PAYMENT_CARD -> st.plain(pick("card number ", "Paid with ", "cc ", "Card: ", ""))
                    .value(kind, card(true)).plain(pick(" exp 12/28", "", " cvv 123", "\n"));
            case IBAN -> st.plain(pick("IBAN: ", "please transfer to ", "account ", "", "Bank details "))
                    .value(kind, iban(true)).plain(pick(" BIC DEUTDEFF", "", ".", "\n"));
            case NATIONAL_ID -> st.plain(pick("SSN ", "social security number: ", "SSN: ", "my ss# is "))
                    .value(kind, ssn()).plain(pick("", ".", "\n"));
            case IP_ADDRESS -> st.plain(pick("ssh admin@", "server at ", "ping ", "host ", "allow from "))
                    .value(kind, ip()).plain(pick(" is down", "", "\n", " please"));
            case DATE_OF_BIRTH -> st.plain(pick("born on ", "DOB: ", "date of birth ", "Birthday: "))
                    .value(kind, birthDate()).plain(pick("", ".", "\n"));
            case AWS_ACCESS_KEY -> st.plain(pick("export AWS_ACCESS_KEY_ID=", "aws_access_key_id = ",
                    "key id ", "AccessKeyId: ")).value(kind, "AKIA" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
                    .plain(pick("", "\n"));
            case AWS_SECRET_KEY -> st.plain(pick("export AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key = ",
                    "AWS secret: ")).value(kind, awsSecret()).plain(pick("", "\n"));
            case GITHUB_TOKEN -> st.plain(pick("export GITHUB_TOKEN=", "git clone https://", "token ", "GH_TOKEN="))
                    .value(kind, githubToken()).plain(pick("", "@github.com/org/repo.git", "\n"));
            case SLACK_TOKEN -> st.plain(pick("SLACK_BOT_TOKEN=", "slack token ", "Authorization: Bearer "))
                    .value(kind, "xox" + pick("b", "p", "a") + "-" + chars("0123456789", 11) + "-"
                            + chars("0123456789", 13) + "-" + chars(ALNUM, 24)).plain(pick("", "\n"));
            case JWT -> st.plain(pick("Authorization: Bearer ", "jwt=", "token: ")).value(kind, jwt())
                    .plain(pick("", "\n"));
            case PRIVATE_KEY -> st.plain(pick("key:\n", "", "cat id_rsa\n")).value(kind, privateKey())
                    .plain(pick("", "\n"));
            case GENERIC_SECRET -> st.plain(pick("api_secret = \"", "client_secret: ", "DB_PASSWORD=", "apiKey: '",
                    "db_password = ")).value(kind, genericSecret()).plain(pick("\"", "", "'", "\n"));
            case HIGH_ENTROPY -> st.plain(pick("the value is ", "cookie ", "use ", "session "))
                    .value(kind, random.nextInt(3) == 0 ? chars("0123456789abcdef", 48) : chars(B64, 32 + random.nextInt(9)))
                    .plain(pick(" ok", "", "\n"));
            case PASSWORD -> {
                infer = true;
                if (random.nextBoolean()) {
                    title = pick("Sign in \u2013 Example Mail", "Log in | Example Bank", "Login - Jira");
                    st.value(FindingKind.EMAIL, email()).plain("\t").value(kind, password()).plain("\n");
                } else {
                    title = "Terminal \u2013 bash";
                    st.plain(pick("sudo systemctl restart nginx\n", "sudo apt update\n", "ssh deploy@host\n"))
                            .value(kind, password()).plain("\n");
                }
            }
        }
        if (random.nextBoolean()) {
            st.plain(random.nextBoolean() ? "\n" : " ").plain(pick(FILLER));
        }
        return st.sample(title, infer);
    }

    /** Text that must raise nothing: a look-alike among filler. */
    private Sample lookAlike() {
        SampleText st = new SampleText();
        st.plain(pick(FILLER)).plain(" ");
        switch (random.nextInt(8)) {
            case 0 -> st.plain("card " + card(false));
            case 1 -> st.plain("IBAN " + iban(false));
            case 2 -> st.plain("SSN " + pick("078-05-1120", "000-12-3456", "666-12-3456", "123-45-6789",
                    "987-65-4320", "219-09-9999", "123-00-4567"));
            case 3 -> st.plain("Order no. " + (100_000 + random.nextInt(900_000)) + "-" + random.nextInt(10_000));
            case 4 -> st.plain("commit " + chars("0123456789abcdef", 40));
            case 5 -> st.plain("[main " + chars("0123456789abcdef", 7) + "] fix typo in README");
            case 6 -> st.plain("uuid " + uuid());
            default -> st.plain("at " + (2000 + random.nextInt(26)) + "-" + two(1 + random.nextInt(12)) + "-"
                    + two(1 + random.nextInt(28)) + " " + two(random.nextInt(24)) + ":" + two(random.nextInt(60)));
        }
        st.plain(" ").plain(pick(FILLER));
        return st.sample("Notes \u2013 Text Editor", random.nextBoolean());
    }

    // ---- value generators ----

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String B64 = ALNUM + "+/";

    private String email() {
        String local = pick(FIRST) + pick(".", "_", "", "-") + pick(LAST) + (random.nextInt(4) == 0 ? random.nextInt(99) : "");
        return local + "@" + pick(DOMAINS);
    }

    private String phone() {
        String line = "01" + two(random.nextInt(100));
        return switch (random.nextInt(6)) {
            case 0 -> "+1 312 555 " + line;
            case 1 -> "(202) 555-" + line;
            case 2 -> "202-555-" + line;
            case 3 -> "+44 20 7946 0" + chars("0123456789", 3);
            case 4 -> "+49 30 " + chars("0123456789", 8);
            default -> "020 7946 0" + chars("0123456789", 3);
        };
    }

    private String card(boolean valid) {
        String[][] brands = {{"4", "16"}, {"51", "16"}, {"55", "16"}, {"2221", "16"}, {"34", "15"}, {"37", "15"},
            {"6011", "16"}, {"4", "13"}, {"3528", "16"}};
        String[] b = brands[random.nextInt(brands.length)];
        int length = Integer.parseInt(b[1]);
        StringBuilder digits = new StringBuilder(b[0]);
        while (digits.length() < length - 1) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        int check = luhnCheckDigit(digits);
        digits.append((char) ('0' + (valid ? check : (check + 1 + random.nextInt(9)) % 10)));
        String d = digits.toString();
        int style = random.nextInt(3);
        if (style == 0 || length == 13) {
            return d;
        }
        String sep = style == 1 ? " " : "-";
        if (length == 15) {
            return d.substring(0, 4) + sep + d.substring(4, 10) + sep + d.substring(10);
        }
        return d.substring(0, 4) + sep + d.substring(4, 8) + sep + d.substring(8, 12) + sep + d.substring(12);
    }

    private static int luhnCheckDigit(CharSequence payload) {
        int sum = 0;
        boolean twice = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    private String iban(boolean valid) {
        String[] countries = {"DE", "GB", "FR", "NL", "ES", "IT", "CH", "AT", "BE", "PL"};
        String country = pick(countries);
        int length = Validators.ibanLength(country);
        String bban = switch (country) {
            case "GB" -> chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + chars("0123456789", length - 8);
            case "NL" -> chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + chars("0123456789", length - 8);
            case "IT" -> chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + chars("0123456789", length - 5);
            default -> chars("0123456789", length - 4);
        };
        int rem = Validators.ibanRemainder(country + "00" + bban);
        int check = 98 - rem;
        if (!valid) {
            check = (check + 1 + random.nextInt(50)) % 97;
            if (check < 2) {
                check += 2;
            }
        }
        String compact = country + two(check) + bban;
        if (random.nextBoolean()) {
            return compact;
        }
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                spaced.append(' ');
            }
            spaced.append(compact.charAt(i));
        }
        return spaced.toString();
    }

    private String ssn() {
        int area;
        do {
            area = 1 + random.nextInt(899);
        } while (area == 666);
        String s = String.format("%03d-%02d-%04d", area, 1 + random.nextInt(99), 1 + random.nextInt(9999));
        return s.equals("078-05-1120") || s.equals("219-09-9999") || s.equals("123-45-6789") ? "512-44-8821" : s;
    }

    private String ip() {
        if (random.nextInt(4) == 0) {
            return "2001:db8:" + Integer.toHexString(random.nextInt(0xffff)) + "::" + Integer.toHexString(1 + random.nextInt(0xfff));
        }
        int first;
        do {
            first = 1 + random.nextInt(223);
        } while (first == 127);
        return first + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private String birthDate() {
        int y = 1940 + random.nextInt(66);
        int m = 1 + random.nextInt(12);
        int d = 1 + random.nextInt(28);
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        return switch (random.nextInt(5)) {
            case 0 -> y + "-" + two(m) + "-" + two(d);
            case 1 -> two(d) + "/" + two(m) + "/" + y;
            case 2 -> d + "." + m + "." + y;
            case 3 -> d + " " + months[m - 1] + " " + y;
            default -> months[m - 1] + " " + d + ", " + y;
        };
    }

    private String awsSecret() {
        String s;
        do {
            s = chars(B64, 40);
        } while (s.chars().noneMatch(Character::isUpperCase) || s.chars().noneMatch(Character::isLowerCase));
        return s;
    }

    private String githubToken() {
        if (random.nextInt(4) == 0) {
            return "github_pat_" + chars(ALNUM, 22) + "_" + chars(ALNUM, 59);
        }
        return pick("ghp_", "gho_", "ghs_", "ghu_", "ghr_") + chars(ALNUM, 36);
    }

    private String jwt() {
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String header = enc.encodeToString(("{\"alg\":\"" + pick("HS256", "RS256", "ES256") + "\",\"typ\":\"JWT\"}")
                .getBytes(StandardCharsets.UTF_8));
        String payload = enc.encodeToString(("{\"sub\":\"" + random.nextInt(1_000_000) + "\",\"name\":\"" + pick(FIRST)
                + "\",\"iat\":" + (1_700_000_000 + random.nextInt(50_000_000)) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + chars(ALNUM + "-_", 43);
    }

    private String privateKey() {
        String type = pick("RSA ", "EC ", "OPENSSH ", "");
        StringBuilder sb = new StringBuilder("-----BEGIN " + type + "PRIVATE KEY-----\n");
        int lines = 3 + random.nextInt(5);
        for (int i = 0; i < lines; i++) {
            sb.append(chars(B64, 64)).append('\n');
        }
        sb.append(chars(B64, 20)).append("==\n");
        sb.append("-----END ").append(type).append("PRIVATE KEY-----");
        return sb.toString();
    }

    private String genericSecret() {
        return chars(ALNUM, 16 + random.nextInt(16));
    }

    private String password() {
        return switch (random.nextInt(4)) {
            case 0 -> pick("Otter", "Maple", "River", "Comet") + "-" + pick("Lantern", "Falcon", "Pepper") + "-"
                    + (10 + random.nextInt(90)) + pick("!", "?", "#");
            case 1 -> pick("correct", "purple", "silent") + pick("horse", "monkey", "garden") + random.nextInt(100);
            case 2 -> chars(ALNUM + "!#%&*", 10 + random.nextInt(6));
            default -> pick("Tr0ub4dor&3", "S3cure!Pass", "w1nter_is_Coming", "Zq9!vR2#mK");
        };
    }

    private String uuid() {
        String h = chars("0123456789abcdef", 32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }

    private String chars(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    /** Builds a sample's text while recording where planted values go. */
    private static final class SampleText {
        private final StringBuilder text = new StringBuilder();
        private final List<Truth> truths = new ArrayList<>();

        SampleText plain(String s) {
            text.append(s);
            return this;
        }

        SampleText value(FindingKind kind, String v) {
            truths.add(new Truth(kind, text.length(), text.length() + v.length()));
            text.append(v);
            return this;
        }

        Sample sample(String title, boolean infer) {
            return new Sample(title, text.toString(), truths, infer);
        }
    }
}
