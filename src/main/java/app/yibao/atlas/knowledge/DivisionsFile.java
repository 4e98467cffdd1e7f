package app.yibao.atlas.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.yibao.atlas.regions.RegionLevel;

/**
 * Parses {@code regions/divisions.tsv}: China's administrative divisions (GB/T 2260), converted once from a
 * published package; see {@code regions/PROVENANCE.md}.
 */
final class DivisionsFile {

    static final String RESOURCE = "regions/divisions.tsv";
    private static final String HEADER = "code\tparent_code\tlevel\tname\tshort_name\tabbreviation\taliases";

    private DivisionsFile() {
    }

    /** A TSV file's lines, the header first; null (and a problem noted) when it is missing or its header wrong. */
    static String[] lines(byte[] content, String path, String header, Problems problems) {
        if (content == null) {
            problems.add(path, "file not found on the class path");
            return null;
        }
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
        if (!lines[0].strip().equals(header)) {
            problems.add(path, "the first line must be the header: " + header);
            return null;
        }
        return lines;
    }

    static List<Division> parse(byte[] content, String path, Problems problems) {
        List<Division> divisions = new ArrayList<>();
        String[] lines = lines(content, path, HEADER, problems);
        if (lines == null) {
            return divisions;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = path + ", line " + (i + 1);
            String[] cells = lines[i].split("\t", -1);
            if (cells.length != 7) {
                problems.add(where, "expected 7 tab-separated cells, found " + cells.length);
                continue;
            }
            String code = cells[0];
            String parent = cells[1].isEmpty() ? null : cells[1];
            if (!code.matches("[0-9]{6}") || !codes.add(code)) {
                problems.add(where, "code '" + code + "' is not six digits or is listed twice");
                continue;
            }
            if (parent != null && !codes.contains(parent)) {
                problems.add(where, "parent '" + parent + "' must be listed before its children");
                continue;
            }
            RegionLevel level;
            try {
                level = RegionLevel.valueOf(cells[2]);
            } catch (IllegalArgumentException e) {
                problems.add(where, "level '" + cells[2] + "' is not one of " + Arrays.toString(RegionLevel.values()));
                continue;
            }
            List<String> aliases = cells[6].isEmpty() ? List.of() : List.of(cells[6].split("\\|"));
            divisions.add(new Division(code, parent, level, cells[3], cells[4],
                    cells[5].isEmpty() ? null : cells[5], aliases));
        }
        return divisions;
    }
}
