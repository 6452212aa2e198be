package it.sportello.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.boundary.ServiceFilter;
import it.sportello.catalog.control.ServiceDescriptor;
import it.sportello.catalog.control.ServiceDescriptor.Text;
import it.sportello.catalog.entity.Audience;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Topic;
import it.sportello.web.i18n.LocaleSelection;

/**
 * The public catalog, read-only: the same services, categories and topics the public pages
 * show. Texts come in Italian, English and German at once; searching reads the language given
 * by {@code lang}.
 */
@Path("catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
public class CatalogResource {

    @EJB
    Catalog catalog;

    /** A service as listed: enough to show it and to find its card. */
    public record ServiceSummary(
            String code,
            Text title,
            Text summary,
            String status,
            String accessLevel,
            List<String> categories,
            List<String> topics,
            List<Audience> audiences,
            boolean online,
            String card) {}

    public record Classification(String code, Text name) {}

    @GET
    @Path("services")
    @Operation(summary = "Listed services matching the search, best match first")
    @APIResponse(
            responseCode = "200",
            description = "The matching services",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = ServiceSummary.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    @APIResponse(
            responseCode = "400",
            description = "An unknown audience or language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response services(
            @Parameter(description = "Words to search, case and accents ignored") @QueryParam("q") String text,
            @Parameter(description = "Category code") @QueryParam("category") String category,
            @Parameter(description = "Topic code") @QueryParam("topic") String topic,
            @Parameter(description = "Audience (\"Io sono…\"), e.g. CITIZEN, BUSINESS") @QueryParam("audience")
                    String audience,
            @Parameter(description = "Language of the search: it, en or de (default it)") @QueryParam("lang")
                    String lang) {
        Optional<Audience> chosenAudience = audience == null || audience.isBlank()
                ? Optional.empty()
                : Arrays.stream(Audience.values())
                        .filter(a -> a.name().equals(audience))
                        .findFirst();
        if (audience != null && !audience.isBlank() && chosenAudience.isEmpty()) {
            return new Problem(400, "Unknown audience", "audience must be one of " + Arrays.toString(Audience.values()))
                    .response();
        }
        Optional<Locale> locale =
                lang == null || lang.isBlank() ? Optional.of(Locale.ITALIAN) : LocaleSelection.supported(lang);
        if (locale.isEmpty()) {
            return new Problem(400, "Unknown language", "lang must be it, en or de").response();
        }
        List<ServiceSummary> services = catalog
                .search(
                        new ServiceFilter(text, blankToNull(category), blankToNull(topic), chosenAudience.orElse(null)),
                        locale.get())
                .stream()
                .map(CatalogResource::summary)
                .toList();
        return Response.ok(services).build();
    }

    @GET
    @Path("services/{code}")
    @Operation(summary = "One service with its whole card")
    @APIResponse(
            responseCode = "200",
            description = "The service",
            content = @Content(schema = @Schema(implementation = ServiceDescriptor.class)))
    @APIResponse(
            responseCode = "404",
            description = "No service with that code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response service(@PathParam("code") String code) {
        return catalog.service(code)
                .map(service -> Response.ok(ServiceDescriptor.of(service, null)).build())
                .orElseGet(
                        () -> new Problem(404, "Unknown service", "There is no service with code " + code).response());
    }

    @GET
    @Path("categories")
    @Operation(summary = "The categories of the catalog, in their order")
    public List<Classification> categories() {
        return catalog.categories().stream()
                .map(c -> new Classification(c.getCode(), Text.of(c.getName())))
                .toList();
    }

    @GET
    @Path("topics")
    @Operation(summary = "The topics services are tagged with")
    public List<Classification> topics() {
        return catalog.topics().stream()
                .map(t -> new Classification(t.getCode(), Text.of(t.getName())))
                .toList();
    }

    private static ServiceSummary summary(Service service) {
        return new ServiceSummary(
                service.getCode(),
                Text.of(service.getTitle()),
                Text.of(service.getSummary()),
                service.getStatus().name(),
                service.getAccessLevel().name(),
                service.getCategories().stream().map(Category::getCode).toList(),
                service.getTopics().stream().map(Topic::getCode).toList(),
                List.copyOf(service.getAudiences()),
                !service.isExternal(),
                "/servizi/scheda.xhtml?servizio=" + service.getCode());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
