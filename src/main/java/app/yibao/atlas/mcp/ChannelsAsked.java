package app.yibao.atlas.mcp;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.yibao.atlas.facts.WithdrawalChannelType;

/**
 * A withdrawal procedure given whole names all its channels, but describes only those the question asks about
 * (网银, 窗口, the app): the description of five channels takes the room of the next fact, and a model needs the
 * detail of the one asked, not of every other.
 */
final class ChannelsAsked {

    /** The channels each intent asks about; online is every channel reached from home. */
    private static final Map<String, Set<WithdrawalChannelType>> BY_INTENT = Map.of(
            "ONLINE", EnumSet.of(WithdrawalChannelType.ONLINE, WithdrawalChannelType.MOBILE_APP,
                    WithdrawalChannelType.MINI_PROGRAM, WithdrawalChannelType.ONLINE_BANKING),
            "WEBSITE", EnumSet.of(WithdrawalChannelType.ONLINE),
            "APP", EnumSet.of(WithdrawalChannelType.MOBILE_APP),
            "WECHAT", EnumSet.of(WithdrawalChannelType.MINI_PROGRAM),
            "ALIPAY", EnumSet.of(WithdrawalChannelType.MINI_PROGRAM),
            "BANK", EnumSet.of(WithdrawalChannelType.ONLINE_BANKING, WithdrawalChannelType.BANK_COUNTER,
                    WithdrawalChannelType.ATM),
            "WINDOW", EnumSet.of(WithdrawalChannelType.SERVICE_WINDOW),
            "WHERE_TO_APPLY", EnumSet.of(WithdrawalChannelType.SERVICE_WINDOW, WithdrawalChannelType.BANK_COUNTER));

    private ChannelsAsked() {
    }

    /**
     * The procedure's compact JSON with the descriptions of the channels not asked about left out. Its details are
     * copied first: the snapshot's own tree is shared by every answer.
     */
    static ObjectNode described(ObjectNode procedure, List<String> intents) {
        JsonNode details = procedure.get("details");
        if (details == null || !details.has("channels")) {
            return procedure;
        }
        Set<WithdrawalChannelType> asked = EnumSet.noneOf(WithdrawalChannelType.class);
        intents.forEach(intent -> asked.addAll(BY_INTENT.getOrDefault(intent, Set.of())));
        ObjectNode copy = details.deepCopy();
        for (JsonNode channel : copy.get("channels")) {
            if (!asked.contains(WithdrawalChannelType.valueOf(channel.path("type").asText()))) {
                ((ObjectNode) channel).remove("description");
            }
        }
        procedure.set("details", copy);
        return procedure;
    }
}
