package it.sportello.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.platform.BusinessException;
import it.sportello.platform.database.DatabaseMigration;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.entity.Practice;
import it.sportello.territory.boundary.AreaDraft;
import it.sportello.territory.boundary.Areas;
import it.sportello.territory.entity.Area;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;

/**
 * What managers do with the geographic areas, in the running application: create, change and
 * delete them, with the codes unique, and the practices already placed left where they are.
 */
@ExtendWith(ArquillianExtension.class)
class AreasIT {

    private static final String REPORT = "segnalazione-disservizio";
    /** Enabled for the reports. */
    private static final String OPERATORE = "operatore";
    /** Keeps the areas. */
    private static final String MANAGER = "manager";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    Areas areas;

    @EJB
    PracticeWorkflow workflow;

    @EJB
    PracticeDesk desk;

    @EJB
    Citizens citizens;

    @Inject
    Callers callers;

    private FiscalCode citizen;
    /** Unique to each test, so that its areas and streets are its own. */
    private String tag;

    @BeforeEach
    void aCitizenHasLoggedIn() {
        citizen = newFiscalCode();
        tag = citizen.toString().substring(0, 6).toLowerCase();
        citizens.signIn(
                citizen,
                new PersonalData(
                        "Elena",
                        "Aree" + tag,
                        LocalDate.of(1996, 3, 11),
                        "Pisa",
                        Sex.FEMALE,
                        "elena@example.org",
                        null),
                AuthMethod.SPID,
                "https://www.spid.gov.it/SpidL2");
    }

    @Test
    void aManagerCreatesAnAreaAndChangesIt() {
        callers.asStaff(MANAGER);
        int next = areas.nextPosition();
        Area created = areas.create(new AreaDraft(
                "quartiere-" + tag,
                " Quartiere " + tag,
                next,
                "g702",
                List.of("P.zza dei Tigli", "Via delle Querce 4"),
                List.of("56010")));

        Area stored = areas.find(created.getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo("Quartiere " + tag);
        assertThat(stored.getComuneCode()).isEqualTo("G702");
        assertThat(stored.getStreets()).containsExactly("piazza dei tigli", "via delle querce");
        assertThat(stored.getPostcodes()).containsExactly("56010");
        assertThat(areas.all()).last().extracting(Area::getCode).isEqualTo("quartiere-" + tag);
        assertThat(areas.nextPosition()).isEqualTo(next + 1);

        areas.update(
                created.getId(),
                new AreaDraft(
                        "rione-" + tag, "Rione " + tag, -1, "", List.of("Via dei Pini"), List.of("56011", "56012")));

        Area changed = areas.find(created.getId()).orElseThrow();
        assertThat(changed.getCode()).isEqualTo("rione-" + tag);
        assertThat(changed.getName()).isEqualTo("Rione " + tag);
        assertThat(changed.getComuneCode()).isNull();
        assertThat(changed.getStreets()).containsExactly("via dei pini");
        assertThat(changed.getPostcodes()).containsExactlyInAnyOrder("56011", "56012");
        assertThat(areas.all())
                .first()
                .as("moved first")
                .extracting(Area::getCode)
                .isEqualTo("rione-" + tag);
        assertThat(rows("area_street", created.getId())).isEqualTo(1);
    }

    @Test
    void aCodeAnotherAreaHasIsRefusedAndNothingChanges() {
        callers.asStaff(MANAGER);
        Area mine = areas.create(draft("borgo-" + tag, "Via del Borgo " + tag));

        assertRefused(() -> areas.create(draft("centro-storico", "Via Altra")), "areas.code.taken");
        assertRefused(() -> areas.update(mine.getId(), draft("bugliano-alta", "Via Cambiata")), "areas.code.taken");
        assertRefused(
                () -> areas.update(
                        mine.getId(),
                        new AreaDraft(
                                "borgo-" + tag, "Borgo", 0, null, List.of("Via Cambiata"), List.of("56100", "5610"))),
                "areas.postcode.invalid");

        Area unchanged = areas.find(mine.getId()).orElseThrow();
        assertThat(unchanged.getCode()).isEqualTo("borgo-" + tag);
        assertThat(unchanged.getStreets()).containsExactly(("via del borgo " + tag).toLowerCase());
        assertThat(areas.all())
                .filteredOn(area -> area.getCode().equals("centro-storico"))
                .hasSize(1);
        assertThat(areas.update(mine.getId(), draft("borgo-" + tag, "Via Cambiata"))
                        .getStreets())
                .as("its own code is not taken")
                .containsExactly("via cambiata");
    }

    @Test
    void anAreaWithPracticesPlacedInItIsNotDeletedAnEmptyOneIsWithItsStreetsAndPostcodes() {
        callers.asStaff(MANAGER);
        Area busy = areas.create(draft("occupata-" + tag, "Via Occupata " + tag));
        Area empty = areas.create(draft("vuota-" + tag, "Via Vuota " + tag));
        String placed = sentReport("Via Occupata " + tag + " 7");

        callers.asStaff(OPERATORE);
        assertThat(desk.find(placed).getAssignment().getArea().getCode()).isEqualTo("occupata-" + tag);
        callers.asStaff(MANAGER);
        assertThat(areas.practicesPerArea()).containsEntry(busy.getId(), 1L).doesNotContainKey(empty.getId());
        assertThatThrownBy(() -> areas.delete(busy.getId()))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("areas.delete.placed");
                    assertThat(refusal.parameters()).containsExactly(busy.getName(), 1L);
                });
        assertThat(areas.find(busy.getId())).isPresent();

