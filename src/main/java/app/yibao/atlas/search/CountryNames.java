package app.yibao.atlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.yibao.atlas.knowledge.BundledText;

/**
 * The names of the countries and continents outside the mainland, in Chinese and in English
 * ({@code regions/countries.tsv}, converted once from published datasets; see {@code regions/PROVENANCE.md}), as
 * regular-expression alternations: settling in one of them (去老挝定居, moved to Canada) is settling abroad.
 */
final class CountryNames {

    static final String RESOURCE = "regions/countries.tsv";
    private static final String HEADER = "code\tkind\tchinese_names\tenglish_names\tsource";

    /** The Chinese names (美国, 澳洲, 老挝…), each quoted, longest first. */
    static final String CHINESE;
    /** The English names in lower case (united states, the netherlands, u.s.…), each quoted, longest first. */
    static final String ENGLISH;

    static {
        List<String> chinese = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (String[] row : rows()) {
            addNames(row[2], chinese);
            addNames(row[3].toLowerCase(Locale.ROOT), english);
        }
        CHINESE = alternation(chinese);
        ENGLISH = alternation(english);
    }

    private CountryNames() {
    }

    private static void addNames(String cell, List<String> names) {
        for (String name : cell.split("\\|")) {
            if (!name.isBlank() && !names.contains(name)) {
                names.add(name);
            }
        }
    }

    private static String alternation(List<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static List<String[]> rows() {
        List<String> lines = BundledText.lines(RESOURCE);
        if (lines.isEmpty() || !HEADER.equals(lines.get(0))) {
            throw new IllegalStateException(RESOURCE + " does not start with the header " + HEADER);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length != 5) {
                throw new IllegalStateException(RESOURCE + ": expected five columns in " + line);
            }
            rows.add(cells);
        }
        return rows;
    }
}
