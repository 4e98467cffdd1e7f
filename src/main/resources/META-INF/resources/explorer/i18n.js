// UI labels and enum words, in Chinese and English. Enums are never shown raw: word() falls back to a
// readable form of the constant only if the API adds a value this page does not know yet.

const LABELS = {
  zh: {
    title: '医保个人账户 · 地区查询', intro: '职工医保个人账户：余额能否提取、能用在哪里、怎么查、找谁办。每条规定都注明出处。', find: '查找地区', findPlaceholder: '深圳、深圳市、shenzhen、Aksu…', go: '查找',
    browse: '按地区浏览', home: '首页', ask: '提问', compare: '对比', asOf: '查询日期', today: '今天',
    language: 'English', languageLabel: '切换语言', place: '地区', subregions: '下辖地区', aliases: '别名',
    notFound: '没有找到这个地区', ambiguous: '这个名字对应多个地区，请选择', suggestions: '匹配的地区',
    loading: '加载中…', error: '出错了', retry: '重试', none: '无', noFacts: '没有相关规定',
    withdrawal: '提取条件', procedure: '办理流程', usage: '使用范围', balance: '余额查询', contacts: '联系方式',
    notices: '注意事项', account: '账户知识', viewQuery: '查看查询', variables: '变量',
    applicant: '申请人', materials: '材料', outcome: '结果', notes: '说明', steps: '步骤', channels: '渠道',
    processingTime: '办理时限', payout: '到账方式', category: '类别', beneficiaries: '受益人', conditions: '条件',
    threshold: '余额门槛', tiers: '档次', prerequisites: '前提', contact: '联系', phone: '电话', address: '地址',
    hours: '办公时间', amount: '数值', from: '起', until: '止', appliesFrom: '起始', appliesUntil: '截止',
    citations: '来源', quote: '原文', reliability: '可靠性', inheritedFrom: '沿用 {0} 的规定', disputed: '有争议',
    caveat: '提示', heldBy: '{0}', sources: '来源', yuan: '元', sourcesHint: '知识库引用的全部文件，按日期排列，附可靠性说明。',
    same: '相同', differs: '不同', noneHere: '此地无此项', before: '看此前的规定', after: '看此后的规定',
    addCompare: '加入对比', removeCompare: '移出对比', compareTitle: '地区对比', compareAdd: '添加地区',
    compareHint: '选择 2–3 个地区，逐项对比。', compareFull: '最多对比 3 个地区', openPlace: '打开',
    askTitle: '问一个问题', askPlaceholder: '深圳出国定居了医保余额能取出来吗？', askGo: '提问',
    askExamples: '例如', topic: '主题', confidence: '把握', region: '地区', otherRegions: '也提到', hits: '最相关',
    disclaimer: '免责声明', eligibility: '能否提取余额', eligibilityHint: '勾选符合的情况，地区与日期取自上方。',
    check: '判断', verdict: '结论', dependsOn: '取决于', reason: '理由', cashAccess: '关于取现',
    eligibilityFor: '地区', choosePlace: '先选择一个地区', assessments: '逐项判断', about: '关于',
    footer: '资料来自公开文件，逐条注明出处；仅供参考，请以当地医保部门为准。', api: 'GraphQL API',
    level: '级别', parent: '上级', backToTop: '回到顶部', close: '关闭', yes: '是',
  },
  en: {
    title: 'Personal medical-insurance account · by place', intro: 'The personal account of China’s employee medical insurance: when the balance may be withdrawn, what it pays for, how to check it, whom to ask. Every rule cites its source.', find: 'Find a place', findPlaceholder: 'Shenzhen, 深圳, Aksu…', go: 'Find',
    browse: 'Browse places', home: 'Home', ask: 'Ask', compare: 'Compare', asOf: 'As of', today: 'today',
    language: '中文', languageLabel: 'Switch language', place: 'Place', subregions: 'Places within', aliases: 'Also known as',
    notFound: 'No place has that name', ambiguous: 'That name fits several places; choose one', suggestions: 'Matching places',
    loading: 'Loading…', error: 'Something went wrong', retry: 'Retry', none: 'none', noFacts: 'No rules on this',
    withdrawal: 'Withdrawal conditions', procedure: 'Procedure', usage: 'Usage', balance: 'Balance queries', contacts: 'Contacts',
    notices: 'Notices', account: 'Account facts', viewQuery: 'View query', variables: 'Variables',
    applicant: 'Who may apply', materials: 'Materials', outcome: 'Outcome', notes: 'Notes', steps: 'Steps', channels: 'Channels',
    processingTime: 'Processing time', payout: 'Payout', category: 'Category', beneficiaries: 'For', conditions: 'Conditions',
    threshold: 'Balance threshold', tiers: 'Tiers', prerequisites: 'First', contact: 'Contact', phone: 'Phone', address: 'Address',
    hours: 'Opening hours', amount: 'Figure', from: 'from', until: 'until', appliesFrom: 'From', appliesUntil: 'Until',
    citations: 'Sources', quote: 'Quote', reliability: 'Reliability', inheritedFrom: 'inherited from {0}', disputed: 'disputed',
    caveat: 'caveat', heldBy: '{0}', sources: 'Sources', yuan: 'yuan', sourcesHint: 'Every document the knowledge cites, newest first, with how far to trust it.',
    same: 'same', differs: 'differs', noneHere: 'nothing on this here', before: 'see the rule before', after: 'see the rule after',
    addCompare: 'Add to comparison', removeCompare: 'Remove from comparison', compareTitle: 'Compare places', compareAdd: 'Add a place',
    compareHint: 'Choose 2–3 places to compare slice by slice.', compareFull: 'At most 3 places', openPlace: 'Open',
    askTitle: 'Ask a question', askPlaceholder: 'Can I withdraw my Shenzhen balance if I emigrate?', askGo: 'Ask',
    askExamples: 'For example', topic: 'Topic', confidence: 'Confidence', region: 'Place', otherRegions: 'Also named', hits: 'Best matches',
    disclaimer: 'Disclaimer', eligibility: 'May I withdraw the balance?', eligibilityHint: 'Tick what is true; the place and date are those above.',
    check: 'Check', verdict: 'Verdict', dependsOn: 'Depends on', reason: 'Why', cashAccess: 'On taking cash out',
    eligibilityFor: 'Place', choosePlace: 'Choose a place first', assessments: 'Situation by situation', about: 'About',
    footer: 'Compiled from public documents, each cited; for reference only: check with the local medical-insurance office.', api: 'GraphQL API',
    level: 'Level', parent: 'Part of', backToTop: 'Back to top', close: 'Close', yes: 'yes',
  },
};