        areas.delete(empty.getId());

        assertThat(areas.find(empty.getId())).isEmpty();
        assertThat(rows("area_street", empty.getId())).isZero();
        assertThat(rows("area_postcode", empty.getId())).isZero();
    }

    @Test
    void aPracticeSentAfterTheEditIsPlacedWithTheNewStreetsThoseBeforeStay() {
        callers.asStaff(MANAGER);
        Area area = areas.create(draft("nuova-" + tag, "Via Prima " + tag));
        String before = sentReport("Via Seconda " + tag + " 1");
        String first = sentReport("Via Prima " + tag + " 2");

        callers.asStaff(MANAGER);
        areas.update(area.getId(), draft("nuova-" + tag, "Via Seconda " + tag));
        String after = sentReport("Via Seconda " + tag + " 3");
        String old = sentReport("Via Prima " + tag + " 4");

        assertThat(areaOf(before)).as("sent before the edit: not moved").isNull();
        assertThat(areaOf(first)).as("placed before the edit: stays").isEqualTo("nuova-" + tag);
        assertThat(areaOf(after)).as("by the new street").isEqualTo("nuova-" + tag);
        assertThat(areaOf(old)).as("the old street is no longer the area's").isNull();
        callers.asStaff(MANAGER);
        assertThat(areas.practicesPerArea()).containsEntry(area.getId(), 2L);
    }

    @Test
    void anOperatorReadsTheAreasAndOnlyAManagerChangesThem() {
        callers.asStaff(OPERATORE);

        assertThat(areas.all()).extracting(Area::getCode).contains("centro-storico");
        assertThatThrownBy(
                        () -> areas.create(new AreaDraft("vietata-" + tag, "Vietata", 0, null, List.of(), List.of())))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    private AreaDraft draft(String code, String street) {
        return new AreaDraft(code, "Area " + code, areas.nextPosition(), null, List.of(street), List.of());
    }

    /** The code of the area a practice is placed in, as the operator reads it; the operator stays logged in. */
    private String areaOf(String reference) {
        callers.asStaff(OPERATORE);
        Area area = desk.find(reference).getAssignment().getArea();
        return area == null ? null : area.getCode();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    /**
     * A report of this test's citizen about a street of Pisa with a postcode of no area, sent by
     * them: they stay logged in.
     */
    private String sentReport(String street) {
        callers.asCitizen(citizen);
        Practice practice = workflow.start(REPORT, null);
        workflow.acceptPrivacy(practice.getReference());
        workflow.actForSelf(practice.getReference());
        workflow.fill(
                practice.getReference(),
                Map.of(
                        "categoria",
                        "altro",
                        "descrizione",
                        "Una buca profonda in mezzo alla carreggiata.",
                        "luogo",
                        Map.of(
                                "street",
                                street,
                                "number",
                                "3",
                                "country",
                                "IT",
                                "province",
                                "PI",
                                "comune",
                                "Pisa",
                                "cap",
                                "56125")),
                3);
        return workflow.send(practice.getReference()).getReference();
    }

    private static long rows(String table, long areaId) {
        try {
            DataSource database = InitialContext.doLookup(DatabaseMigration.DATASOURCE);
            try (Connection connection = database.getConnection();
                    PreparedStatement query =
                            connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE area_id = ?")) {
                query.setLong(1, areaId);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A codice fiscale nobody else in the database has: six random letters for the name. */
    private static FiscalCode newFiscalCode() {
        String first = ThreadLocalRandom.current()
                        .ints(6, 'A', 'Z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "96C51L378";
        return FiscalCode.of(first + FiscalCode.checkCharacter(first));
    }
}
