package it.sportello.web.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authentication level an {@code acr} value names, as SPID and CIE publish them
 * ({@code https://www.spid.gov.it/SpidL1} to {@code SpidL3}; source: AgID, "Regole tecniche SPID"
 * and the SPID/CIE OpenID Connect profile).
 */
public final class SpidLevel {

    private static final Pattern LEVEL = Pattern.compile("^https://www\\.spid\\.gov\\.it/SpidL([1-3])$");

    private SpidLevel() {}

    /** The level 1 to 3 the value names; 0 when it is missing or not a SPID/CIE level. */
    public static int of(String acr) {
        if (acr == null) {
            return 0;
        }
        Matcher matcher = LEVEL.matcher(acr.strip());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** The {@code acr} value of a level, to ask the provider for it. */
    public static String acr(int level) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("SPID levels go from 1 to 3: " + level);
        }
        return "https://www.spid.gov.it/SpidL" + level;
    }
}
