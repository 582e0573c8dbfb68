package dev.tailor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The workbook's review cells win over earlier ones, except where the workbook has nothing to say. */
class ReviewEditsTest {

    private static final String ID = "1a1a1a1a1a1a";
    private static final ReviewEntry EARLIER = new ReviewEntry(ID, "approved", "strong match");

    @Test
    void aClearedStatusStaysCleared() {
        ReviewEdits edits = new ReviewEdits(Map.of(ID, new ReviewEntry(ID, null, "strong match")), true, true);

        assertThat(edits.mergedInto(Map.of(ID, EARLIER))).containsEntry(ID, new ReviewEntry(ID, null, "strong match"));
    }

    @Test
    void aDeletedRowKeepsItsEarlierReview() {
        ReviewEdits edits = new ReviewEdits(Map.of(), true, true);

        assertThat(edits.mergedInto(Map.of(ID, EARLIER))).containsEntry(ID, EARLIER);
    }

    @Test
    void aDeletedColumnKeepsItsEarlierValues() {
        ReviewEdits edits = new ReviewEdits(Map.of(ID, new ReviewEntry(ID, "sent", null)), true, false);

        assertThat(edits.mergedInto(Map.of(ID, EARLIER))).containsEntry(ID, new ReviewEntry(ID, "sent", "strong match"));
    }

    @Test
    void aDeletedStatusColumnGivesANewPostingTheDefaultStatus() {
        ReviewEdits edits = new ReviewEdits(Map.of(ID, new ReviewEntry(ID, null, "first look")), false, true);

        assertThat(edits.mergedInto(Map.of())).containsEntry(ID, new ReviewEntry(ID, "to review", "first look"));
    }
}
