package it.sportello.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality that runs this desk, as configured ({@code sportello.municipality.*}): its
 * name heads every page and, later, every document and payment notice.
 */
@ApplicationScoped
@Named("municipality")
public class Municipality {

    @Inject
    @ConfigProperty(name = "sportello.municipality.name")
    String name;

    @Inject
    @ConfigProperty(name = "sportello.municipality.tax-code")
    String taxCode;

    @Inject
    @ConfigProperty(name = "sportello.municipality.region")
    String region;

    @Inject
    @ConfigProperty(name = "sportello.municipality.website")
    String website;

    public String getName() {
        return name;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public String getRegion() {
        return region;
    }

    public String getWebsite() {
        return website;
    }
}
