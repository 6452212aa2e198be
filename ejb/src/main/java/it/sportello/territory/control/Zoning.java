package it.sportello.territory.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import it.sportello.form.control.PostalAddress;
import it.sportello.territory.entity.Area;
import it.sportello.territory.entity.StreetKey;

/**
 * Which area an address is in. The address must be in Italy and in the area's comune (when the
 * area names one). Its street decides first, compared by its {@link StreetKey}; failing that, its
 * CAP. When two areas claim it, the one that comes first in the list wins; when none does, the
 * address has no area.
 */
public final class Zoning {

    private Zoning() {}

    /** The area of the first of {@code addresses} that is in one, in the order given. */
    public static Optional<Area> areaOf(Collection<Area> areas, List<PostalAddress> addresses) {
        return addresses.stream()
                .map(address -> areaOf(areas, address))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public static Optional<Area> areaOf(Collection<Area> areas, PostalAddress address) {
        if (address == null || !address.isItalian()) {
            return Optional.empty();
        }
        List<Area> candidates = areas.stream()
                .filter(area ->
                        area.getComuneCode() == null || area.getComuneCode().equalsIgnoreCase(address.comuneCode()))
                .sorted(Comparator.comparingInt(Area::getPosition))
                .toList();
        String street = StreetKey.of(address.street());
        String cap = address.cap() == null ? "" : address.cap().strip();
        return first(candidates, area -> !street.isEmpty() && area.getStreets().contains(street))
                .or(() -> first(
                        candidates,
                        area -> !cap.isEmpty() && area.getPostcodes().contains(cap)));
    }

    private static Optional<Area> first(List<Area> areas, Predicate<Area> test) {
        return areas.stream().filter(test).findFirst();
    }
}
