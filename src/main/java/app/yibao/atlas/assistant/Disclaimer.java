package app.yibao.atlas.assistant;

import java.util.Collection;
import java.util.List;

import app.yibao.atlas.regions.Region;

/** The honest caveat of an answer, in Chinese or English as the question was asked. */
final class Disclaimer {

    private Disclaimer() {
    }

    /**
     * @param named     the region the question named, or null when it named none
     * @param owners    the regions whose rules answer instead, where the named one has none of its own
     * @param ambiguous the regions a name fitted, when it fitted several
     * @param disputed  whether a fact of the answer is disputed between sources
     * @param pastRules whether the answer shows rules that ended before the day asked about
     * @param elsewhere the regions whose own rules are shown where the place asked about (or, no place named, the
     *                  nation) and the regions above it have none
     * @param hitsFrom  the other regions whose facts are among the search hits of a question about a place
     */
    static String of(boolean chinese, Region named, Collection<Region> owners, List<Region> ambiguous,
            boolean disputed, boolean pastRules, Collection<Region> elsewhere, Collection<Region> hitsFrom) {
        StringBuilder text = new StringBuilder();
        if (chinese) {
            text.append("以上内容整理自公开资料并注明出处，仅供参考：医保政策因地而异，也会调整，办理前请向当地医保经办机构核实。");
            if (named == null) {
                text.append("问题中没有识别出地区，以上为全国通行的规定");
                text.append(elsewhere.isEmpty() ? "。" : "；全国没有收录规定的部分，所列为" + names(elsewhere, "、")
                        + "的地方规定，不一定适用于你所在的地区。");
            } else if (!owners.isEmpty()) {
                text.append(named.name()).append("没有单独收录的规定，部分内容沿用").append(names(owners, "、"))
                        .append("的规定。");
            }
            if (named != null && !elsewhere.isEmpty()) {
                text.append(named.name()).append("及其上级地区都没有收录规定的部分，所列为").append(names(elsewhere, "、"))
                        .append("的地方规定，仅供参考，不一定适用于").append(named.name()).append("。");
            }
            if (named != null && !hitsFrom.isEmpty()) {
                text.append("检索结果中的").append(names(hitsFrom, "、")).append("条目是当地的规定，仅供参考。");
            }
            if (ambiguous.size() > 1) {
                text.append("地名可指").append(names(ambiguous, "或")).append("，以上按").append(ambiguous.get(0).name())
                        .append("回答。");
            }
            if (disputed) {
                text.append("部分内容在不同资料之间有出入，请留意 disputeNote。");
            }
            if (pastRules) {
                text.append("部分内容在收录的资料中没有现行规定，所列为已经到期的规定（见各条的 appliesUntil），请向当地核实现行标准。");
            }
        } else {
            text.append("Compiled from public sources, each cited; for reference only: medical-insurance rules differ "
                    + "from place to place and change over time, so check with the local medical insurance office "
                    + "before acting.");
            if (named == null) {
                text.append(" No place was recognised in the question, so these are the national rules");
                text.append(elsewhere.isEmpty() ? "." : "; where there is none, the rules shown are those of "
                        + names(elsewhere, ", ") + ", which may not apply where you are.");
            } else if (!owners.isEmpty()) {
                text.append(" ").append(named.name()).append(" has no rules of its own on part of this; those of ")
                        .append(names(owners, ", ")).append(" apply.");
            }
            if (named != null && !elsewhere.isEmpty()) {
                text.append(" Where neither ").append(named.name()).append(" nor the regions above it have a rule, "
                        + "the rules shown are those of ").append(names(elsewhere, ", ")).append(", for reference: they "
                        + "may not apply in ").append(named.name()).append(".");
            }
            if (named != null && !hitsFrom.isEmpty()) {
                text.append(" The hits from ").append(names(hitsFrom, ", "))
                        .append(" are those places' own rules, for reference.");
            }
            if (ambiguous.size() > 1) {
                text.append(" The place name fits ").append(names(ambiguous, " or ")).append("; answered for ")
                        .append(ambiguous.get(0).name()).append(".");
            }
            if (disputed) {
                text.append(" Sources disagree on part of this: read disputeNote.");
            }
            if (pastRules) {
                text.append(" The sources hold no current rule on part of this: the rules shown have ended (see each "
                        + "one's appliesUntil); ask the local office for the current ones.");
            }
        }
        return text.toString();
    }

    private static String names(Collection<Region> regions, String separator) {
        return String.join(separator, regions.stream().map(Region::name).distinct().toList());
    }
}
