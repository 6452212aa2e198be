package it.sportello.practice.entity;

import static it.sportello.practice.entity.SentPractices.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.i18n.LocalizedText;

/** Who may take, take over and work a practice, and what assigning it changes. */
class AssignmentTest {

    private static final DeskPolicy PROTOCOL_OFF = DeskPolicy.protocol(false);
    private static final DeskPolicy PROTOCOL_ON = DeskPolicy.protocol(true);

    private final Office tecnico = new Office("ufficio-tecnico", LocalizedText.italian("Ufficio tecnico"));
    private final Office polizia = new Office("polizia-locale", LocalizedText.italian("Polizia locale"));
    private final Service service = SentPractices.service(tecnico);
    private final StaffAccount olga = operator("operatore", Set.of(tecnico), Set.of(service));
    private final StaffAccount piero = operator("piero", Set.of(tecnico, polizia), Set.of(service));
    private final Assignment assignment = new Assignment();

    @Test
    void aPracticeMerelySentWaitsForTheOfficeOnlyWithoutAProtocolRegister() {
        assertThat(assignment.takeRefusal("operatore", PracticeStatus.SUBMITTED, PROTOCOL_OFF))
                .isEmpty();
        assertThat(assignment.takeRefusal("operatore", PracticeStatus.SUBMITTED, PROTOCOL_ON))
                .contains("practice.desk.take.not_waiting");
        assertThat(assignment.takeRefusal("operatore", PracticeStatus.REGISTERED, PROTOCOL_ON))
                .isEmpty();
    }

    @Test
    void aWorkedPracticeIsTakenOnlyWhenNobodyHoldsIt() {
        assertThat(assignment.takeRefusal("operatore", PracticeStatus.IN_PROGRESS, PROTOCOL_OFF))
                .isEmpty();

        assignment.take(piero, null);

        assertThat(assignment.takeRefusal("operatore", PracticeStatus.IN_PROGRESS, PROTOCOL_OFF))
                .contains("practice.desk.take.not_waiting");
        assertThat(assignment.takeRefusal("operatore", PracticeStatus.ACQUIRED, PROTOCOL_OFF))
                .contains("practice.desk.take.held_by_other");
        assertThat(assignment.takeRefusal("piero", PracticeStatus.ACQUIRED, PROTOCOL_OFF))
                .isEmpty();
    }

    @Test
    void onlyAColleagueOfWhoWorksThePracticeTakesItOverAndOnlyWhoHoldsItWorksIt() {
        assertThat(assignment.takeOverRefusal("operatore", PracticeStatus.IN_PROGRESS))
                .contains("practice.desk.take_over.not_held_by_other");
        assertThat(assignment.workRefusal("operatore", PracticeStatus.IN_PROGRESS))
                .contains("practice.desk.not_taken");

        assignment.take(piero, null);

        assertThat(assignment.takeOverRefusal("operatore", PracticeStatus.WAITING_INTEGRATION))
                .isEmpty();
        assertThat(assignment.takeOverRefusal("piero", PracticeStatus.IN_PROGRESS))
                .contains("practice.desk.take_over.not_held_by_other");
        assertThat(assignment.workRefusal("piero", PracticeStatus.WAITING_INTEGRATION))
                .isEmpty();
        assertThat(assignment.workRefusal("operatore", PracticeStatus.IN_PROGRESS))
                .contains("practice.desk.not_assignee");
        assertThat(assignment.workRefusal("piero", PracticeStatus.ACQUIRED)).contains("practice.desk.not_taken");
    }

    @Test
    void takingAPracticeWithoutOfficeGivesItTheServicesOfficeOnlyIfTheOperatorWorksThere() {
        StaffAccount vigile = operator("vigile", Set.of(polizia), Set.of(service));

        assignment.take(vigile, tecnico);
        assertThat(assignment.getOffice()).isNull();

        assignment.take(olga, tecnico);
        assertThat(assignment.getOffice()).isSameAs(tecnico);
        assertThat(assignment.isHeldBy("operatore")).isTrue();
    }

    @Test
    void takingOverNamesTheColleagueWhoHeldThePractice() {
        assignment.take(piero, null);

        assertThat(assignment.takeOver(olga)).isEqualTo("piero");
        assertThat(assignment.getOperator()).isSameAs(olga);
    }

    @Test
    void anOfficeAloneKeepsTheOperatorOnlyIfTheyWorkThere() {
        assignment.assign(tecnico, olga, service);
        assertThat(assignment.holders()).isEqualTo("ufficio-tecnico / operatore");

        assignment.assign(polizia, null, service);
        assertThat(assignment.holders()).isEqualTo("polizia-locale / -");

        assignment.assign(null, piero, service);
        assignment.assign(tecnico, null, service);
        assertThat(assignment.holders()).isEqualTo("ufficio-tecnico / piero");
    }

    @Test
    void anAssignmentNamesSomebodyEnabledForTheServiceWhoWorksInTheOffice() {
        StaffAccount stranger = operator("anagrafe", Set.of(tecnico), Set.of());

        assertRefused(() -> assignment.assign(null, null, service), "practice.desk.assign.nobody");
        assertRefused(() -> assignment.assign(null, stranger, service), "practice.desk.assign.not_enabled");
        assertRefused(() -> assignment.assign(polizia, olga, service), "practice.desk.assign.not_in_office");
        assertThat(assignment.holders()).isEqualTo("- / -");
    }

    @Test
    void routingGivesAnOfficeOnlyToAPracticeWithoutOne() {
        assertThat(assignment.routeTo(null)).isFalse();
        assertThat(assignment.routeTo(polizia)).isTrue();
        assertThat(assignment.routeTo(tecnico)).isFalse();
        assertThat(assignment.getOffice()).isSameAs(polizia);
    }

    @Test
    void aPracticeStartsWithNormalPriorityAndNeverLosesIt() {
        assertThat(assignment.getPriority()).isEqualTo(Priority.NORMAL);

        assertThatThrownBy(() -> assignment.prioritize(null)).isInstanceOf(NullPointerException.class);
        assertThat(assignment.getPriority()).isEqualTo(Priority.NORMAL);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
        assertThatThrownBy(change)
                .isInstanceOf(PracticeRefusedException.class)
                .extracting(e -> ((PracticeRefusedException) e).messageKey())
                .isEqualTo(key);
    }
}
