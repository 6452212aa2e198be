package it.sportello.platform.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link HttpUrl}, and tells the entities and the settings check whether a text is such an
 * address. The address is read by {@link URI}, which refuses spaces and other characters an
 * address cannot hold, so "not a url" or "www.comune.it" (no scheme) are refused, as are
 * {@code javascript:} and {@code mailto:} links and {@code https://comune.it@elsewhere.example},
 * which shows one host and opens another.
 */
public class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || isHttpUrl(value);
    }

    /** Whether the text, stripped, is an absolute {@code http} or {@code https} address with a host. */
    public static boolean isHttpUrl(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && !uri.isOpaque()
                && uri.getHost() != null
                && !uri.getHost().isEmpty()
                && uri.getRawUserInfo() == null;
    }
}
