package it.sportello.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.boundary.ServiceFilter;
import it.sportello.catalog.control.ServiceDescriptor;
import it.sportello.catalog.control.ServiceDescriptor.Card;
import it.sportello.catalog.control.ServiceDescriptor.Text;
import it.sportello.catalog.entity.AccessLevel;
import it.sportello.catalog.entity.Audience;
import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.ServiceStatus;
import it.sportello.catalog.entity.Workflow;
import it.sportello.form.boundary.Forms;
import it.sportello.form.boundary.ServiceTransfer;
import it.sportello.form.entity.FormVersion;
import it.sportello.platform.BusinessException;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;
import it.sportello.testing.Http;

/**
 * The catalog in the running application: the demo catalog, saving a service with its card,
 * form versions, import and export (the administrators'), and the public REST resources.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @EJB
    ServiceTransfer transfer;

    @Inject
    Callers callers;

    @ArquillianResource
    URL base;

    @Test
    void theDemoCatalogHasTheServicesOfTheGuideWithFullCardsAndTheirForms() {
        callers.asStaff("admin");
        List<String> demo = demoCodes();
        List<Service> services = catalog.allServices().stream()
                .filter(s -> demo.contains(s.getCode()))
                .toList();

        assertThat(services).hasSize(demo.size()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(services).allSatisfy(service -> {
            assertThat(service.getTopics()).as(service.getCode()).isNotEmpty();
            assertThat(service.mainCategory()).as(service.getCode()).isPresent();
            assertThat(service.getOffice()).as(service.getCode()).isNotNull();
            for (CardSection section : CardSection.values()) {
                assertThat(service.card(section))
                        .as(service.getCode() + " " + section)
                        .isPresent();
            }
        });
        assertThat(catalog.service("cambio-di-residenza"))
                .get()
                .extracting(Service::isExternal)
                .isEqualTo(true);
        assertThat(forms.servicesWithForm())
                .contains(
                        "permesso-passo-carrabile",
                        "accesso-agli-atti",
                        "segnalazione-disservizio",
                        "richiesta-assistenza",
                        "permesso-ztl",
                        "prenotazione-sala-civica",
                        "certificati-anagrafici");
    }

    @Test
    void aSavedServiceKeepsItsCardInEveryLanguage() {
        callers.asStaff("admin");
        catalog.save(descriptor("servizio-di-prova-card", "Come fare: compila il modulo."));

        Service saved = catalog.service("servizio-di-prova-card").orElseThrow();
        assertThat(saved.card(CardSection.HOW_TO)).get().satisfies(text -> {
            assertThat(text.in(Locale.ITALIAN)).isEqualTo("Come fare: compila il modulo.");
            assertThat(text.in(Locale.GERMAN)).isEqualTo("Wie: Formular ausfüllen.");
        });
        assertThat(saved.card(CardSection.COSTS)).isEmpty();
        assertThat(saved.getOffice().getCode())
                .isEqualTo(catalog.offices().get(0).getCode());
        assertThat(saved.getAudiences()).containsExactly(Audience.CITIZEN);
    }

    @Test
    void anUnknownCategoryCodeIsRefusedAndNothingIsSaved() {
        ServiceDescriptor wrong = new ServiceDescriptor(
                "servizio-categoria-errata",
                text("Titolo"),
                text("Breve"),
                ServiceStatus.AVAILABLE,
                null,
                null,
                AccessLevel.SPID_L2,
                PaymentMode.NONE,
                Workflow.APPROVAL,
                30,
                null,
                List.of("non-esiste"),
                List.of(),
                List.of(),
                null,
                null,
                false,
                null,
                null,
                null);

        callers.asStaff("admin");
        assertThatThrownBy(() -> catalog.save(wrong))
                .isInstanceOf(BusinessException.class)
                .hasMessage("catalog.code.unknown");
        assertThat(catalog.service("servizio-categoria-errata")).isEmpty();
    }

    @Test
    void publishingANewFormVersionLeavesTheOldOneAsItWas() {
        callers.asStaff("admin");
        catalog.save(descriptor("servizio-di-prova-moduli", "Compila."));
        String first = form("nome", "Nome");
        String second = form("cognome", "Cognome");

        FormVersion v1 = forms.publish("servizio-di-prova-moduli", first);
        FormVersion again = forms.publish("servizio-di-prova-moduli", first);
        FormVersion v2 = forms.publish("servizio-di-prova-moduli", second);

        assertThat(v1.getNumber()).isEqualTo(1);
        assertThat(v1.getPublishedBy()).as("the administrator calling").isEqualTo("admin");
        assertThat(again.getId()).as("the same definition is not a new version").isEqualTo(v1.getId());
        assertThat(v2.getNumber()).isEqualTo(2);
        assertThat(forms.current("servizio-di-prova-moduli"))
                .get()
                .extracting(FormVersion::getId)
                .isEqualTo(v2.getId());
        FormVersion old = forms.version(v1.getId()).orElseThrow();
        assertThat(old.getDefinition()).contains("\"nome\"").doesNotContain("cognome");
        assertThat(forms.versions("servizio-di-prova-moduli"))
                .extracting(FormVersion::getNumber)
                .containsExactly(2, 1);
    }

    @Test
    void anInvalidFormIsNotPublished() {
        callers.asStaff("admin");
        catalog.save(descriptor("servizio-di-prova-modulo-errato", "Compila."));

        assertThatThrownBy(() -> forms.publish("servizio-di-prova-modulo-errato", "{\"sections\": ["))
                .isInstanceOf(BusinessException.class);
        assertThat(forms.current("servizio-di-prova-modulo-errato")).isEmpty();
    }

    @Test
    void anExportedServiceImportsUnderAnotherCodeWithItsCardAndForm() {
        callers.asStaff("admin");
        ServiceDescriptor exported = transfer.export("permesso-passo-carrabile");
        Text copyTitle = new Text(
                exported.title().it() + " (copia)",
                exported.title().en(),
                exported.title().de());
        ServiceDescriptor copy = new ServiceDescriptor(
                "passo-carrabile-copia",
                copyTitle,
                exported.summary(),
                exported.status(),
                exported.scheduledFrom(),
                exported.scheduledUntil(),
                exported.accessLevel(),
                exported.paymentMode(),
                exported.workflow(),
                exported.maxResponseDays(),
                exported.office(),
                exported.categories(),
                exported.topics(),
                exported.audiences(),
                exported.externalUrl(),
                exported.calendar(),
                exported.featured(),
                exported.card(),
                exported.form(),
                exported.withdrawalAllowed());

        transfer.importService(copy);

        ServiceDescriptor imported = transfer.export("passo-carrabile-copia");
        assertThat(imported.card()).isEqualTo(exported.card());
        assertThat(imported.form()).isEqualTo(exported.form()).isNotNull();
        assertThat(imported.topics()).containsExactlyInAnyOrderElementsOf(exported.topics());
    }

    @Test
    void searchIgnoresAccentsAndPrivateServicesAreNotListed() {
        callers.asStaff("admin");
        catalog.save(descriptor("servizio-privato-di-prova", "Compila.", ServiceStatus.PRIVATE));

        callers.anonymous();
        assertThat(catalog.search(new ServiceFilter("PASSO CARRABILE", null, null, null), Locale.ITALIAN))
                .extracting(Service::getCode)
                .first()
                .isEqualTo("permesso-passo-carrabile");
        assertThat(catalog.search(ServiceFilter.everything(), Locale.ITALIAN))
                .extracting(Service::getCode)
                .doesNotContain("servizio-privato-di-prova");
        assertThat(catalog.service("servizio-privato-di-prova")).isPresent();
    }

    @Test
    void onlyAnAdministratorWritesTheCatalogAndItsForms() {
        ServiceDescriptor service = descriptor("servizio-solo-amministratori", "Compila.");
        callers.asStaff("manager");

        assertThatThrownBy(() -> catalog.save(service)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> forms.publish("permesso-passo-carrabile", form("nome", "Nome")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> transfer.export("permesso-passo-carrabile")).isInstanceOf(EJBAccessException.class);
        assertThat(catalog.allServices())
                .as("a manager enables operators for them")
                .isNotEmpty();

        callers.anonymous();
        assertThatThrownBy(() -> catalog.allServices())
                .as("private services too")
                .isInstanceOf(EJBAccessException.class);
        assertThat(forms.current("permesso-passo-carrabile"))
                .as("a published form is public")
                .isPresent();
        assertThat(catalog.service("servizio-solo-amministratori")).isEmpty();
    }

    @Test
    @RunAsClient
    void theRestResourcesListSearchAndDescribeServices() {
        Http http = new Http(base);

        HttpResponse<String> found = http.get("api/catalog/services?q=carrabile");
        assertThat(found.statusCode()).isEqualTo(200);
        JsonArray services = Json.createReader(new StringReader(found.body())).readArray();
        assertThat(services.getJsonObject(0).getString("code")).isEqualTo("permesso-passo-carrabile");

        HttpResponse<String> one = http.get("api/catalog/services/permesso-passo-carrabile");
        JsonObject service = Json.createReader(new StringReader(one.body())).readObject();
        assertThat(service.getJsonObject("card").getJsonObject("howTo").getString("it"))
                .isNotBlank();

        HttpResponse<String> categories = http.get("api/catalog/categories");
        assertThat(Json.createReader(new StringReader(categories.body())).readArray())
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    @RunAsClient
    void badRequestsGetAProblemThatSaysWhatIsWrong() {
        Http http = new Http(base);

        HttpResponse<String> unknown = http.get("api/catalog/services/non-esiste");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(unknown.body()).contains("non-esiste");

        HttpResponse<String> audience = http.get("api/catalog/services?audience=MARZIANO");
        assertThat(audience.statusCode()).isEqualTo(400);
        assertThat(audience.body()).contains("CITIZEN");
    }

    @Test
    @RunAsClient
    void theOpenApiDocumentDescribesTheCatalog() {
        HttpResponse<String> openapi = new Http(base).get("/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body())
                .contains("/api/catalog/services", "/api/catalog/services/{code}", "/api/catalog/categories");
    }

    private ServiceDescriptor descriptor(String code, String howTo) {
        return descriptor(code, howTo, ServiceStatus.AVAILABLE);
    }

    private ServiceDescriptor descriptor(String code, String howTo, ServiceStatus status) {
        return new ServiceDescriptor(
                code,
                text("Servizio di prova " + code),
                text("Un servizio per le prove"),
                status,
                null,
                null,
                AccessLevel.SPID_L2,
                PaymentMode.NONE,
                Workflow.APPROVAL,
                30,
                catalog.offices().get(0).getCode(),
                List.of(catalog.categories().get(0).getCode()),
                List.of(catalog.topics().get(0).getCode()),
                List.of(Audience.CITIZEN),
                null,
                null,
                false,
                new Card(null, null, new Text(howTo, null, "Wie: Formular ausfüllen."), null, null, null, null, null),
                null,
                null);
    }

    private static List<String> demoCodes() {
        try (var in = it.sportello.demo.DemoData.class.getResourceAsStream("services/index.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Text text(String italian) {
        return new Text(italian, null, null);
    }

    private static String form(String id, String label) {
        return """
                {"sections": [{"id": "dati", "title": {"it": "Dati"},
                  "fields": [{"id": "%s", "kind": "TEXT", "label": {"it": "%s"}, "required": true}]}]}
                """.formatted(id, label);
    }
}
