package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.review.FindingsService;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

class FindingsServiceTest {
    private static final GeneratedSession CHECKOUT = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(4);

    private static List<Flag> scan(String id) {
        return SessionScanner.scan(CHECKOUT.log()).findings().stream().map(f -> f.toFlag(id)).toList();
    }

    @Test
    void storesSuggestionsAndARescanChangesNothing(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(dir.resolve("w.trailmark"))) {
            String id = CHECKOUT.info().id();
            ws.sessions().add(CHECKOUT.info(), CHECKOUT.log(), "generated", "test");
            FindingsService service = new FindingsService(ws, "tester");
            FindingsService.Outcome first = service.store(id, scan(id));
            assertThat(first.added()).isEqualTo(first.flags().size()).isPositive();
            assertThat(first.flags()).allSatisfy(f -> assertThat(f.status()).isEqualTo(FlagStatus.SUGGESTED));
            FindingsService.Outcome again = service.store(id, scan(id));
            assertThat(again.added()).isZero();
            assertThat(again.withdrawn()).isZero();
            assertThat(again.flags()).isEqualTo(first.flags());
        }
    }

    @Test
    void decidedFlagsSurviveWhileStaleSuggestionsAreWithdrawnAndManualFlagsUntouched(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(dir.resolve("w.trailmark"))) {
            String id = CHECKOUT.info().id();
            ws.sessions().add(CHECKOUT.info(), CHECKOUT.log(), "generated", "test");
            ReviewService review = new ReviewService(ws, "tester");
            Flag manual = review.addFlag(Flag.manual(id, 10, 20, FlagCategory.PRIVATE, null));
            FindingsService service = new FindingsService(ws, "tester");
            List<Flag> stored = service.store(id, scan(id)).flags();
            Flag card = stored.stream().filter(f -> "payment_card".equals(f.detector())).findFirst().orElseThrow();
            Flag email = stored.stream().filter(f -> "email".equals(f.detector())).findFirst().orElseThrow();
            // The reviewer confirms the card and widens it; rejects the e-mail.
            Flag widened = review.editFlag(card.withSpan(card.startMs() - 500, card.endMs() + 500)
                    .withStatus(FlagStatus.CONFIRMED));
            review.setFlagStatus(email.id(), FlagStatus.REJECTED);
            // A later scan that no longer finds the phone withdraws that suggestion only.
            List<Flag> withoutPhone = scan(id).stream().filter(f -> !"phone".equals(f.detector())).toList();
            FindingsService.Outcome outcome = service.store(id, withoutPhone);
            assertThat(outcome.withdrawn()).isEqualTo(1);
            assertThat(outcome.added()).isZero();
            List<Flag> now = ws.flags().ofSession(id);
            assertThat(now).contains(manual);
            assertThat(ws.flags().find(widened.id())).get().isEqualTo(widened);
            assertThat(ws.flags().find(email.id())).get().extracting(Flag::status).isEqualTo(FlagStatus.REJECTED);
            assertThat(now).noneMatch(f -> "phone".equals(f.detector()));
        }
    }
}
