package app.yibao.atlas.eligibility;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** What is true of the insured person; leave out what is not known. */
@Input("SituationInput")
@Description("What is true of the insured person. Set what you know; leave out (null) what you do not.")
public record SituationInput(
        @Description("Emigrating, or settled abroad (移民、出境定居).") Boolean emigrating,
        @Description("Has lost Chinese nationality (丧失国籍).") Boolean lostNationality,
        @Description("The insured person has died (死亡继承).") Boolean deceased,
        @Description("With deceased: whether the one asking is the heir (继承人) or family member entitled to apply.")
        Boolean askerIsHeir,
        @Description("Retired, with the pension paid in another region (退休时养老待遇不在本地).") Boolean retiredWithPensionElsewhere,
        @Description("Changed job to another pooling region (跨统筹地区流动就业).") Boolean changedJobAcrossRegions,
        @Description("With changedJobAcrossRegions: whether the new region accepts the transferred balance.")
        Boolean newRegionAcceptsBalance,
        @Description("Has registered for long-term medical care elsewhere (长期异地就医).") Boolean longTermResidenceElsewhere,
        @Description("A foreign national leaving China for good (外籍参保人离境/回国).") Boolean foreignNationalLeaving,
        @Description("Has a serious illness with heavy own costs (重大疾病).") Boolean seriousIllness,
        @Description("Gives up the employee insurance voluntarily (主动放弃职工医保).") Boolean voluntaryOptOut,
        @Description("The family is in financial hardship (家庭经济困难).") Boolean financialHardship) {
}
