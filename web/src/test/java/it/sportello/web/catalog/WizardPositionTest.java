package it.sportello.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.sportello.web.catalog.WizardPosition.Stage;

/**
 * Drafts keep the wizard's position as a number and are resumed by later releases: the number a
 * stage was stored with must keep opening the same stage, whatever the order of the enum.
 */
class WizardPositionTest {

    /** The stages in the order drafts were first stored with, when the number was the enum's place times 100. */
    private static final List<String> STORED_ORDER =
            List.of("PRIVACY", "APPLICANT", "ROLE", "FORM", "PAYMENT", "SUMMARY");

    @Test
    void everyStageAndSectionComesBackAsItWasStored() {
        for (Stage stage : Stage.values()) {
            for (int section : new int[] {0, 1, 7, 99}) {
                WizardPosition position = new WizardPosition(stage, section);

                assertThat(WizardPosition.fromStored(position.toStored())).isEqualTo(position);
            }
        }
    }

    @Test
    void eachStageKeepsTheCodeItsDraftsWereStoredWith() {
        assertThat(Arrays.stream(Stage.values()).map(stage -> stage.name() + "=" + stage.code()))
                .containsExactlyInAnyOrder("PRIVACY=0", "APPLICANT=1", "ROLE=2", "FORM=3", "PAYMENT=4", "SUMMARY=5");
    }

    @Test
    void noTwoStagesShareACode() {
        assertThat(Arrays.stream(Stage.values()).map(Stage::code)).doesNotHaveDuplicates();
    }

    @Test
    void numbersStoredBeforeTheCodesOpenTheSameStageAndSection() {
        for (int stored = 0; stored < 800; stored++) {
            Stage before = Stage.valueOf(STORED_ORDER.get(Math.min(stored / 100, STORED_ORDER.size() - 1)));

            assertThat(WizardPosition.fromStored(stored))
                    .as("stored %d", stored)
                    .isEqualTo(new WizardPosition(before, stored % 100));
        }
    }

    @Test
    void storedNumbersSeenInDraftsOpenWhereTheyWereLeft() {
        assertThat(WizardPosition.fromStored(0)).isEqualTo(new WizardPosition(Stage.PRIVACY, 0));
        assertThat(WizardPosition.fromStored(100)).isEqualTo(new WizardPosition(Stage.APPLICANT, 0));
        assertThat(WizardPosition.fromStored(200)).isEqualTo(new WizardPosition(Stage.ROLE, 0));
        assertThat(WizardPosition.fromStored(302)).isEqualTo(new WizardPosition(Stage.FORM, 2));
        assertThat(WizardPosition.fromStored(402)).isEqualTo(new WizardPosition(Stage.PAYMENT, 2));
        assertThat(WizardPosition.fromStored(502)).isEqualTo(new WizardPosition(Stage.SUMMARY, 2));
    }

    @Test
    void aNumberPastTheLastStageOpensTheLastStage() {
        assertThat(WizardPosition.fromStored(901)).isEqualTo(new WizardPosition(Stage.SUMMARY, 1));
    }

    @Test
    void aNegativeNumberOpensTheStart() {
        assertThat(WizardPosition.fromStored(-5)).isEqualTo(new WizardPosition(Stage.PRIVACY, 0));
    }

    @Test
    void aSectionTheNumberHasNoRoomForIsRefused() {
        assertThatThrownBy(() -> new WizardPosition(Stage.FORM, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WizardPosition(Stage.FORM, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
