package it.sportello.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The register of Italian comuni and provinces used by address fields, read from
 * {@code comuni.tsv.gz} next to this class (its source and licence are in
 * {@code comuni-README.md}). Immutable; {@link #italian()} reads it once per class loader.
 */
public final class Comuni {

    private static final String RESOURCE = "comuni.tsv.gz";

    private final Map<String, Province> provinces;
    private final Map<String, List<Comune>> byProvince;
    private final Map<String, Comune> byCadastralCode;
    private final Map<String, Comune> byIstatCode;

    /** Holder idiom: the file is read on first use, by one thread. */
    private static final class Register {
        static final Comuni ITALIAN = read(Comuni.class.getResourceAsStream(RESOURCE));
    }

    private final List<Comune> all;
    private final Map<String, Province> declaredProvinces;

    private Comuni(List<Comune> comuni, Map<String, Province> provinces) {
        this(comuni, provinces, null);
    }

    /** {@code first}, when not null, heads its province's list; the others follow alphabetically. */
    private Comuni(List<Comune> comuni, Map<String, Province> provinces, Comune first) {
        this.all = List.copyOf(comuni);
        this.declaredProvinces = provinces;
        this.provinces = Collections.unmodifiableMap(new TreeMap<>(provinces));
        Map<String, List<Comune>> grouped = new TreeMap<>();
        Map<String, Comune> cadastral = new LinkedHashMap<>();
        Map<String, Comune> istat = new LinkedHashMap<>();
        for (Comune comune : comuni) {
            grouped.computeIfAbsent(comune.province(), code -> new ArrayList<>())
                    .add(comune);
            cadastral.put(comune.cadastralCode(), comune);
            if (comune.istatCode() != null) {
                istat.put(comune.istatCode(), comune);
            }
        }
        Comparator<Comune> alphabetical = Comparator.comparing(comune -> collationKey(comune.name()));
        Comparator<Comune> firstThenAlphabetical = Comparator.<Comune, Boolean>comparing(
                        comune -> !comune.equals(first))
                .thenComparing(alphabetical);
        grouped.replaceAll(
                (code, list) -> list.stream().sorted(firstThenAlphabetical).toList());
        this.byProvince = Collections.unmodifiableMap(grouped);
        this.byCadastralCode = Collections.unmodifiableMap(cadastral);
        this.byIstatCode = Collections.unmodifiableMap(istat);
    }

    /** The comuni shipped with the application. */
    public static Comuni italian() {
        return Register.ITALIAN;
    }

    /**
     * Reads a register in the format of {@code comuni.tsv.gz} (gzipped), for tests and for a newer list.
     */
    public static Comuni read(InputStream gzipped) {
        if (gzipped == null) {
            throw new IllegalStateException("The list of comuni is missing from the class path");
        }
        List<Comune> comuni = new ArrayList<>();
        Map<String, Province> provinces = new LinkedHashMap<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split("\t", -1);
                provinces.putIfAbsent(columns[2], new Province(columns[2], columns[3]));
                comuni.add(new Comune(columns[0], columns[1], columns[2], columns[4], caps(columns[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of comuni", e);
        }
        return new Comuni(comuni, provinces);
    }

    /**
     * This register with the municipality's own comune always in it, first in its province's
     * list: a fictional or newer comune (one the list does not hold) is added, one the list holds
     * under the same cadastral code is replaced by it, so that the configured name and CAPs win.
     *
     * @throws IllegalArgumentException when the comune's province is not in the register
     */
    public Comuni withOwn(Comune own) {
        Province province = province(own.province())
                .orElseThrow(
                        () -> new IllegalArgumentException("Unknown province of the municipality: " + own.province()));
        Comune listed = byCadastralCode(own.cadastralCode()).orElse(null);
        Comune first = new Comune(
                own.istatCode() != null || listed == null ? own.istatCode() : listed.istatCode(),
                own.name().strip(),
                province.code(),
                own.cadastralCode().strip().toUpperCase(Locale.ROOT),
                own.caps());
        List<Comune> comuni = new ArrayList<>(all);
        comuni.removeIf(comune -> comune.cadastralCode().equals(first.cadastralCode()));
        comuni.add(first);
        return new Comuni(comuni, declaredProvinces, first);
    }

    /** Every province, by abbreviation. */
    public List<Province> provinces() {
        return List.copyOf(provinces.values());
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(
                code == null ? null : provinces.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The comuni of a province in alphabetical order, the municipality's own first (see
     * {@link #withOwn}); empty for an unknown province.
     */
    public List<Comune> inProvince(String provinceCode) {
        return province(provinceCode)
                .map(province -> byProvince.get(province.code()))
                .orElse(List.of());
    }

    /** A comune by its Belfiore code, e.g. H501 for Roma. */
    public Optional<Comune> byCadastralCode(String code) {
        return Optional.ofNullable(
                code == null ? null : byCadastralCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<Comune> byIstatCode(String code) {
        return Optional.ofNullable(code == null ? null : byIstatCode.get(code.strip()));
    }

    /**
     * A comune of a province by its cadastral code or by its name, ignoring case, accents and
     * apostrophes typed differently ("Sant'Angelo" or "Sant’Angelo").
     */
    public Optional<Comune> find(String provinceCode, String comune) {
        if (comune == null || comune.isBlank()) {
            return Optional.empty();
        }
        Optional<Comune> byCode = byCadastralCode(comune)
                .filter(found -> found.province().equalsIgnoreCase(provinceCode == null ? "" : provinceCode.strip()));
        if (byCode.isPresent()) {
            return byCode;
        }
        String key = collationKey(comune);
        return inProvince(provinceCode).stream()
                .filter(found -> collationKey(found.name()).equals(key))
                .findFirst();
    }

    /** Whether the CAP belongs to the comune of that province; false when the comune is unknown. */
    public boolean capMatches(String provinceCode, String comune, String cap) {
        return find(provinceCode, comune)
                .map(found -> found.hasCap(cap == null ? "" : cap.strip()))
                .orElse(false);
    }

    public int size() {
        return byCadastralCode.size();
    }

    private static List<String> caps(String column) {
        List<String> caps = new ArrayList<>();
        for (String part : column.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int dash = part.indexOf('-');
            if (dash < 0) {
                caps.add(part);
            } else {
                int from = Integer.parseInt(part.substring(0, dash));
                int to = Integer.parseInt(part.substring(dash + 1));
                for (int cap = from; cap <= to; cap++) {
                    caps.add(String.format(Locale.ROOT, "%05d", cap));
                }
            }
        }
        return caps;
    }

    private static String collationKey(String name) {
        String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ITALIAN), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('’', '\'').replaceAll("\\s+", " ");
    }
}
