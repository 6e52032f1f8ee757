package org.trailmark.privacy.detect;

import java.util.List;

/**
 * Every detector, in the order the scanner asks them at one place. The order only settles ties:
 * overlapping hits are judged by {@link org.trailmark.privacy.FindingKind} precedence first. To add
 * a kind, write its detector and add one line here.
 */
public final class Detectors {
    private static final List<Detector> ALL = List.of(
            new PrivateKeyDetector(),
            new JwtDetector(),
            new GithubTokenDetector(),
            new SlackTokenDetector(),
            new AwsAccessKeyDetector(),
            new AwsSecretKeyDetector(),
            new IbanDetector(),
            new PaymentCardDetector(),
            new EmailDetector(),
            new PhoneDetector(),
            new NationalIdDetector(),
            new Ipv4Detector(),
            new DateOfBirthDetector(),
            new AssignedSecretDetector(),
            new Ipv6Detector(),
            new InferredPasswordDetector(),
            new HighEntropyDetector(),
            new NameFieldDetector(),
            new LabelledNameDetector(),
            new SalutationNameDetector(),
            new HonorificNameDetector(),
            new SignOffNameDetector(),
            new GivenNameDetector(),
            new AddressFieldDetector(),
            new LabelledAddressDetector(),
            new StreetAddressDetector(),
            new PostcodeTownDetector(),
            new UkPostcodeDetector());

    private Detectors() {
    }

    public static List<Detector> all() {
        return ALL;
    }
}
