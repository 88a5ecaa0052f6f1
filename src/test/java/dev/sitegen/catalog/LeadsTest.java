package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 15: statements that speak as the authors become title openings that name the action. */
class LeadsTest {
    @Test
    void turnsTheAuthorsVerbIntoItsIngForm() {
        assertEquals(
                Optional.of("training two compact evaluators on curated data"),
                Leads.action("We train two compact evaluators on curated data"));
        assertEquals(
                Optional.of("stabilizing sparse training by bounding the update"),
                Leads.action("In this work, we stabilize sparse training by bounding the update"));
    }

    @Test
    void coordinatedVerbsReadAlike() {
        assertEquals(
                Optional.of("measuring and improving the robustness of agents"),
                Leads.action("We measure and improve the robustness of agents"));
    }

    @Test
    void keepsTheMeansOfAByClause() {
        assertEquals(
                Optional.of("Adding hints to hard questions, the method learns faster"),
                Leads.action("By adding hints to hard questions, the method learns faster")
                        .map(s -> "A" + s.substring(1)));
    }

    @Test
    void anObjectThatPointsBackOrAStanceIsNoAction() {
        assertTrue(Leads.action("We address this with a new loss").isEmpty());
        assertTrue(Leads.action("We believe sparse models generalise").isEmpty());
        assertTrue(Leads.action("Sparse models generalise").isEmpty());
    }

    @Test
    void spellsRegularPastForms() {
        assertEquals("developing", Leads.gerundOf("developed"));
        assertEquals("stabilizing", Leads.gerundOf("stabilized"));
        assertEquals("applying", Leads.gerundOf("applied"));
        assertEquals("running", Leads.gerundOf("run"));
    }

    @Test
    void dropsALeadingSceneSetter() {
        assertEquals(
                "a two-term law predicts accuracy",
                Leads.withoutScene("For a fixed data budget, a two-term law predicts accuracy"));
        assertEquals(
                "for tasks, using feedback to guide synthesis",
                Leads.withoutScene("for tasks, using feedback to guide synthesis"));
        assertEquals(
                "RL composes them into new skills",
                Leads.withoutScene("once a model has acquired atomic skills, RL composes them into new skills"));
    }

    @Test
    void thisWorkAsSubjectLosesItsVerbsS() {
        assertEquals(
                Optional.of("fine-tuning a vision model on annotated images"),
                Leads.action("This work fine-tunes a vision model on annotated images"));
    }

    @Test
    void anAdverbAfterWeIsNoAction() {
        assertEquals(Optional.empty(), Leads.action("We further demonstrate that scores help."));
    }
}