const ENUMS = {
  WithdrawalKind: {
    CROSS_REGION_EMPLOYMENT: ['跨统筹地区就业', 'Job in another region'], DEATH: ['死亡继承', 'Death (inheritance)'],
    EMIGRATION: ['出境定居', 'Emigration'], FINANCIAL_HARDSHIP: ['家庭经济困难', 'Financial hardship'],
    FOREIGN_NATIONAL_DEPARTURE: ['外籍人员离境', 'Foreign national leaving'],
    LONG_TERM_RESIDENCE_ELSEWHERE: ['长期异地居住', 'Long-term residence elsewhere'],
    LOSS_OF_NATIONALITY: ['丧失国籍', 'Loss of nationality'], RETIREMENT_RELOCATION: ['退休异地安置', 'Retirement elsewhere'],
    SERIOUS_ILLNESS: ['重大疾病', 'Serious illness'], VOLUNTARY_OPT_OUT: ['主动退保', 'Voluntary opt-out'],
  },
  UsageCategory: {
    CHECKUP_AND_VACCINATION: ['体检与疫苗', 'Check-ups and vaccination'], CHILD_PREMIUM_REFUND: ['子女参保缴费', 'Children’s premiums'],
    COMMERCIAL_INSURANCE: ['商业保险', 'Commercial insurance'], CONTRIBUTION_TOP_UP: ['代缴保费', 'Paying contributions'],
    COST_SHARE: ['个人负担部分', 'Cost share'],     FAMILY_MUTUAL_AID: ['家庭共济', 'Family mutual aid'], INPATIENT: ['住院', 'Inpatient care'], OTHER: ['其他', 'Other'],
    OUTPATIENT: ['门诊', 'Outpatient care'], PHARMACY: ['药店购药', 'Pharmacy'], REHABILITATION: ['康复', 'Rehabilitation'],
    TREATMENT_ELSEWHERE: ['异地就医', 'Treatment elsewhere'],
  },
  Beneficiary: {
    CHILDREN: ['子女', 'Children'], PARENTS: ['父母', 'Parents'], RELATIVES: ['近亲属', 'Close relatives'],
    SELF: ['本人', 'Self'], SPOUSE: ['配偶', 'Spouse'],
  },
  QueryChannelType: {
    ALIPAY: ['支付宝', 'Alipay'], DESIGNATED_PROVIDER: ['定点医药机构', 'Designated hospital or pharmacy'],
    MINI_PROGRAM: ['小程序', 'Mini program'],
    MOBILE_APP: ['手机 App', 'Mobile app'], PHONE: ['电话', 'Phone'], SELF_SERVICE_TERMINAL: ['自助终端', 'Self-service terminal'],
    SERVICE_WINDOW: ['服务窗口', 'Service window'], WEBSITE: ['网站', 'Website'], WECHAT: ['微信', 'WeChat'],
  },
  WithdrawalChannelType: {
    ATM: ['ATM', 'ATM'], BANK_COUNTER: ['银行柜台', 'Bank counter'], MINI_PROGRAM: ['小程序', 'Mini program'],
    MOBILE_APP: ['手机 App', 'Mobile app'], ONLINE: ['网上办理', 'Online'], ONLINE_BANKING: ['网上银行', 'Online banking'],
    SERVICE_WINDOW: ['服务窗口', 'Service window'],
  },
  AccountTopic: {
    BRAND_NAME: ['名称', 'Names'], CARRY_OVER: ['结转', 'Carry-over'], CASH_ACCESS: ['取现', 'Cash access'],
    CONTRIBUTION: ['缴费', 'Contributions'], CONTRIBUTION_YEARS: ['缴费年限', 'Contribution years'],
    CREDITING: ['划入', 'Crediting'], FEE: ['费用', 'Fees'], INTEREST: ['利息', 'Interest'],
    OTHER: ['其他', 'Other'], REIMBURSEMENT_PAYOUT: ['报销款去向', 'Reimbursement payout'],
    REIMBURSEMENT_OVERVIEW: ['年度报销查询', 'Reimbursement overview'],
    POOLED_FUND: ['统筹基金用途', 'What the pooled fund pays'],
    ACTIVATION: ['医保卡激活', 'Card activation'],
    CONTRIBUTION_CERTIFICATE: ['参保缴费证明', 'Contribution certificate'],
    NON_DESIGNATED_RECORDS: ['非定点医院消费记录', 'Records at non-designated hospitals'], TIER: ['档次', 'Tiers'],
    USAGE_THRESHOLD: ['使用门槛', 'Usage threshold'],
    WALLET_ROLLOUT: ['医保钱包开通', 'Wallet roll-out'], WALLET_TRANSFER: ['医保钱包', 'Wallet transfers'],
  },
  NoticeSeverity: { INFO: ['提示', 'Info'], WARNING: ['警示', 'Warning'] },
  RegionLevel: { NATION: ['全国', 'Nation'], PROVINCE: ['省级', 'Province'], PREFECTURE: ['地级', 'Prefecture'], COUNTY: ['县级', 'County'] },
  Topic: {
    BALANCE_QUERY: ['余额查询', 'Balance queries'], CONTACT: ['联系方式', 'Contacts'], GENERAL: ['账户知识', 'How the account works'],
    USAGE: ['使用范围', 'Usage'], WITHDRAWAL: ['提取', 'Withdrawal'],
  },
  Verdict: { DEPENDS: ['视情况而定', 'It depends'], ELIGIBLE: ['可以提取', 'Eligible'], NOT_ELIGIBLE: ['不能提取', 'Not eligible'] },
  FactKind: {
    ACCOUNT_FACT: ['账户知识', 'Account fact'], CONTACT: ['联系方式', 'Contact'], NOTICE: ['注意事项', 'Notice'],
    QUERY_CHANNEL: ['余额查询', 'Balance query'], USAGE_SCENARIO: ['使用范围', 'Usage'],
    WITHDRAWAL_CONDITION: ['提取条件', 'Withdrawal condition'], WITHDRAWAL_PROCEDURE: ['办理流程', 'Procedure'],
  },
};

