package it.sportello.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;

/**
 * Fictional people to log in as in a demonstration, in place of SPID, CIE or CNS. Their codici
 * fiscali are valid (some omocodic) but belong to nobody. Available only while
 * {@code sportello.identity.provider=demo}.
 */
@ApplicationScoped
public class DemoIdentities {

    public static final String PROVIDER = "demo";

    @Inject
    @ConfigProperty(name = "sportello.identity.provider")
    String provider;

    private List<Identity> identities;

    /** One fictional person; the domicile, when given, is asserted as SPID's "domicilio fisico" would be. */
    public record Identity(
            String givenName,
            String familyName,
            String fiscalCode,
            String birthDate,
            String birthPlace,
            String sex,
            String email,
            String mobile,
            Address domicile) {

        public FiscalCode code() {
            return FiscalCode.of(fiscalCode);
        }

        public PersonalData personalData() {
            return new PersonalData(
                    givenName,
                    familyName,
                    LocalDate.parse(birthDate),
                    birthPlace,
                    Sex.valueOf(sex),
                    email,
                    mobile,
                    domicile);
        }
    }

    public record IdentitiesFile(List<Identity> identities) {}

    @PostConstruct
    void load() {
        identities = List.copyOf(
                DemoResources.read("identities.json", IdentitiesFile.class).identities());
    }

    public boolean isAvailable() {
        return PROVIDER.equals(provider);
    }

    /** The identities to choose from; none when demonstrations are off. */
    public List<Identity> all() {
        return isAvailable() ? identities : List.of();
    }

    public Optional<Identity> find(String fiscalCode) {
        return all().stream()
                .filter(identity -> identity.fiscalCode().equals(fiscalCode))
                .findFirst();
    }
}
