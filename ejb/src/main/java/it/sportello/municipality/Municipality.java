package it.sportello.municipality;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality that runs this desk, as configured ({@code sportello.municipality.*}): its
 * name heads every page and, later, every document and payment notice. Its own comune
 * ({@code sportello.municipality.comune.*}) is always offered in addresses, first in its province,
 * even when the ISTAT list does not hold it (a newer comune, or the fictional one of the demo).
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

    @Inject
    @ConfigProperty(name = "sportello.municipality.comune.name")
    String comuneName;

    @Inject
    @ConfigProperty(name = "sportello.municipality.comune.cadastral-code")
    String comuneCadastralCode;

    @Inject
    @ConfigProperty(name = "sportello.municipality.comune.province")
    String comuneProvince;

    @Inject
    @ConfigProperty(name = "sportello.municipality.comune.caps")
    String comuneCaps;

    private volatile Comuni comuni;

    /** The comuni addresses are chosen from and checked against: the ISTAT list with our own comune. */
    public Comuni comuni() {
        Comuni register = comuni;
        if (register == null) {
            List<String> caps = Arrays.stream(comuneCaps.split(","))
                    .map(String::strip)
                    .filter(cap -> !cap.isEmpty())
                    .toList();
            register =
                    Comuni.italian().withOwn(new Comune(null, comuneName, comuneProvince, comuneCadastralCode, caps));
            comuni = register;
        }
        return register;
    }

    /** The municipality's own comune as addresses name it. */
    public Comune comune() {
        return comuni().byCadastralCode(comuneCadastralCode).orElseThrow();
    }

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
