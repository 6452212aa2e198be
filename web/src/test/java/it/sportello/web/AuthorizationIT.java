package it.sportello.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import it.sportello.testing.Deployments;
import it.sportello.testing.Http;

/**
 * The authorization guarantees, tried from outside for every protected page: nobody reaches a
 * personal area or the backoffice without the right login, and no request parameter shows a
 * citizen somebody else's data. Every new protected page or id-bearing request joins this list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationIT {

    /** Pages of the citizen's personal area. */
    static final String[] CITIZEN_PAGES = {
        "area-personale/index.xhtml",
        "area-personale/profilo.xhtml",
        "area-personale/pratiche/index.xhtml",
        "area-personale/pratiche/index.xhtml?stato=SENT",
        "area-personale/documenti.xhtml",
        "area-personale/prenotazioni.xhtml"
    };

    /** Addresses of one practice or file of the personal area: nobody's, so a citizen gets a 404 (PracticeAuthorizationIT tries real ones). */
    static final String[] CITIZEN_ITEMS = {
        "area-personale/pratiche/dettaglio.xhtml?pratica=00000000-0000-0000-0000-000000000000",
        "area-personale/allegato?rif=00000000-0000-0000-0000-000000000000",
        "area-personale/pratiche/modulo?pratica=00000000-0000-0000-0000-000000000000"
    };

    /** Pages of the backoffice, for members of staff (some for managers or administrators only). */
    static final String[] STAFF_PAGES = {
        "backoffice/index.xhtml",
        "backoffice/valutazioni/index.xhtml",
        "backoffice/valutazioni/esporta?dal=2026-01-01&al=2026-12-31",
        "backoffice/operatori/index.xhtml",
        "backoffice/aree/index.xhtml",
        "backoffice/servizi/index.xhtml",
        "backoffice/servizi/modifica.xhtml?servizio=permesso-ztl",
        "backoffice/servizi/modulo.xhtml?servizio=permesso-ztl",
        "backoffice/pratiche/index.xhtml",
        "backoffice/pratiche/dettaglio.xhtml?pratica=x",
        "backoffice/pratiche/nuova.xhtml",
        "backoffice/pratiche/statistiche.xhtml",
        "backoffice/pratiche/esporta",
        "backoffice/pratiche/allegato?rif=x",
        "backoffice/calendari/index.xhtml",
        "backoffice/calendari/calendario.xhtml?calendario=ufficio-anagrafe"
    };

    /** Pages of the backoffice for managers (and administrators) only. */
    static final String[] MANAGER_PAGES = {
        "backoffice/operatori/index.xhtml", "backoffice/aree/index.xhtml", "backoffice/pratiche/assegnazione.xhtml"
    };

    /**
     * Pages of the backoffice for administrators only: the boundaries behind them (the catalog's
     * writing, the forms' publishing, the job console) let nobody else through either.
     */
    static final String[] ADMIN_PAGES = {
        "backoffice/servizi/index.xhtml",
        "backoffice/servizi/modifica.xhtml?servizio=permesso-ztl",
        "backoffice/servizi/modulo.xhtml?servizio=permesso-ztl",
        "backoffice/lavori/index.xhtml",
        "backoffice/valutazioni/index.xhtml",
        "backoffice/valutazioni/esporta?dal=2026-01-01&al=2026-12-31"
    };

    /** A booking is read by whom it belongs to or with the secret of its link; anybody else finds nothing. */
    static final String[] BOOKING_ITEMS = {
        "prenotazioni/conferma.xhtml?prenotazione=00000000-0000-0000-0000-000000000000",
        "prenotazioni/file?tipo=pdf&prenotazione=00000000-0000-0000-0000-000000000000",
        "prenotazioni/file?tipo=ics&prenotazione=00000000-0000-0000-0000-000000000000&codice=guessed",
        "prenotazioni/annulla.xhtml?prenotazione=00000000-0000-0000-0000-000000000000&codice=guessed",
        "prenotazioni/dati.xhtml?prenotazione=00000000-0000-0000-0000-000000000000"
    };

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @FieldSource("CITIZEN_PAGES")
    void anonymousVisitorsAreSentToTheCitizenLogin(String page) {
        HttpResponse<String> response = new Http(base).get(page);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/accedi.xhtml?torna=");
    }

    @ParameterizedTest
    @FieldSource("CITIZEN_ITEMS")
    void anonymousVisitorsAreSentToTheCitizenLoginForAPracticeOrFile(String page) {
        HttpResponse<String> response = new Http(base).get(page);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/accedi.xhtml?torna=");
    }

    @Test
    void aPracticeOrFileNobodyHasIsNotFoundForACitizen() {
        Http mario = new Http(base);
        mario.loginAsDemoCitizen("Mario Rossi");

        for (String page : CITIZEN_ITEMS) {
            assertThat(mario.get(page).statusCode()).as(page).isEqualTo(404);
        }
    }

    @Test
    void aBookingNobodyHasIsNotFoundForVisitorsAndCitizens() {
        Http visitor = new Http(base);
        Http mario = new Http(base);
        mario.loginAsDemoCitizen("Mario Rossi");

        for (String page : BOOKING_ITEMS) {
            assertThat(visitor.get(page).statusCode()).as(page).isEqualTo(404);
            assertThat(mario.get(page).statusCode()).as(page).isEqualTo(404);
        }
    }

    @Test
    void aBookingForAPracticeNobodyHasIsRefusedByNameWithNothingToHold() {
        Http visitor = new Http(base);
        Http mario = new Http(base);
        mario.loginAsDemoCitizen("Mario Rossi");
        String page =
                "prenotazioni/settimana.xhtml?calendario=sportello-urp&pratica=00000000-0000-0000-0000-000000000000";

        for (Http who : new Http[] {visitor, mario}) {
            HttpResponse<String> response = who.get(page);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("La pratica 00000000-0000-0000-0000-000000000000 non risulta tra le tue")
                    .doesNotContain("id=\"continue\"", "name=\"slot\"");
        }
    }

    @ParameterizedTest
    @FieldSource("STAFF_PAGES")
    void anonymousVisitorsAreSentToTheStaffLogin(String page) {
        HttpResponse<String> response = new Http(base).get(page);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/accesso-personale.xhtml?torna=");
    }

    @Test
    void theOpenIdConnectLoginDoesNotExistWhileTheDeskUsesDemonstrationIdentities() {
        Http visitor = new Http(base);

        assertThat(visitor.get("accesso/oidc?metodo=SPID").statusCode()).isEqualTo(404);
        assertThat(visitor.get("accesso/oidc/callback?code=x&state=y").statusCode())
                .isEqualTo(404);
        assertThat(visitor.get("accedi.xhtml").body())
                .contains("accesso/demo.xhtml?metodo=SPID")
                .doesNotContain("accesso/oidc");
    }

    @Test
    void aCitizenIsRefusedEveryBackofficePage() {
        Http mario = new Http(base);
        mario.loginAsDemoCitizen("Mario Rossi");

        for (String page : STAFF_PAGES) {
            assertThat(mario.get(page).statusCode()).as(page).isEqualTo(403);
        }
        for (String page : CITIZEN_PAGES) {
            assertThat(mario.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void anOperatorWhoIsNotAManagerIsRefusedTheManagersPagesThatAManagerReaches() {
        Http operatore = new Http(base);
        operatore.loginAsStaff("operatore", "Operatore.Bugliano.1");
        Http manager = new Http(base);
        manager.loginAsStaff("manager", "Manager.Bugliano.1");

        assertThat(operatore.get("backoffice/index.xhtml").statusCode()).isEqualTo(200);
        for (String page : MANAGER_PAGES) {
            assertThat(operatore.get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(manager.get(page).statusCode()).as(page).isEqualTo(200);
        }
        assertThat(operatore.get("backoffice/index.xhtml").body()).doesNotContain("backoffice/aree/index.xhtml");
        assertThat(manager.get("backoffice/index.xhtml").body()).contains("backoffice/aree/index.xhtml");
    }

    @Test
    void aManagerWhoIsNotAnAdministratorIsRefusedTheAdministratorsPages() {
        Http manager = new Http(base);
        manager.loginAsStaff("manager", "Manager.Bugliano.1");

        for (String page : ADMIN_PAGES) {
            assertThat(manager.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void noParameterShowsACitizenSomebodyElsesProfile() {
        Http giulia = new Http(base);
        giulia.loginAsDemoCitizen("Giulia Bianchi");
        Http mario = new Http(base);
        mario.loginAsDemoCitizen("Mario Rossi");

        for (String page : CITIZEN_PAGES) {
            for (String parameter : new String[] {"cf", "fiscalCode", "codiceFiscale", "id", "utente"}) {
                String body =
                        mario.get(page + "?" + parameter + "=BNCGLI85M52F205H").body();
                assertThat(body).as(page + " with " + parameter).doesNotContain("BNCGLI85M52F205H", "Giulia");
            }
        }
        assertThat(mario.get("area-personale/profilo.xhtml").body()).contains("RSSMRA80A01H501U");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        Http visitor = new Http(base);
        visitor.get("password-dimenticata.xhtml");
        String before = visitor.cookie("JSESSIONID");
        assertThat(before).as("a session before the login").isNotNull();

        visitor.loginAsDemoCitizen("Sara Ferrari");
        HttpResponse<String> desk = visitor.get("area-personale/index.xhtml");

        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(visitor.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    }
}
