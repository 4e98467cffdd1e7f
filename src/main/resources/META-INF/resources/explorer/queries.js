// Every GraphQL document the page runs. Each section of a place's page runs its own query, so that a section
// shows exactly what it asked for ("view query") and each answer is cached on its own.

const SOURCE = 'source { id title publisher publishedOn reliability }';
export const COMMON = `id factId title description appliesFrom appliesUntil disputed disputeNote caveat
    inheritedFrom { id code name } region { id code name }
    citations { quote ${SOURCE} }`;

// The nation, provinces and prefectures, in one query; the counties (1,878) are asked for by prefecture, when shown.
const REGION_NODES = 'edges { node { id code name shortName level aliases parent { id code } } }';
export const REGIONS = `query Regions {
  nation: regions(level: NATION) { ${REGION_NODES} }
  provinces: regions(level: PROVINCE, first: 500) { ${REGION_NODES} }
  prefectures: regions(level: PREFECTURE, first: 500) { ${REGION_NODES} }
}`;

export const COUNTIES = `query Counties($parent: String!) {
  regions(parentCode: $parent, level: COUNTY, first: 500) { ${REGION_NODES} }
}`;

export const SOURCES = `query Sources {
  sources { id title publisher publishedOn reliability }
}`;

export const FIND = `query Find($name: String!) {
  region(name: $name) { id code name }
}`;

export const PLACE = `query Place($code: String!) {
  region(code: $code) {
    id code name shortName level aliases
    parent { id code name parent { id code name parent { id code name } } }
  }
}`;

/** The sections of a place's page, in order: key, label key, document, and whether it takes asOf. */
export const SECTIONS = [
  { key: 'withdrawal', dated: true, query: `query Withdrawal($code: String!, $asOf: Date) {
  region(code: $code) {
    id
    withdrawalConditions(asOf: $asOf) {
      kind applicant materials outcome notes
      ${COMMON}
    }
  }
}` },
  { key: 'procedure', dated: true, query: `query Procedure($code: String!, $asOf: Date) {
  region(code: $code) {
    id
    withdrawalProcedure(asOf: $asOf) {
      steps channels { type name description } materials processingTime payout
      ${COMMON}
    }
  }
}` },
  { key: 'usage', dated: true, query: `query Usage($code: String!, $asOf: Date) {
  region(code: $code) {
    id
    usageScenarios(asOf: $asOf) {
      category beneficiaries conditions balanceThreshold tiers
      ${COMMON}
    }
  }
}` },
  { key: 'balance', dated: false, query: `query BalanceQueries($code: String!) {
  region(code: $code) {
    id
    queryChannels {
      type name steps prerequisites contact
      ${COMMON}
    }
  }
}` },
  { key: 'contacts', dated: false, query: `query Contacts($code: String!) {
  region(code: $code) {
    id
    contacts(includeSubregions: true) {
      organisation phone address openingHours
      ${COMMON}
    }
  }
}` },
  { key: 'notices', dated: false, query: `query Notices($code: String!) {
  region(code: $code) {
    id
    notices {
      severity
      ${COMMON}
    }
  }
}` },
  { key: 'account', dated: true, query: `query AccountFacts($code: String!, $asOf: Date) {
  region(code: $code) {
    id
    accountFacts(asOf: $asOf) {
      topic amount unit
      ${COMMON}
    }
  }
}` },
];

const SHORT = `id factId title description disputed disputeNote caveat
      inheritedFrom { id code name } region { id code name }
      citations { quote ${SOURCE} }`;

export const ASK = `query Ask($question: String!) {
  ask(question: $question) {
    question asOf topic intents confidence disclaimer
    region { id code name }
    otherRegions { id code name }
    withdrawalConditions { kind applicant materials outcome ${SHORT} }
    withdrawalProcedure { steps channels { type name } processingTime payout ${SHORT} }
    usageScenarios { category beneficiaries conditions balanceThreshold ${SHORT} }
    queryChannels { type name steps ${SHORT} }
    contacts { organisation phone address openingHours ${SHORT} }
    accountFacts { topic amount unit ${SHORT} }
    notices { severity ${SHORT} }
  }
}`;

export const ELIGIBILITY = `query Eligibility($region: String!, $situation: SituationInput!, $asOf: Date) {
  withdrawalEligibility(region: $region, situation: $situation, asOf: $asOf) {
    asOf verdict dependsOn materials processingTime
    region { id code name }
    inheritedFrom { id code name }
    assessments { situation verdict reason dependsOn }
    procedure { steps channels { type name description } processingTime payout }
    cashAccess { id title description }
    citations { quote ${SOURCE} }
  }
}`;
