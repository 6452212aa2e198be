package it.sportello.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST resources under {@code /api}, described by MicroProfile OpenAPI at {@code /openapi}.
 * The catalog resources are public and read-only.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Sportello API",
                        version = "1",
                        description =
                                "Public, read-only resources of the municipality's online desk: the service catalog.",
                        license = @License(name = "EUPL-1.2")),
        tags = @Tag(name = "catalog", description = "Services, categories and topics of the public catalog"))
public class RestApplication extends Application {}
