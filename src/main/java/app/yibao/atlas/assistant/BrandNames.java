package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import app.yibao.atlas.assistant.RegionSpotter.Mention;
import app.yibao.atlas.facts.AccountFact;
import app.yibao.atlas.facts.AccountTopic;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.QueryChannel;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.search.Tokenizer;

/**
 * The names a province's own insurance or service goes by in the knowledge (粤医保, 桂医保, 湘医保): the titles of its
 * brand facts and the names of its channels that are built on its one-character abbreviation (粤, 桂, 湘), belong to it
 * alone and name no place themselves. Such a brand names the province, for a question that names no place
 * (湘医保小程序能查些啥); a channel's everyday name (自助服务终端, held by 深圳's facts alone) does not. Found once per
 * snapshot.
 */
final class BrandNames {

    private static final Pattern ASIDE = Pattern.compile("[（(][^）)]*[）)]");
    private static final int SHORTEST = 3;

    private final Map<String, Region> regionsByBrand = new HashMap<>();

    BrandNames(KnowledgeSnapshot snapshot) {
        Region nation = snapshot.regions().get(0);
        Map<String, List<Region>> owners = new HashMap<>();
        for (PolicyFact fact : snapshot.allFacts()) {
            for (String name : namesIn(fact)) {
                String brand = Tokenizer.normalize(ASIDE.matcher(name).replaceAll("").replaceAll("[“”\"]", "").trim());
                List<Region> of = owners.computeIfAbsent(brand, b -> new ArrayList<>());
                if (!of.contains(fact.getRegion())) {
                    of.add(fact.getRegion());
                }
            }
        }
        owners.forEach((brand, regions) -> {
            if (regions.size() == 1 && !regions.get(0).equals(nation) && brand.length() >= SHORTEST
                    && builtOnAbbreviation(brand, regions.get(0)) && !namesAPlace(snapshot, brand)) {
                regionsByBrand.put(brand, regions.get(0));
            }
        });
    }

    private static List<String> namesIn(PolicyFact fact) {
        if (fact instanceof AccountFact account && account.getTopic() == AccountTopic.BRAND_NAME) {
            return List.of(fact.getTitle().split("/"));
        }
        if (fact instanceof QueryChannel channel && channel.getName() != null) {
            return List.of(channel.getName());
        }
        return List.of();
    }

    private static boolean builtOnAbbreviation(String brand, Region region) {
        return region.aliases().stream().anyMatch(alias -> alias.length() == 1 && brand.contains(alias));
    }

    /** Whether a place's name is within the brand (广西医保, 深圳医保 APP): the place itself is then read. */
    private static boolean namesAPlace(KnowledgeSnapshot snapshot, String brand) {
        for (int start = 0; start < brand.length(); start++) {
            for (int end = start + 2; end <= brand.length(); end++) {
                if (!snapshot.regionsNamed(brand.substring(start, end)).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first brand the normalised text names, as the mention of its region. */
    Optional<Mention> find(String normalized) {
        Mention first = null;
        for (Map.Entry<String, Region> brand : regionsByBrand.entrySet()) {
            int at = normalized.indexOf(brand.getKey());
            if (at >= 0 && (first == null || at < first.start())) {
                first = new Mention(List.of(brand.getValue()), at, at + brand.getKey().length());
            }
        }
        return Optional.ofNullable(first);
    }
}
