package it.sportello.territory.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import it.sportello.form.control.PostalAddress;
import it.sportello.territory.entity.Area;

/**
 * Which area an address is in. The address must be in Italy and in the area's comune (when the
 * area names one). Its street decides first, compared as {@link #streetKey} writes it; failing
 * that, its CAP. When two areas claim it, the one that comes first in the list wins; when none
 * does, the address has no area.
 */
public final class Zoning {

    /** The usual abbreviations of the kind of street, without their dots. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("v", "via"), Map.entry("p", "piazza"), Map.entry("pza", "piazza"), Map.entry("pzza", "piazza"),
            Map.entry("vle", "viale"), Map.entry("cso", "corso"), Map.entry("lgo", "largo"), Map.entry("vic", "vicolo"),
            Map.entry("loc", "localita"), Map.entry("fraz", "frazione"), Map.entry("str", "strada"));

    private Zoning() {
    }

    /** The area of the first of {@code addresses} that is in one, in the order given. */
    public static Optional<Area> areaOf(Collection<Area> areas, List<PostalAddress> addresses) {
        return addresses.stream().map(address -> areaOf(areas, address)).flatMap(Optional::stream).findFirst();
    }

    public static Optional<Area> areaOf(Collection<Area> areas, PostalAddress address) {
        if (address == null || !address.isItalian()) {
            return Optional.empty();
        }
        List<Area> candidates = areas.stream()
                .filter(area -> area.getComuneCode() == null || area.getComuneCode().equalsIgnoreCase(address.comuneCode()))
                .sorted(Comparator.comparingInt(Area::getPosition)).toList();
        String street = streetKey(address.street());
        String cap = address.cap() == null ? "" : address.cap().strip();
        return first(candidates, area -> !street.isEmpty() && area.getStreets().contains(street))
                .or(() -> first(candidates, area -> !cap.isEmpty() && area.getPostcodes().contains(cap)));
    }

    private static Optional<Area> first(List<Area> areas, Predicate<Area> test) {
        return areas.stream().filter(test).findFirst();
    }

    /**
     * A street name as compared: lower case, without accents and punctuation, the kind of street
     * written out ("P.zza", "V.le", "C.so" ...), without a house number typed after the name ("12/b", "snc").
     */
    public static String streetKey(String street) {
        if (street == null) {
            return "";
        }
        String plain = Normalizer.normalize(street, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
        String[] words = plain.split("\\s+", 2);
        String kind = KINDS.get(words[0].replace(".", ""));
        if (kind != null) {
            plain = kind + (words.length > 1 ? " " + words[1] : "");
        }
        List<String> parts = Arrays.stream(plain.split("[^a-z0-9]+")).filter(part -> !part.isEmpty()).toList();
        int end = parts.size();
        while (end > 1 && (parts.get(end - 1).matches("\\d+[a-z]?|[a-z]|snc|bis"))) {
            end--;
        }
        return String.join(" ", parts.subList(0, end));
    }
}
