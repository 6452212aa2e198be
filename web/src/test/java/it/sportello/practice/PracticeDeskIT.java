package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
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

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.platform.BusinessException;
import it.sportello.platform.database.DatabaseMigration;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.DeskList;
import it.sportello.practice.boundary.DeskStatistics;
import it.sportello.practice.boundary.OnBehalfDesk;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.PracticeFilter;
import it.sportello.practice.boundary.PracticeSort;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.Routings;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.boundary.WorkQueue;
import it.sportello.practice.control.IterLines;
import it.sportello.practice.control.LastChange;
import it.sportello.practice.control.PracticeCsv;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.Decision;
import it.sportello.practice.entity.Message;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.Priority;
import it.sportello.practice.entity.StatusChange;
import it.sportello.protocol.boundary.ProtocolRegistrations;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;

/**
 * The operators' desk in the running application, on practices citizens sent: the list and its
 * filters in the database, what an operator not enabled for a service never reaches, and an
 * operator's whole work on a practice up to the outcome.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeDeskIT {

    private static final String REPORT = "segnalazione-disservizio";
    /** The signature and header of a PNG image: what the upload check reads of a photo. */
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    /** Enabled for the reports (offices ufficio-tecnico, polizia-locale). */
    private static final String OPERATORE = "operatore";
    /** Not enabled for the reports. */
    private static final String MANAGER = "manager";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    PracticeDesk desk;

    @EJB
    DeskList deskList;

    @EJB
    OnBehalfDesk onBehalf;

    @EJB
    Routings routings;

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Practices practices;

    @EJB
    Citizens citizens;

    @EJB
    ProtocolRegistrations registrations;

    @Inject
    Callers callers;

    /** A citizen of this test alone, so that counts are of this test's practices. */
    private FiscalCode citizen;

    private String familyName;

    @BeforeEach
    void aCitizenHasLoggedIn() {
        citizen = newFiscalCode();
        familyName = "Desk" + citizen.toString().substring(0, 6);
        citizens.signIn(
                citizen,
                new PersonalData(
                        "Lorenzo",
                        familyName,
                        LocalDate.of(1996, 3, 11),
                        "Pisa",
                        Sex.MALE,
                        "lorenzo@example.org",
                        null),
                AuthMethod.SPID,
                "https://www.spid.gov.it/SpidL2");
    }

    @Test
    void theListFiltersCountsSortsAndPagesInTheDatabase() {
        String lamp = sentReport("illuminazione");
        String road = sentReport("strade");
        String park = sentReport("altro");
        callers.asStaff(OPERATORE);
        desk.takeCharge(lamp);
        desk.prioritize(park, Priority.URGENT);
        PracticeFilter mine = PracticeFilter.ALL.withText(familyName.toLowerCase(Locale.ROOT));

        assertThat(deskList.count(mine)).isEqualTo(3);
        assertThat(deskList.count(PracticeFilter.ALL.withText(citizen.toString())))
                .as("by codice fiscale")
                .isEqualTo(3);
        assertThat(deskList.count(PracticeFilter.ALL.withText("Lorenzo " + familyName)))
                .as("by full name")
                .isEqualTo(3);
        assertThat(deskList.list(PracticeFilter.ALL.withText(road), 0, 10, null, false))
                .extracting(Practice::getReference)
                .containsExactly(road);
        assertThat(deskList.list(
                        PracticeFilter.ALL.withText(road.substring(0, 8).toUpperCase(Locale.ROOT)), 0, 10, null, false))
                .as("by the number's first eight characters, as people read it out")
                .extracting(Practice::getReference)
                .containsExactly(road);
        assertThat(deskList.count(mine.withService(REPORT))).isEqualTo(3);
        assertThat(deskList.count(mine.withService("richiesta-assistenza"))).isZero();
        assertThat(deskList.count(mine.withStatus(PracticeStatus.IN_PROGRESS))).isEqualTo(1);
        assertThat(deskList.count(mine.withStatus(PracticeStatus.ACQUIRED))).isEqualTo(2);
        assertThat(deskList.count(mine.withQueue(WorkQueue.MINE))).isEqualTo(1);
        assertThat(deskList.count(mine.withQueue(WorkQueue.TO_ASSIGN))).isEqualTo(2);
        assertThat(deskList.count(mine.withPriority(Priority.URGENT))).isEqualTo(1);
        Clock clock = Clock.system(Clocks.ITALY);
        assertThat(deskList.count(mine.withLastChange(LastChange.TODAY.range(clock))))
                .isEqualTo(3);
        assertThat(deskList.count(mine.withLastChange(LastChange.YESTERDAY.range(clock))))
                .isZero();

        assertThat(deskList.list(mine, 0, 10, PracticeSort.PRIORITY, false))
                .first()
                .extracting(Practice::getReference)
                .isEqualTo(park);
        assertThat(deskList.list(mine, 0, 2, PracticeSort.INSERTED, true))
                .extracting(Practice::getReference)
                .containsExactly(lamp, road);
        assertThat(deskList.list(mine, 2, 2, PracticeSort.INSERTED, true))
                .extracting(Practice::getReference)
                .containsExactly(park);
        assertThat(deskList.list(mine, 0, 10, PracticeSort.INSERTED, false))
                .extracting(Practice::getReference)
                .as("the page keeps the order the database chose")
                .containsExactly(park, road, lamp);
        assertThat(deskList.list(mine, 0, 10, null, false))
                .extracting(practice -> practice.getService().getCode())
                .containsOnly(REPORT);
        assertThat(deskList.count(mine.withService("servizio-inesistente"))).isZero();
        assertThat(deskList.list(mine.withService("servizio-inesistente"), 0, 10, null, false))
                .isEmpty();
        assertThat(deskList.list(mine.withArea("area-inesistente"), 0, 10, null, false))
                .isEmpty();
        assertThat(deskList.list(mine, 0, 10, PracticeSort.APPLICANT, true)).hasSize(3);
        assertThat(deskList.list(mine, 0, 10, PracticeSort.STATUS, true)).hasSize(3);
    }

    @Test
    void aPracticeIsRoutedToTheOfficeItsFieldValueNamesAndShowsInThatOfficesQueue() {
        callers.asStaff("admin");
        routings.addRouting(REPORT, "categoria", "verde", "polizia-locale");

        String park = sentReport("verde");
        String lamp = sentReport("illuminazione");

        callers.asStaff(OPERATORE);
        assertThat(desk.find(park).getAssignment().getOffice().getCode()).isEqualTo("polizia-locale");
        assertThat(desk.find(lamp).getAssignment().getOffice()).isNull();
        assertThat(deskList.list(
                        PracticeFilter.ALL.withText(familyName).withQueue(WorkQueue.MY_OFFICE), 0, 10, null, true))
                .extracting(Practice::getReference)
                .containsExactly(park);
        callers.asStaff(MANAGER);
        assertThat(deskList.count(PracticeFilter.ALL.withText(familyName).withQueue(WorkQueue.MY_OFFICE)))
                .isZero();
    }

    @Test
    void anOperatorNotEnabledForAServiceNeverSeesOrTouchesItsPractices() {
        String report = sentReport("rifiuti", new Upload("foto.png", PNG));
        PracticeFilter filter = PracticeFilter.ALL.withText(familyName);

        callers.asStaff(MANAGER);
        assertThat(deskList.count(filter)).isZero();
        assertThat(deskList.list(filter, 0, 10, null, false)).isEmpty();
        callers.asStaff("admin");
        assertThat(deskList.count(filter))
                .as("administrators see every service")
                .isEqualTo(1);
        callers.asStaff(MANAGER);
        assertUnknown(() -> desk.find(report));
        assertUnknown(() -> desk.takeCharge(report));
        assertUnknown(() -> desk.write(report, "Buongiorno", List.of()));
        assertUnknown(() -> desk.note(report, "Nota"));
        assertUnknown(() -> desk.reject(report, "No", null, List.of()));
        callers.asStaff(OPERATORE);
        String photo = desk.find(report).getAttachments().stream()
                .map(Attachment::getReference)
                .findFirst()
                .orElseThrow();
        assertThat(desk.attachment(photo).getFileName())
                .as("the enabled operator gets it")
                .isEqualTo("foto.png");
        callers.asStaff(MANAGER);
        assertUnknown(() -> desk.attachment(photo));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        deskList.export(filter, null, true, List.of(), Map.of(), Locale.ITALIAN, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).doesNotContain(report).doesNotContain(familyName);
        assertThatThrownBy(() -> deskList.export(
                        filter.withService(REPORT),
                        null,
                        true,
                        List.of("categoria"),
                        Map.of(),
                        Locale.ITALIAN,
                        new ByteArrayOutputStream()))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void anOperatorTakesAPracticeAsksForIntegrationsAcceptsTheAnswerAndApprovesWithAGeneratedLetter() {
        String reference = sentReport("illuminazione");

        callers.asStaff(OPERATORE);
        desk.takeCharge(reference);
        desk.requestIntegration(reference, "Gentile Lorenzo,\n\nserve una foto del lampione.", List.of());
        callers.asCitizen(citizen);
        assertThat(practices.owned(reference).getStatus()).isEqualTo(PracticeStatus.WAITING_INTEGRATION);
        Message answer = workflow.write(reference, "Ecco la foto, il lampione è il terzo.", true, List.of());
        callers.asStaff(OPERATORE);
        desk.note(reference, "Verificato con la squadra esterna");
        Practice accepted = desk.acceptIntegration(reference, List.of(answer.getId()));
        assertThat(accepted.getStatus()).isEqualTo(PracticeStatus.IN_PROGRESS);
        assertThat(accepted.getIntegrations()).singleElement().satisfies(request -> {
            assertThat(request.getAcceptedAnswers()).extracting(Message::getId).containsExactly(answer.getId());
            assertThat(new String(request.getDocument().bytes(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        });

        desk.approve(reference, "Gentile Lorenzo,\n\nil lampione sarà riparato entro venerdì.", null, List.of());

        callers.asCitizen(citizen);
        Practice seenByCitizen = practices.owned(reference);
        assertThat(seenByCitizen.getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
        assertThat(seenByCitizen.getHistory())
                .extracting(StatusChange::getStatus)
                .containsExactly(
                        PracticeStatus.DRAFT,
                        PracticeStatus.SUBMITTED,
                        PracticeStatus.ACQUIRED,
                        PracticeStatus.IN_PROGRESS,
                        PracticeStatus.WAITING_INTEGRATION,
                        PracticeStatus.IN_PROGRESS,
                        PracticeStatus.ACCEPTED);
        assertThat(seenByCitizen.getHistory())
                .last()
                .extracting(StatusChange::getActor)
                .isEqualTo(OPERATORE);
        assertThat(seenByCitizen.getDecision().map(Decision::getLetter)).get().satisfies(letter -> {
            assertThat(letter.getPurpose()).isEqualTo(AttachmentPurpose.GENERATED);
            assertThat(new String(letter.bytes(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        });
        assertThat(seenByCitizen.getMessages())
                .extracting(Message::getText)
                .as("the citizen reads the office's messages, never the internal note")
                .noneMatch(text -> text.contains("squadra esterna"))
                .anyMatch(text -> text.contains("entro venerdì"));
        callers.asStaff(OPERATORE);
        assertThat(desk.find(reference).getNotes()).hasSize(1);
    }

    @Test
    void theIterTellsATakeChargeOnceAndNamesPeopleInTheReadersLanguage() {
        String reference = sentReport("illuminazione");

        callers.asStaff(OPERATORE);
        desk.takeCharge(reference);
        desk.prioritize(reference, Priority.URGENT);

        List<IterLines.Line> iter = desk.iter(reference, Locale.ITALIAN);
        assertThat(iter)
                .extracting(IterLines.Line::what)
                .containsOnlyOnce("Presa in carico")
                .contains("Priorità cambiata in Urgente");
        assertThat(iter)
                .filteredOn(line -> line.what().equals("Presa in carico"))
                .singleElement()
                .extracting(IterLines.Line::who)
                .isEqualTo("Olga Operatrice");
        assertThat(iter)
                .extracting(IterLines.Line::who)
                .contains("Lorenzo " + familyName)
                .doesNotContain(OPERATORE, citizen.toString());
        assertThat(desk.iter(reference, Locale.ENGLISH))
                .extracting(IterLines.Line::what)
                .contains("Taken in charge", "Priority changed to Urgent");
    }

    @Test
    void theOfficesRichTextIsStoredWithoutScriptsAndTheGeneratedLetterHasItsParagraphsAndBullets() throws Exception {
        String reference = sentReport("illuminazione");
        callers.asStaff(OPERATORE);
        desk.takeCharge(reference);

        desk.write(
                reference,
                "<p>Buongiorno <strong>Lorenzo</strong>,</p><script>alert('x')</script>"
                        + "<p onclick=\"steal()\">il sopralluogo è <a href=\"javascript:steal()\">fissato</a>.</p>",
                List.of());
        desk.approve(
                reference,
                "<p>Il lampione sarà riparato:</p><ol><li data-list=\"bullet\">entro venerdì</li>"
                        + "<li data-list=\"bullet\">dalla <em>squadra esterna</em></li></ol><p>Cordiali saluti</p>",
                null,
                List.of());

        assertThat(storedBodies(reference))
                .containsExactly(
                        "HTML <p>Buongiorno <strong>Lorenzo</strong>,</p><p>il sopralluogo è fissato.</p>",
                        "HTML <p>Il lampione sarà riparato:</p><ul><li>entro venerdì</li><li>dalla <em>squadra esterna</em></li></ul>"
                                + "<p>Cordiali saluti</p>");
        callers.asCitizen(citizen);
        Practice seenByCitizen = practices.owned(reference);
        assertThat(seenByCitizen.getMessages())
                .last()
                .extracting(Message::getText)
                .isEqualTo("Il lampione sarà riparato:\n\n- entro venerdì\n- dalla squadra esterna\n\nCordiali saluti");
        String letter = new PdfTextExtractor(new PdfReader(seenByCitizen
                        .getDecision()
                        .map(Decision::getLetter)
                        .orElseThrow()
                        .bytes()))
                .getTextFromPage(1);
        assertThat(letter.lines().map(String::strip))
                .as(letter)
                .contains("Il lampione sarà riparato:", "Cordiali saluti")
                .anyMatch(line -> line.endsWith("entro venerdì") && !line.contains("riparato"))
                .anyMatch(line -> line.endsWith("dalla squadra esterna"))
                .noneMatch(line -> line.contains("<") || line.contains("data-list"));
    }

    /** The format and body of the practice's messages as the database holds them, oldest first. */
    private static List<String> storedBodies(String reference) throws Exception {
        DataSource database = InitialContext.doLookup(DatabaseMigration.DATASOURCE);
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT m.body_format, m.body FROM practice_message m"
                                + " JOIN practice p ON p.id = m.practice_id WHERE p.reference = ? ORDER BY m.id")) {
            query.setString(1, reference);
            List<String> bodies = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bodies.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            return bodies;
        }
    }

    @Test
    void aRejectedPracticeTakesOnlyMessagesFromThenOn() {
        String reference = sentReport("strade");
        callers.asStaff(OPERATORE);
        desk.takeCharge(reference);

        desk.reject(reference, "La strada non è di competenza comunale.", null, List.of());

        callers.asCitizen(citizen);
        assertThat(practices.owned(reference).getStatus()).isEqualTo(PracticeStatus.REJECTED);
        callers.asStaff("admin");
        assertThatThrownBy(() -> desk.takeOver(reference))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("practice.desk.closed");
        callers.asStaff(OPERATORE);
        desk.write(reference, "Può rivolgersi alla Provincia.", List.of());
        callers.asCitizen(citizen);
        assertThat(practices.owned(reference).getMessages()).hasSize(2);
    }

    @Test
    void theCsvHoldsTheFilteredPracticesWithTheChosenFields() {
        String lamp = sentReport("illuminazione");
        sentReport("verde");
        callers.asStaff(OPERATORE);
        desk.takeCharge(lamp);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        deskList.export(
                PracticeFilter.ALL.withService(REPORT).withText(familyName),
                PracticeSort.INSERTED,
                true,
                List.of("categoria"),
                Map.<String, PracticeCsv.Aggregate>of(),
                Locale.ITALIAN,
                out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Accesso;Richiedente;Codice fiscale;").endsWith(";Categoria");
        assertThat(lines[1])
                .startsWith("SPID;Lorenzo " + familyName + ";" + citizen + ";")
                .contains(";Presa in carico;Olga Operatrice;")
                .as("with the area of the report's address")
                .contains(";Centro storico;")
                .contains(lamp)
                .endsWith(";Illuminazione pubblica");
    }

    @Test
    void anOperatorStartsAPracticeForACitizenWhoFindsItInTheirArea() {
        FiscalCode newcomer = newFiscalCode();

        callers.asStaff(OPERATORE);
        Practice practice = onBehalf.startOnBehalf(
                REPORT,
                newcomer,
                new PersonalData(
                        "Anna", "Neri", LocalDate.of(1950, 5, 5), "Pisa", Sex.FEMALE, "anna.neri@example.org", null));

        callers.asCitizen(newcomer);
        assertThat(practices.of(null, null))
                .extracting(Practice::getReference)
                .containsExactly(practice.getReference());
        Practice seen = practices.owned(practice.getReference());
        assertThat(seen.getApplication().getApplicantEmail()).isEqualTo("anna.neri@example.org");
        assertThat(seen.getHistory())
                .singleElement()
                .satisfies(step -> assertThat(step.getActor()).isEqualTo(OPERATORE));
        callers.asStaff(OPERATORE);
        assertThat(desk.find(practice.getReference()).getCreatedByOperator()).isEqualTo(OPERATORE);
        assertThatThrownBy(() -> onBehalf.startOnBehalf(REPORT, newFiscalCode(), null))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void theOperatorSendsThePracticeFilledWithTheCitizenWhoGetsItSentOnce() {
        FiscalCode newcomer = newFiscalCode();
        callers.asStaff(OPERATORE);
        Practice draft = onBehalf.startOnBehalf(
                REPORT, newcomer, new PersonalData("Bruno", "Neri", null, null, null, "bruno.neri@example.org", null));
        Map<String, Object> typed = Map.of(
                "categoria",
                "rifiuti",
                "descrizione",
                "Cassonetto rotto in piazza.",
                "luogo",
                Map.of(
                        "street",
                        "Piazza del Municipio",
                        "country",
                        "IT",
                        "province",
                        "PI",
                        "comune",
                        "Pisa",
                        "cap",
                        "56125"));

        assertThatThrownBy(
                        () -> onBehalf.sendOnBehalf(draft.getReference(), false, "bruno.neri@example.org", null, typed))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("practice.privacy.required");
        assertThatThrownBy(() -> onBehalf.sendOnBehalf(
                        draft.getReference(), true, "bruno.neri@example.org", null, Map.of("categoria", "rifiuti")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("practice.form.invalid");

        Practice sent = onBehalf.sendOnBehalf(draft.getReference(), true, "bruno.neri@example.org", null, typed);
        Practice again = onBehalf.sendOnBehalf(draft.getReference(), true, "bruno.neri@example.org", null, typed);

        assertThat(sent.getStatus()).isEqualTo(PracticeStatus.ACQUIRED);
        assertThat(again.getStatus())
                .as("sent once: the second call finds it sent")
                .isEqualTo(PracticeStatus.ACQUIRED);
        assertThat(sent.getAuthMethod()).as("no login of the citizen's").isNull();
        assertThat(deskList.count(
                        PracticeFilter.ALL.withText(sent.getReference()).withArea("centro-storico")))
                .as("placed in the area of its address, as a citizen's own sending")
                .isEqualTo(1);
        callers.asCitizen(newcomer);
        Practice seen = practices.owned(sent.getReference());
        assertThat(seen.getHistory())
                .filteredOn(step -> step.getStatus() == PracticeStatus.SUBMITTED)
                .singleElement()
                .satisfies(step -> assertThat(step.getActor()).isEqualTo(OPERATORE));
        callers.asStaff(OPERATORE);
        assertThat(deskList.list(PracticeFilter.ALL.withText(newcomer.toString()), 0, 10, PracticeSort.INSERTED, false))
                .extracting(Practice::getReference)
                .containsExactly(sent.getReference());
        assertThat(onBehalf.citizens("bruno neri", 50))
                .extracting(Citizen::getFiscalCode)
                .contains(newcomer);
        assertThat(onBehalf.citizens(newcomer.toString(), 50))
                .extracting(Citizen::getFiscalCode)
                .containsExactly(newcomer);
    }

    @Test
    void theOperatorsFilesAreCheckedAndKeptOnTheDraftTheyFillForACitizen() {
        FiscalCode newcomer = newFiscalCode();
        callers.asStaff(OPERATORE);
        Practice draft = onBehalf.startOnBehalf(
                REPORT,
                newcomer,
                new PersonalData("Carla", "Verdi", null, null, null, "carla.verdi@example.org", null));
        assertThatThrownBy(() -> onBehalf.attachOnBehalf(
                        draft.getReference(),
                        "foto",
                        new Upload("foto.png", "testo, non un'immagine".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(BusinessException.class);
        onBehalf.attachOnBehalf(draft.getReference(), "foto", new Upload("foto.png", PNG));
        callers.asCitizen(citizen);
        Practice own = workflow.start(REPORT, null);
        callers.asStaff(OPERATORE);
        assertThatThrownBy(() -> onBehalf.attachOnBehalf(own.getReference(), "foto", new Upload("foto.png", PNG)))
                .as("a citizen's own draft is not the desk's")
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("practice.unknown");

        Practice sent = onBehalf.sendOnBehalf(
                draft.getReference(),
                true,
                "carla.verdi@example.org",
                null,
                Map.of(
                        "categoria",
                        "rifiuti",
                        "descrizione",
                        "Cassonetto rotto in piazza.",
                        "luogo",
                        Map.of(
                                "street",
                                "Piazza del Municipio",
                                "country",
                                "IT",
                                "province",
                                "PI",
                                "comune",
                                "Pisa",
                                "cap",
                                "56125")));

        callers.asCitizen(newcomer);
        assertThat(practices.owned(sent.getReference()).attachmentOfField("foto"))
                .as("the file attached at an earlier try is sent with the practice")
                .hasValueSatisfying(photo -> assertThat(photo.getFileName()).isEqualTo("foto.png"));
    }

    @Test
    void theStatusFilterOffersTheStatusesPracticesOfTheServiceAreIn() {
        sentReport("altro");

        callers.asStaff(OPERATORE);
        List<PracticeStatus> offered = deskList.statuses(REPORT);
        assertThat(offered)
                .contains(PracticeStatus.ACQUIRED)
                .doesNotContain(PracticeStatus.DRAFT)
                .isSorted();
        for (PracticeStatus status : PracticeStatus.values()) {
            long practices =
                    deskList.count(PracticeFilter.ALL.withService(REPORT).withStatus(status));
            assertThat(offered.contains(status))
                    .as("%s offered: %d practices in it", status, practices)
                    .isEqualTo(status != PracticeStatus.DRAFT && practices > 0);
        }
        assertThat(deskList.services()).extracting(service -> service.getCode()).contains(REPORT);
        callers.asStaff(MANAGER);
        assertThat(deskList.statuses(REPORT)).as("not enabled for the reports").isEmpty();
        assertThat(deskList.services()).extracting(service -> service.getCode()).doesNotContain(REPORT);
    }

    @Test
    void theSidePanelListsTheApplicantsOtherPracticesAndTheColleaguesOfTheService() {
        String older = sentReport("altro");
        String newer = sentReport("rifiuti");

        callers.asStaff(OPERATORE);
        assertThat(deskList.latestOfApplicant(newer, 5))
                .extracting(Practice::getReference)
                .contains(older)
                .doesNotContain(newer);
        assertThat(desk.colleagues(newer))
                .extracting(account -> account.getUsername())
                .contains(OPERATORE)
                .doesNotContain(MANAGER);
        callers.asStaff(MANAGER);
        assertUnknown(() -> deskList.latestOfApplicant(newer, 5));
    }

    @Test
    void statisticsCountThePracticesSentPerMonthOfTheOperatorsServices() {
        sentReport("altro");
        int year = Year.now(Clocks.ITALY).getValue();

        callers.asStaff(OPERATORE);
        DeskStatistics mine = deskList.statistics(year, year, null, REPORT);
        callers.asStaff(MANAGER);
        DeskStatistics others = deskList.statistics(year, year, null, REPORT);

        assertThat(mine.perMonth()).hasSize(12);
        assertThat(mine.total()).isPositive();
        assertThat(mine.perYear()).containsKey(year);
        assertThat(mine.activeServices()).isPositive();
        assertThat(others.total()).as("not enabled for the reports").isZero();
    }

    private static void assertUnknown(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(UnknownPracticeException.class);
    }

    @Test
    void aSentPracticeIsPlacedInTheAreaOfItsAddressAndTheListFiltersByIt() {
        String centre = sentReport("illuminazione");
        String hill = sentReport("strade", "V. della Rocca 12", "56125");
        String hamlet = sentReport("altro", "Via Nuova", "56121");
        String nowhere = sentReport("altro", "Via Nuova", "56125");
        PracticeFilter mine = PracticeFilter.ALL.withText(citizen.toString());

        callers.asStaff(OPERATORE);
        assertThat(deskList.list(mine.withArea("centro-storico"), 0, 10, null, false))
                .extracting(Practice::getReference)
                .containsExactly(centre);
        assertThat(deskList.list(mine.withArea("bugliano-alta"), 0, 10, null, false))
                .extracting(Practice::getReference)
                .as("by the street, however it is written")
                .containsExactly(hill);
        assertThat(deskList.list(mine.withArea("frazione-san-pietro"), 0, 10, null, false))
                .extracting(Practice::getReference)
                .as("by the postcode")
                .containsExactly(hamlet);
        assertThat(deskList.count(mine.withArea("borgo-nuovo"))).isZero();
        assertThat(deskList.count(mine)).isEqualTo(4);
        assertThat(deskList.list(mine, 0, 10, null, false))
                .filteredOn(p -> p.getAssignment().getArea() == null)
                .extracting(Practice::getReference)
                .containsExactly(nowhere);
        assertThat(desk.find(hill).getAssignment().getArea().getName()).isEqualTo("Bugliano Alta");
    }

    @Test
    void theProtocolTabReadsThePracticesRegistrationsOnlyForOperatorsOfItsService() {
        String reference = sentReport("illuminazione");

        callers.asStaff(OPERATORE);
        assertThat(registrations.atDesk(reference))
                .as("the register is off here: nothing was asked")
                .isEmpty();
        assertUnknown(() -> registrations.atDesk("non-esiste"));
        callers.asStaff(MANAGER);
        assertUnknown(() -> registrations.atDesk(reference));
    }

    /** A report of this test's citizen, sent and acquired; the citizen stays logged in. */
    private String sentReport(String category) {
        return sentReport(category, "Via Roma", "56125");
    }

    /** A report of this test's citizen about a place in Pisa, sent and acquired. */
    private String sentReport(String category, String street, String cap) {
        return send(filledReport(category, street, cap));
    }

    /** A report with its photo, sent and acquired. */
    private String sentReport(String category, Upload photo) {
        Practice practice = filledReport(category, "Via Roma", "56125");
        workflow.attach(practice.getReference(), AttachmentPurpose.FORM, "foto", photo);
        return send(practice);
    }

    /** A report of this test's citizen, filled by them: they are logged in from here on. */
    private Practice filledReport(String category, String street, String cap) {
        callers.asCitizen(citizen);
        Practice practice = workflow.start(REPORT, null);
        workflow.acceptPrivacy(practice.getReference());
        workflow.actForSelf(practice.getReference());
        workflow.fill(
                practice.getReference(),
                Map.of(
                        "categoria",
                        category,
                        "descrizione",
                        "Il lampione davanti al civico 3 è spento da una settimana.",
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
                                cap)),
                3);
        return practice;
    }

    private String send(Practice practice) {
        return workflow.send(practice.getReference()).getReference();
    }

    private static FiscalCode newFiscalCode() {
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            first.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        first.append("96C11L378");
        return FiscalCode.of(first.toString() + FiscalCode.checkCharacter(first.toString()));
    }
}