// The situation checkboxes of the eligibility form: SituationInput's fields.
export const SITUATIONS = [
  ['emigrating', '移民、出境定居', 'Emigrating or settled abroad'],
  ['lostNationality', '丧失国籍', 'Has lost Chinese nationality'],
  ['foreignNationalLeaving', '外籍参保人离境回国', 'A foreign national leaving China for good'],
  ['deceased', '参保人已去世', 'The insured person has died'],
  ['askerIsHeir', '我是继承人或有权申请的家属', 'I am the heir or an entitled family member'],
  ['changedJobAcrossRegions', '跨统筹地区就业', 'Changed job to another region'],
  ['newRegionAcceptsBalance', '新就业地接收个人账户转移', 'The new region accepts the transferred balance'],
  ['retiredWithPensionElsewhere', '退休，养老待遇在外地领取', 'Retired, pension paid in another region'],
  ['longTermResidenceElsewhere', '已备案长期异地就医', 'Registered for long-term care elsewhere'],
  ['seriousIllness', '患重大疾病，自付费用高', 'Serious illness with heavy own costs'],
  ['financialHardship', '家庭经济困难', 'Family in financial hardship'],
  ['voluntaryOptOut', '主动放弃职工医保', 'Giving up the employee insurance'],
];

let lang = 'zh';

export function setLang(value) {
  lang = value === 'en' ? 'en' : 'zh';
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

export function getLang() {
  return lang;
}

/** A UI label; {0}, {1}… are replaced by the arguments. */
export function t(key, ...args) {
  const text = LABELS[lang][key] ?? LABELS.en[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? '');
}

/** An enum value as words in the current language, never the raw constant. */
export function word(type, value) {
  if (value == null) return '';
  const pair = ENUMS[type]?.[value];
  if (pair) return pair[lang === 'en' ? 1 : 0];
  const readable = String(value).toLowerCase().replace(/_/g, ' ');
  return readable.charAt(0).toUpperCase() + readable.slice(1);
}
