package it.sportello.municipality;

import java.util.List;

/**
 * An Italian comune as listed by ISTAT.
 *
 * @param istatCode     six digits, e.g. 022205 for Trento; null for a comune ISTAT does not list
 *                      (the municipality's own, when configured so)
 * @param province      the abbreviation of its province, e.g. TN
 * @param cadastralCode the Belfiore code, e.g. L378, also found in codici fiscali
 * @param caps          its CAPs; several for large cities, possibly none when unknown
 */
public record Comune(String istatCode, String name, String province, String cadastralCode, List<String> caps) {

    public Comune {
        caps = List.copyOf(caps);
    }

    /** Whether the CAP belongs to this comune; true for any CAP when its CAPs are not known. */
    public boolean hasCap(String cap) {
        return caps.isEmpty() || caps.contains(cap);
    }
}
