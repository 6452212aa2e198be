package it.sportello.platform.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicLinksTest {

    private final PublicLinks links = new PublicLinks();

    PublicLinksTest() {
        links.publicUrl = "https://sportello.comune.example.it";
        links.paths.put(PublicPage.PRACTICE, "/area-personale/pratiche/dettaglio.xhtml?pratica=");
        links.paths.put(PublicPage.MY_PAYMENTS, "/area-personale/pagamenti.xhtml");
        links.paths.put(PublicPage.APPOINTMENT_CANCELLATION, "/prenotazioni/annulla.xhtml?prenotazione=");
    }

    @Test
    void aPagesSettingIsNamedForIt() {
        assertThat(PublicPage.APPOINTMENT_CANCELLATION.key()).isEqualTo("sportello.pages.appointment-cancellation");
    }

    @Test
    void aPathIsThePagesSettingForARedirect() {
        assertThat(links.path(PublicPage.PRACTICE)).isEqualTo("/area-personale/pratiche/dettaglio.xhtml?pratica=");
    }

    @Test
    void aLinkIsTheDesksAddressFollowedByThePath() {
        assertThat(links.link(PublicPage.MY_PAYMENTS))
                .isEqualTo("https://sportello.comune.example.it/area-personale/pagamenti.xhtml");
    }

    @Test
    void theTailFollowsThePathAsIs() {
        assertThat(links.link(PublicPage.PRACTICE, "3f2b9c1e-0000-4000-8000-000000000001"))
                .isEqualTo(
                        "https://sportello.comune.example.it/area-personale/pratiche/dettaglio.xhtml?pratica=3f2b9c1e-0000-4000-8000-000000000001");
        assertThat(links.link(PublicPage.APPOINTMENT_CANCELLATION, "P-2024-000123&codice=s3cr3t_-"))
                .isEqualTo(
                        "https://sportello.comune.example.it/prenotazioni/annulla.xhtml?prenotazione=P-2024-000123&codice=s3cr3t_-");
    }

    @Test
    void slashesEndingTheDesksAddressGiveWayToThePaths() {
        links.publicUrl = "https://www.comune.example.it/sportello//";

        assertThat(links.link(PublicPage.MY_PAYMENTS))
                .isEqualTo("https://www.comune.example.it/sportello/area-personale/pagamenti.xhtml");
    }
}
