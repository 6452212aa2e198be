package it.sportello.territory.entity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A street name as an area keeps it and as an address is compared with it, so that the same
 * street matches however someone typed it: lower case, without accents and punctuation, the kind
 * of street written out ("P.zza", "V.le", "C.so" ...), without a house number typed after the name
 * ("12/b", "snc"). "P.zza del Municipio 3" and "piazza del municipio" are the same street.
 */
public final class StreetKey {

    /** The usual abbreviations of the kind of street, without their dots. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("v", "via"),
            Map.entry("p", "piazza"),
            Map.entry("pza", "piazza"),
            Map.entry("pzza", "piazza"),
            Map.entry("vle", "viale"),
            Map.entry("cso", "corso"),
            Map.entry("lgo", "largo"),
            Map.entry("vic", "vicolo"),
            Map.entry("loc", "localita"),
            Map.entry("fraz", "frazione"),
            Map.entry("str", "strada"));

    private StreetKey() {}

    /** The key of a street as typed; empty when nothing of a name is left (or none was given). */
    public static String of(String street) {
        if (street == null) {
            return "";
        }
        String plain = Normalizer.normalize(street, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
        String[] words = plain.split("\\s+", 2);
        String kind = KINDS.get(words[0].replace(".", ""));
        if (kind != null) {
            plain = kind + (words.length > 1 ? " " + words[1] : "");
        }
        List<String> parts = Arrays.stream(plain.split("[^a-z0-9]+"))
                .filter(part -> !part.isEmpty())
                .toList();
        int end = parts.size();
        while (end > 1 && (parts.get(end - 1).matches("\\d+[a-z]?|[a-z]|snc|bis"))) {
            end--;
        }
        return String.join(" ", parts.subList(0, end));
    }
}
