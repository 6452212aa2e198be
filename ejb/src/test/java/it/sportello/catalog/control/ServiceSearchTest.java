package it.sportello.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Topic;
import it.sportello.platform.i18n.LocalizedText;

class ServiceSearchTest {

    private static final Locale ITALIAN = Locale.ITALIAN;

    private final Category mobility = new Category(
            "mobilita-e-trasporti",
            0,
            new LocalizedText("Mobilità e trasporti", "Mobility and transport", "Mobilität und Verkehr"),
            LocalizedText.italian("-"));

    private final Service driveway = service(
            "permesso-passo-carrabile",
            "Permesso per passo carrabile",
            "Autorizzazione all'accesso dei veicoli dalla strada a un'area privata",
            "Serve la planimetria dell'area.");
    private final Service ztl = service(
            "permesso-ztl",
            "Permesso di accesso alla ZTL",
            "Accesso dei veicoli alla zona a traffico limitato della città",
            "Serve il libretto del veicolo.");
    private final Service certificates = service(
            "certificati-anagrafici",
            "Richiesta di certificati anagrafici",
            "Certificati di residenza, stato di famiglia e cittadinanza",
            "Il certificato arriva per posta elettronica.");

    private final List<Service> catalog = List.of(driveway, ztl, certificates);

    @Test
    void noWordsKeepsTheCatalogAsItIs() {
        assertThat(new ServiceSearch("  ", ITALIAN).rank(catalog)).containsExactlyElementsOf(catalog);
        assertThat(new ServiceSearch(null, ITALIAN).isEmpty()).isTrue();
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(new ServiceSearch("CITTA", ITALIAN).rank(catalog)).containsExactlyInAnyOrder(ztl, certificates);
        assertThat(new ServiceSearch("mobilita", ITALIAN).rank(catalog))
                .containsExactlyInAnyOrder(driveway, ztl, certificates);
    }

    @Test
    void aWordCutShortFindsTheWholeWord() {
        assertThat(new ServiceSearch("carrab", ITALIAN).rank(catalog)).containsExactly(driveway);
    }

    @Test
    void everyWordMustAppear() {
        assertThat(new ServiceSearch("veicoli strada", ITALIAN).rank(catalog)).containsExactly(driveway);
        assertThat(new ServiceSearch("veicoli certificato", ITALIAN).rank(catalog))
                .isEmpty();
    }

    @Test
    void aHitInTheTitleRanksAboveAHitInTheCard() {
        Service mentionsInCard = service(
                "occupazione-suolo",
                "Occupazione di suolo pubblico",
                "Tende, dehors, ponteggi",
                "Per i certificati vedi la pagina dedicata.");

        List<Service> ranked = new ServiceSearch("certificati", ITALIAN).rank(List.of(mentionsInCard, certificates));

        assertThat(ranked).containsExactly(certificates, mentionsInCard);
        assertThat(new ServiceSearch("certificati", ITALIAN).score(certificates))
                .isGreaterThan(new ServiceSearch("certificati", ITALIAN).score(mentionsInCard));
    }

    @Test
    void theReadersLanguageIsSearchedBesidesItalian() {
        Service translated = new Service(
                "pubblicazione-matrimonio",
                new LocalizedText(
                        "Richiesta pubblicazione matrimonio", "Marriage banns request", "Antrag auf Eheaufgebot"),
                LocalizedText.italian("Pubblicazioni di matrimonio"));
        translated.classify(List.of(mobility), List.of(), Set.of());

        assertThat(new ServiceSearch("eheaufgebot", Locale.GERMAN).rank(List.of(translated)))
                .containsExactly(translated);
        assertThat(new ServiceSearch("eheaufgebot", Locale.ENGLISH).rank(List.of(translated)))
                .isEmpty();
        assertThat(new ServiceSearch("matrimonio", Locale.GERMAN).rank(List.of(translated)))
                .containsExactly(translated);
    }

    @Test
    void topicsAndCategoriesAreSearched() {
        Service tagged = service("parcheggi-residenti", "Contrassegno residenti", "Sosta", "-");
        tagged.classify(
                List.of(mobility), List.of(new Topic("parcheggi", LocalizedText.italian("Parcheggi"))), Set.of());

        assertThat(new ServiceSearch("parcheggi", ITALIAN).rank(List.of(tagged, certificates)))
                .containsExactly(tagged);
    }

    private Service service(String code, String title, String summary, String needed) {
        Service service = new Service(code, LocalizedText.italian(title), LocalizedText.italian(summary));
        service.classify(List.of(mobility), List.of(), Set.of());
        service.writeCard(CardSection.NEEDED, LocalizedText.italian(needed));
        return service;
    }
}
