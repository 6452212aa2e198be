package it.sportello.web.security;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import com.nimbusds.jwt.JWTClaimsSet;

import it.sportello.identity.control.AddressClaim;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.InvalidFiscalCodeException;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;

/**
 * Reads a citizen's identity from the claims of a validated ID token. Providers name the claims
 * differently (SPID's {@code fiscalNumber}, a proxy's own names), so the names are settings.
 *
 * <p>The codice fiscale is the only claim without which nobody can log in: it is who the citizen
 * is here. Birth date and sex, when the provider leaves them out or sends something unreadable,
 * are taken from the codice fiscale, which encodes both. The address (SPID's "domicilio fisico")
 * becomes the citizen's domicile, read as {@link AddressClaim} explains.
 */
public record IdentityClaims(
        String fiscalCode,
        String givenName,
        String familyName,
        String email,
        String mobile,
        String birthDate,
        String birthPlace,
        String gender,
        String address) {

    /**
     * The credential these claims prove.
     *
     * @throws IllegalArgumentException if the codice fiscale or a name is missing
     * @throws InvalidFiscalCodeException if the codice fiscale is not valid
     */
    public CitizenCredential credential(JWTClaimsSet claims, AuthMethod method, String level) {
        String code = text(claims, fiscalCode);
        if (code == null) {
            throw new IllegalArgumentException("The ID token has no " + fiscalCode + " claim");
        }
        FiscalCode fiscal = FiscalCode.of(code);
        PersonalData data = new PersonalData(
                text(claims, givenName),
                text(claims, familyName),
                date(text(claims, birthDate), fiscal),
                text(claims, birthPlace),
                sex(text(claims, gender), fiscal),
                text(claims, email),
                text(claims, mobile),
                AddressClaim.read(claims.getClaim(address)).orElse(null));
        return new CitizenCredential(fiscal, data, method, level);
    }

    /**
     * The claims of the ID token completed and overridden by those of the userinfo answer
     * ({@code null} when there is none): providers that put an attribute in both keep the newer,
     * fuller one at userinfo. The level of assurance is not read from here, only from the ID token.
     */
    public static JWTClaimsSet merge(JWTClaimsSet idToken, JWTClaimsSet userInfo) {
        if (userInfo == null) {
            return idToken;
        }
        JWTClaimsSet.Builder merged = new JWTClaimsSet.Builder(idToken);
        userInfo.getClaims().forEach(merged::claim);
        return merged.build();
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(String text, FiscalCode fiscal) {
        if (text != null) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException unreadable) {
                // Falls back to the date the codice fiscale encodes.
            }
        }
        return fiscal.birthDate();
    }

    /** OpenID Connect says {@code male}/{@code female}, SPID says {@code M}/{@code F}. */
    private static Sex sex(String text, FiscalCode fiscal) {
        if (text != null) {
            switch (text.toUpperCase(Locale.ROOT)) {
                case "M", "MALE":
                    return Sex.MALE;
                case "F", "FEMALE":
                    return Sex.FEMALE;
                default:
                    break;
            }
        }
        return fiscal.sex();
    }
}
