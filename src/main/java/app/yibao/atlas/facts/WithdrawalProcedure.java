package app.yibao.atlas.facts;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How a withdrawal is applied for and paid out.")
public final class WithdrawalProcedure extends PolicyFact {

    private final List<WithdrawalChannel> channels;
    private final List<String> steps;
    private final List<String> materials;
    private final String processingTime;
    private final Integer processingDaysMin;
    private final Integer processingDaysMax;
    private final String payout;

    public WithdrawalProcedure(FactHeader header, FactDetails details) {
        super(header);
        this.channels = details.objects("channels").stream().map(WithdrawalChannel::from).toList();
        this.steps = details.texts("steps");
        this.materials = details.texts("materials");
        this.processingTime = details.text("processingTime");
        this.processingDaysMin = details.integer("processingDaysMin");
        this.processingDaysMax = details.integer("processingDaysMax");
        this.payout = details.text("payout");
    }

    public @NonNull List<@NonNull WithdrawalChannel> getChannels() {
        return channels;
    }

    @Description("The steps, in order.")
    public @NonNull List<@NonNull String> getSteps() {
        return steps;
    }

    public @NonNull List<@NonNull String> getMaterials() {
        return materials;
    }

    @Description("Processing time as the sources state it, e.g. 1-3个工作日.")
    public String getProcessingTime() {
        return processingTime;
    }

    @Description("Fewest working days to process, when the sources give a figure.")
    public Integer getProcessingDaysMin() {
        return processingDaysMin;
    }

    @Description("Most working days to process, when the sources give a figure.")
    public Integer getProcessingDaysMax() {
        return processingDaysMax;
    }

    @Description("Where the money goes, e.g. the bound bank account.")
    public String getPayout() {
        return payout;
    }
}
