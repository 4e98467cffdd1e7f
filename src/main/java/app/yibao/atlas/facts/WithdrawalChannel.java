package app.yibao.atlas.facts;

import org.eclipse.microprofile.graphql.NonNull;

/** One way to apply for a withdrawal. */
public record WithdrawalChannel(@NonNull WithdrawalChannelType type, String name, String description) {

    static WithdrawalChannel from(FactDetails details) {
        return new WithdrawalChannel(details.enumValue("type", WithdrawalChannelType.class),
                details.text("name"), details.text("description"));
    }
}
