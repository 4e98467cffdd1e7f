package app.yibao.atlas.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code regions/english-names.tsv}: conventional English names (Kashgar, Urumqi, Lhasa) that the pinyin
 * aliases of {@code divisions.tsv} lack, converted once from published gazetteers (see {@code regions/PROVENANCE.md}),
 * and adds them to the divisions' aliases.
 */
final class EnglishNamesFile {

    static final String RESOURCE = "regions/english-names.tsv";
    private static final String HEADER = "code\tenglish_names\tsource";

    private EnglishNamesFile() {
    }

    /** The divisions with their English names added to their aliases. */
    static List<Division> addTo(List<Division> divisions, byte[] content, String path, Problems problems) {
        Map<String, List<String>> names = parse(content, path, problems);
        List<Division> named = new ArrayList<>(divisions.size());
        for (Division division : divisions) {
            List<String> english = names.remove(division.code());
            if (english == null) {
                named.add(division);
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(division.aliases());
            aliases.addAll(english);
            named.add(new Division(division.code(), division.parentCode(), division.level(), division.name(),
                    division.shortName(), division.abbreviation(), List.copyOf(aliases)));
        }
        names.keySet().forEach(code -> problems.add(path, "code '" + code + "' is not in " + DivisionsFile.RESOURCE));
        return named;
    }

    private static Map<String, List<String>> parse(byte[] content, String path, Problems problems) {
        Map<String, List<String>> names = new HashMap<>();
        String[] lines = DivisionsFile.lines(content, path, HEADER, problems);
        if (lines == null) {
            return names;
        }
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            if (lines[i].isBlank()) {
                continue;
            }
            if (cells.length != 3 || cells[1].isBlank() || names.containsKey(cells[0])) {
                problems.add(path + ", line " + (i + 1), "expected code, names and source, once per code");
                continue;
            }
            names.put(cells[0], List.of(cells[1].split("\\|")));
        }
        return names;
    }
}
