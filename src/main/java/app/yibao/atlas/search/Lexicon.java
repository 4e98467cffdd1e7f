package app.yibao.atlas.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The small domain vocabulary that makes Chinese and English questions meet the Chinese knowledge: each concept
 * lists the Chinese words that express it and English word stems (an English stem of four letters or more also
 * matches longer words: "emigra" matches emigrate and emigration). Search expands a query with the Chinese
 * words of every concept it mentions; the assistant reads topic and intents from the concepts.
 */
public final class Lexicon {

    /** A named idea with its Chinese words and English stems, all in normalised (lower-case) form. */
    public record Concept(String name, List<String> chinese, List<String> english) {
    }

    // One concept per line: NAME: Chinese words | English stems.
    private static final String[] TABLE = {
        "WITHDRAW: 提取 支取 取出 取钱 提现 取现 领取 退还 取走 拿出来 取回 提走 提出来 支出来 往出取 往出提 往出拿 弄出来 转出来 怎么取 能取 可以取 要取 申请取 划出来 领出来 退给我 退给他 退给她 退出来 | withdraw cash refund atm tiqu tixian quxian",
        "EMIGRATION: 出境定居 移民 移居 出国 出境 定居国外 国外定居 境外定居 国外 永居 绿卡 永久居留 | emigra abroad overseas",
        "NATIONALITY: 丧失国籍 国籍 入籍 | nationality citizenship",
        "DEATH: 死亡 去世 身故 继承 过世 离世 遗产 死了 人没了 人走了 他走了 她走了 月走了 刚走了 病走了 癌走了 症走了 祸走了 时走了 年走了 爸走了 妈走了 爹走了 奶走了 爷走了 老人走了 留给孩子 留给子女 留给儿子 留给女儿 留给家人 留给后人 | death dead die died deceased heir inherit passed",
        "RETIREMENT: 退休 养老待遇 养老金 | retire pension",
        "CROSS_REGION: 跨统筹 流动就业 换工作 跳槽 调动 转移 转到 外地工作 异地工作 转入 跨地区 换城市 不接收 转走 跟着转 换到 调到 调去 转过去 转过来 转回 回老家工作 回老家上班 换公司 换单位 外省工作 外省上班 | job transfer relocat moving move",
        "MOVES_WITH: 跟着转 跟着走 一起转 随着转 转过去吗 能转过去 会转过去 跟着过去 |",
        "NOT_TAKEN_IN: 不接收 不接受 |",
        "LONG_TERM_RESIDENCE: 长期异地 异地就医 异地居住 异地生活 长住 | elsewhere",
        "FOREIGN_NATIONAL: 外籍 外国人 离境 回国 | foreign expat",
        "SERIOUS_ILLNESS: 重大疾病 大病 重病 重疾 恶性肿瘤 肿瘤 癌 化疗 白血病 尿毒症 透析 急诊垫付 垫付后 先垫 | illness serious cancer disease emergency",
        "HARDSHIP: 经济困难 困难 | hardship poverty",
        "OPT_OUT: 放弃职工医保 放弃 停保 不交了 不缴了 不想交 不想缴 不想再交 不想再缴 不再交职工 断缴 不交医保 不交职工医保 不缴医保 不缴职工医保 | opt quit",
        "PHARMACY: 药店 药房 买药 购药 拿药 零售药店 什么药 哪些药 啥药 能买什么 能买啥 能买哪些 能买些 可以买什么 可以买啥 可以买哪些 保健品 | pharmac drugstore medicine drug",
        "OUTPATIENT: 门诊 看病 急诊 诊所 | outpatient clinic doctor",
        "MEDICAL_SUPPLIES: 口罩 体温计 温度计 棉签 医疗器械 医用耗材 血压计 血糖仪 血糖试纸 制氧机 雾化器 | thermometer mask",
        "INPATIENT: 住院 | inpatient hospitali",
        "COST_SHARE: 起付线 哪部分 哪些部分 哪一块 哪块钱 怎么扣钱 是怎么扣 扣的是哪 先扣 自付 自己掏 自己付的 自己要付 要自己付 个人负担 个人承担 统筹不报 不报的 不给报 报不了的 不能报销的 被扣了 也被扣 也扣了 | deductible pocket",
        "FAMILY: 家庭共济 共济 家属 家人 配偶 子女 父母 孩子 老婆 老公 爸妈 给我妈 给我爸 给妈妈 给爸爸 给老人 帮老人 给家里 帮我妈 帮我爸 亲属 近亲属 家里人 公公 婆婆 岳父 岳母 孙子 孙女 外孙 儿子 女儿 兄弟 姐妹 哥哥 弟弟 姐姐 妹妹 闺女 媳妇 妻子 丈夫 爱人 老伴 我对象 我爸 我妈 爸爸 妈妈 老爸 老妈 父亲 母亲 帮她付 帮他付 刷我的 用我的 家里老人 娃儿 娃娃 屋头 屋里人 亲人 亲戚 给对象 帮对象 对象看病 女朋友 男朋友 女友 男友 我娘 我爹 爷爷 奶奶 外公 外婆 姥姥 姥爷 小孩 老丈人 丈母娘 前妻 前夫 未婚妻 未婚夫 帮我弟 帮我哥 帮我姐 帮我妹 给我弟 给我哥 给我姐 给我妹 | family spouse wife husband child parent relative kid kids son daughter mother father mom dad girlfriend boyfriend grand fianc",
        "ELSEWHERE_USE: 异地使用 异地用 外省 省外 外地用 拿到外地 去外地 到外地 跨省 异地能用 异地可以用 异地还能用 |",
        "TREATMENT_ELSEWHERE: 异地就医 跨省就医 就医备案 异地备案 跨省备案 备案手续 直接结算 异地结算 出了省 出省 异地安置 常驻异地 参保地 就医地 外地看病 外省看病 异地看病 外地住院 外省住院 跨省看病 跨省住院 别的城市看病 其他城市看病 别的地方看病 其他地方看病 省内异地 |",
        "FILING: 备案 |",
        "CHECKUP: 体检 疫苗 接种 九价 四价 | checkup vaccin hpv",
        "COMMERCIAL_INSURANCE: 商业保险 商业医疗保险 商业险 商保 惠民保 商业医疗险 商业健康险 | commercial private",
        "REHABILITATION: 康复 | rehab",
        "PREMIUM: 交医保费 缴医保费 参保缴费 交居民医保 少儿医保 代缴 给孩子交 给小孩交 帮小孩交 帮孩子交 帮她交 帮他交 给家人交 帮家人交 帮家里人交 给家里人交 | premium",
        "TOP_UP: 补缴 补足 最低缴费年限 缴费年限不够 差几年 年限还差 还差一点 最低年限 年限没满 年限还没满 年限不够 |",
        "NON_MEDICAL: 超市 日用品 生活用品 买米 买油 买菜 物业费 水电费 买衣服 话费 网购 外卖 保健品 保健食品 营养品 美容 化妆品 洗衣粉 洗衣液 米面油 | grocer supermarket supplement",
        "USE: 使用 用途 能用 可以用 怎么用 支付 报销 花 消费 刷 扣 抵扣 付 拿去 哪里用 在哪用 哪儿用 干什么用 能干什么 干啥用 有什么用 能干啥 | spend spent use usable pay cover yong",
        "WHERE_SPENT: 哪里花 哪儿花 在哪花 哪能花 花在哪 哪些地方花 什么地方花 哪些地方刷 哪里能刷 哪里可以刷 哪里能用 哪里可以用 哪些地方能用 哪些地方可以用 哪些地方用 在哪里用 |",
        "QUERY: 查询 查看 查余额 查到 怎么查 办法查 方法查 在哪查 去哪查 哪里查 从哪查 从哪里查 到哪查 到哪里查 哪儿查 去哪看 在哪看 哪里看 电话查 查一下 查下 能查 可以查 上查 帮我查 帮她查 帮他查 帮忙查 问余额 问医保余额 问医保卡余额 看一下余额 看一下医保卡余额 看看余额 查医保 查个人账户 还有多少 还剩多少 剩多少 剩下多少 | check query see show cha chaxun",
        "BALANCE: 余额 多少钱 剩余 | balance left remain",
        "WECHAT: 微信 公众号 小程序 服务号 | wechat weixin",
        "ALIPAY: 支付宝 | alipay",
        "APP: 手机 客户端 | app mobile",
        "NO_SMARTPHONE: 不会用手机 不用手机 没有手机 没有智能手机 不会上网 不用智能手机 不会用智能手机 不太会用智能手机 老人机 不会弄手机 不会弄智能手机 不会玩手机 不会玩智能手机 手机用不来 用不来手机 点错 不太会用手机 不会耍手机 耍不来手机 不会手机 用不了手机 不会使智能手机 冇得智能手机 除了手机 除了app 没装医保app 不会用app 不装app 不下载app 不想装app 不用app 登不上 登录不了 登不进 登陆不了 手机丢了 手机掉了 不让带手机 不能带手机 app也不会用 app不会用 手机也不会用 没流量 | offline",
        "WEBSITE: 网站 官网 网页 电脑 | website web",
        "ONLINE: 网上 线上 在线 专门回 非得回 必须回 跑回 不用回 不用跑 | online internet",
        "NUMBER_ASKED: 电话多少 电话是多少 电话几号 电话是几号 号码 联系电话 哪个电话 什么电话 区号 | number",
        "PHONE: 电话 热线 客服 12333 12393 打电话 | phone hotline call telephone",
        "TERMINAL: 自助终端 自助机 | terminal kiosk",
        "WINDOW: 窗口 经办机构 服务大厅 营业厅 现场 | window office counter",
        "BANK: 银行 网银 中行 工行 农行 建行 | bank atm",
        "CONTACT: 联系 地址 在哪里 在哪儿 办公时间 上班时间 几点上班 当面 上门 去问 人工客服 转人工 人工服务 局在哪 中心在哪 大厅在哪 | contact address hours locat",
        "HOURS: 几点 办公时间 上班时间 工作时间 营业时间 开门 关门 下班 午休 中午休息 | hours",
        "ADDRESS: 地址 哪栋楼 在哪栋 几楼 几号楼 哪个房间 几号房间 门牌 局在哪 | address locat",
        "WHOM: 找谁 问谁 联系谁 找人问 去哪问 在哪问 哪里问 问哪里 咨询 哪个单位 | whom consult",
        "WHICH_OFFICE: 哪个部门 什么部门 哪些部门 哪个机构 什么机构 去那个部门 找那个部门 到那个部门 |",
        "OFFICE_NUMBER: 中心电话 中心的电话 局电话 局的电话 中心号码 中心的号码 局的号码 局号码 |",
        "MATERIALS: 材料 填表 表格 证明 带什么 带啥 带哪些 带些 退休证 需要什么 资料 证件 手续 身份证 复印件 原件 户口本 准备什么 准备哪些 准备啥 准备些 护照 | document material paper certificate",
        "PROCESSING_TIME: 多久 多长时间 几天 工作日 到账 | days time",
        "AFTER_WITHDRAWAL: 提取后 提取之后 提取以后 取出后 取出之后 取出以后 支取后 支取以后 提出来以后 取完以后 取出来以后 提完以后 取出来之后 提取出来之后 提取出来以后 取完钱 提完钱 还能继续 提完之后 取完之后 接着用 注销 账户还能用 账户还在 关系还在 提取了以后 提取了之后 支取了以后 取了以后 提了以后 取出了以后 提现后 提现以后 提现之后 取了之后 提了之后 |",
        "HOW_TO_WITHDRAW: 怎么提取 怎么提 怎么取 如何提取 如何支取 怎样提取 怎么支取 怎么领取 如何领取 怎么申请 如何申请 办理流程 提取流程 支取流程 申请流程 办理步骤 打到哪 打到哪里 打到哪个 钱打到 打入哪 流程 步骤 方式 途径 渠道 | procedure process steps channel",
        "WHERE_TO_APPLY: 去哪办 在哪办 哪里办 去哪里办 到哪办 哪儿办 在哪里办 办理地点 哪里办理 去哪里办理 在哪办理 部门办 部门申请 部门提交 部门交 线下 递交 交到哪 | offline",
        "PROGRESS: 进度 哪一步 办到哪 到哪一步 审核到 办好了没 | progress status",
        "FAILED: 失败 填错 出错 没通过 不通过 被退回 写错 信息错误 驳回 退回来 退了回来 | failed rejected",
        "MATERIALS_MISSING: 没带全 带不全 材料不全 材料不齐 白跑 没带齐 带不齐 多次往返 |",
        "FEE: 手续费 服务费 收费 每笔收 提现费 取现费 | fee charge",
        "INTEREST: 利息 计息 利率 | interest",
        "CARRY_OVER: 结转 清零 清空 作废 过期 跨年 年底 收回 没收 属于我 属于个人 归个人 个人财产 公家的 没用完的钱 第二年 明年还能用 没花完 花不完 用不完 没用完 清掉 明年还在 今年还能用 留到明年 下一年 钱能累计 余额累计 跨年累计 就没了 会没了 还归我 归我吗 归公司 归单位 | carry expire clear reset property belong unused disappear vanish",
        "WALLET: 医保钱包 钱包 转到我妈 转到我爸 转到家人 转到父母 | wallet",
        "LAUNCHED: 开通了吗 开通没 开通了没 开通没有 开通了没有 哪些省 哪几个省 几个省 哪些地方开通 哪些城市开通 试点 | pilot launched",
        "REIMBURSEMENT_PAYOUT: 报销退回来 退回来的钱 报销的钱 报销款 报销资金 报销金额 报销后返还 报销后退回 报销返还 返还的钱 返还的金额 报销后的钱 报销下来的钱 报销下来 报销返回 报销完的钱 报销回来的钱 报销打到 报销的款 退回医保卡 退回到卡 退回卡里 返还到卡 哪些钱打进 什么钱打进 还有什么钱 还会有哪些钱 还有哪些钱 |",
        "CASH_FREELY: 随时取 随便取 随时提 想取点 平时想取 直接提现 转到银行卡 转到自己银行卡 银行卡上 | whenever anytime freely",
        "CASH_REASON: 不让随便取 不让随便提 不让取 不让提 不让随便 不能随便取 不给取 凭什么不能取 专款专用 非医疗用途 挪用 |",
        "CREDITING: 划入 计入 划拨 打进 每月 每个月往 每个月打 每个月划 每个月进 打多少钱 自己交的钱 自己交的那部分 自己交的部分 进账 划到 进了个人账户 进个人账户 进入个人账户 进我个人账户 进我的个人账户 进了我的医保卡 进医保卡 钱进来 哪来 来源 从哪里来 划多少 进多少 全在医保卡 都在医保卡 工资里扣 工资扣的 全进了 划进 怎么来的 自己交的医保钱 都是自己交 都是我自己交 都在卡里 | credit percent salary wage monthly",
        "TIER: 一档 二档 三档 档次 | tier",
        "CONTRIBUTION: 缴费基数 缴费比例 缴费标准 缴费 交多少 缴多少 几个点 缴纳 交的比例 缴的比例 基数 百分之几 | contribut",
        "CONTRIBUTION_YEARS: 缴费年限 医保年限 参保年限 交了几年 年限还算 年限累计 |",
        "HAS_ACCOUNT: 有没有个人账户 有个人账户吗 有没有个账 没有个人账户 他的没有 她的没有 我的没有 为啥没有个人账户 |",
        "RESIDENT_SCHEME: 城乡居民 居民医保 灵活就业 | resident flexible",
        "CARD: 医保卡 社保卡 | card",
        "DEPOSIT: 存入 存钱 存点钱 存进 充值 充钱 存取钱 存取 | deposit",
        "ACTIVATION: 激活 | activat",
        "CARD_DECLINED: 刷不了 刷不出 刷不上 刷不动 刷卡失败 卡用不了 卡不能用 卡刷不 不能刷卡 直接刷 直接使用 |",
        "CAUTION: 注意事项 注意什么 要注意 注意些 注意哪些 注意点 小心 风险 后果 安全 冻结 处罚 被罚 | caution precaution careful risk consequence penalt",
        "PRIVACY: 个人信息 信息泄露 泄露 泄漏 隐私 信息安全 第三方网站 第三方平台 第三方app 假网站 钓鱼网站 | privacy phishing",
        "POLICY_VARIES: 各地 各个地方 每个地方 每个城市 各个城市 全国统一 全国都一样 都一样吗 因地而异 | vary varies",
        "REIMBURSED_SO_FAR: 报销额度 年度报销 报销了多少 报了多少 还能报多少 还能报销多少 个人支付金额 报销资格 报销情况 |",
        "RECORD_EFFECT: 商业保险理赔 影响理赔 影响提取 影响余额提取 影响以后提取 影响我提取 影响个人账户余额提取 消费记录会影响 记录会影响 |",
        "CERTIFICATE: 缴费证明 参保证明 社保证明 参保缴费证明 缴费记录证明 参保凭证 |",
        "POOLED_FUND_USES: 统筹基金管 统筹基金都管 统筹基金都用 统筹基金都是干 统筹基金用来 统筹基金用于 统筹基金用在 统筹基金干 统筹基金是干 统筹基金报什么 统筹基金付什么 统筹基金支付什么 统筹基金有什么用 和统筹基金的区别 和统筹的区别 门诊大额 统筹基金补助 |",
        "WITHDRAWAL_SHARE: 取一部分 提一部分 取出一部分 提取一部分 能取多少 可以取多少 能提多少 提取比例 支取比例 |",
        "BRAND: 叫什么 叫啥 名称 简称 | called brand",
        "DEFINITION: 是什么 是啥 是个啥 是个什么 什么是 啥是 有啥区别 什么区别 什么叫 是干什么的 被叫做 被称为 |",
        "THRESHOLD: 门槛 门槛线 余额要超过 余额超过 余额须超过 超过多少 超过某个数 | threshold",
        "STATEMENT: 明细 消费记录 缴费记录 流水 每一笔 花在哪 能看到什么 还能看到 能看到哪些 还能查 除了余额 能查啥 能查什么 看到些啥 有什么功能 有啥功能 | statement history record",
        "AGENT: 中介 代取 代办 帮我取 帮忙取 说能帮 就能帮 就可以帮 有人加我 | agent scam",
        "FRAUD: 骗保 欺诈 套现 违规 乱用 冒用 借给 借我的医保卡 借我医保卡 借医保卡 借卡 套出来 违法 换现金 刷成现金 刷现金 借我的职工医保卡 借我的社保卡 退现金 返现 返点 换东西 换米 换油 换面 换日用品 换生活用品 换购物卡 换超市卡 换洗衣 | fraud taoxian legal illegal lend",
        "PENSION_ACCOUNT: 养老保险 养老账户 养老保险个人账户 养老个人账户 养老个账 |",
        "ANOTHERS_CARD: 别人的医保卡 他人的医保卡 别人的卡 妈的医保卡 爸的医保卡 妈的卡 爸的卡 家人的医保卡 家人的卡 家里人的医保卡 家里人的卡 老公的医保卡 老婆的医保卡 老公的卡 老婆的卡 给朋友买 给朋友用 给别人买 给别人用 借给朋友 拿我的医保卡 拿我的卡 拿她的卡 拿他的卡 她的医保卡 他的医保卡 给别人刷 借给别人 借别人的 借同事 借朋友 借亲戚 同事的医保卡 朋友的医保卡 同事的卡 朋友的卡 用我的卡 用他的卡 用她的卡 仅限本人 借我的医保卡 借我的卡 借医保卡 借卡 |",
    };

    // Words of the domain that name no particular concept; known so that they are not misread as place names.
    private static final List<String> GENERIC_WORDS = List.of("医保", "社保", "医疗保险", "职工医保", "个人账户", "定点",
            "医院", "参保", "参保人", "医疗保障");

    // Common mistyped characters in questions (homophones typed by pinyin input), corrected before matching, in
    // the order written here (Map.ofEntries iterates in an order that changes from run to run, and a correction may
    // make or unmake another's word: 差医保鱼额 needs 鱼额 read first).
    private static final int TYPO_PASSES = 3;
    private static final List<Map.Entry<String, String>> TYPOS = List.of(
            Map.entry("医宝", "医保"), Map.entry("社宝", "社保"), Map.entry("医疗保显", "医疗保险"),
            Map.entry("帐户", "账户"), Map.entry("帐号", "账号"), Map.entry("余颜", "余额"), Map.entry("于额", "余额"),
            Map.entry("家庭共际", "家庭共济"), Map.entry("家庭公济", "家庭共济"), Map.entry("共挤", "共济"),
            Map.entry("支区", "支取"), Map.entry("查寻", "查询"), Map.entry("药点", "药店"), Map.entry("深证", "深圳"),
            Map.entry("深川", "深圳"), Map.entry("泰按", "泰安"), Map.entry("南金", "南京"), Map.entry("天律", "天津"),
            Map.entry("提曲", "提取"), Map.entry("移明", "移民"), Map.entry("住完", "住院"),
            Map.entry("才料", "材料"), Map.entry("进渡", "进度"), Map.entry("取线", "取现"), Map.entry("卖药", "买药"),
            Map.entry("买要", "买药"), Map.entry("利习", "利息"), Map.entry("柯平", "柯坪"), Map.entry("阿克速", "阿克苏"),
            Map.entry("能体现", "能提现"), Map.entry("医报", "医保"), Map.entry("退修", "退休"), Map.entry("提线", "提现"),
            Map.entry("体取", "提取"), Map.entry("家庭共计", "家庭共济"), Map.entry("体捡", "体检"), Map.entry("电化", "电话"),
            Map.entry("店话", "电话"), Map.entry("请零", "清零"), Map.entry("划如", "划入"), Map.entry("用马", "用吗"),
            Map.entry("提区", "提取"), Map.entry("去逝", "去世"), Map.entry("继成", "继承"),
            Map.entry("支付包", "支付宝"), Map.entry("东管", "东莞"), Map.entry("苏洲", "苏州"), Map.entry("阿瓦题", "阿瓦提"),
            Map.entry("医包", "医保"), Map.entry("踢取", "提取"), Map.entry("网因", "网银"), Map.entry("深镇", "深圳"),
            Map.entry("手续肺", "手续费"), Map.entry("之取", "支取"), Map.entry("提先", "提现"), Map.entry("热限", "热线"),
            Map.entry("套先", "套现"), Map.entry("去出", "取出"), Map.entry("康腹", "康复"), Map.entry("疫描", "疫苗"),
            Map.entry("一苗", "疫苗"), Map.entry("以苗", "疫苗"), Map.entry("利细", "利息"), Map.entry("理陪", "理赔"),
            Map.entry("备按", "备案"),
            Map.entry("立西", "利息"), Map.entry("家仁", "家人"), Map.entry("一保卡", "医保卡"), Map.entry("多扫", "多少"),
            Map.entry("鱼额", "余额"), Map.entry("定据", "定居"), Map.entry("怎莫", "怎么"), Map.entry("尽度", "进度"),
            Map.entry("几活", "激活"), Map.entry("近度", "进度"),
            Map.entry("包险", "保险"), Map.entry("专帐", "转账"), Map.entry("专账", "转账"), Map.entry("差余额", "查余额"), Map.entry("差医保余额", "查医保余额"), Map.entry("利吸", "利息"), Map.entry("支负宝", "支付宝"),
            Map.entry("题取", "提取"), Map.entry("题现", "提现"),
            Map.entry("肿溜", "肿瘤"), Map.entry("中届", "中介"), Map.entry("中借", "中介"), Map.entry("靠普", "靠谱"),
            Map.entry("青零", "清零"), Map.entry("跳曹", "跳槽"), Map.entry("主意什么", "注意什么"), Map.entry("要主意", "要注意"),
            Map.entry("老破", "老婆"), Map.entry("影向", "影响"),
            Map.entry("审合", "审核"), Map.entry("要多就", "要多久"), Map.entry("多就到", "多久到"), Map.entry("口照", "口罩"),
            Map.entry("温读计", "温度计"), Map.entry("要店", "药店"), Map.entry("处方要", "处方药"), Map.entry("手续废", "手续费"),
            Map.entry("手续飞", "手续费"), Map.entry("区出来", "取出来"),
            Map.entry("余鹅", "余额"), Map.entry("写措", "写错"), Map.entry("激或", "激活"), Map.entry("冻节", "冻结"), Map.entry("激话", "激活"), Map.entry("被腿回", "被退回"), Map.entry("接我的医保卡", "借我的医保卡"), Map.entry("字动", "自动"), Map.entry("新加波", "新加坡"), Map.entry("冻洁", "冻结"),
            Map.entry("腿回来", "退回来"), Map.entry("流陈", "流程"), Map.entry("护招", "护照"), Map.entry("垒计", "累计"), Map.entry("教居民医保", "交居民医保"),
            Map.entry("我老工", "我老公"), Map.entry("自己胶", "自己交"), Map.entry("交的前都", "交的钱都"),
            Map.entry("夸年", "跨年"), Map.entry("材了", "材料"), Map.entry("怎摸", "怎么"),
            Map.entry("手须", "手续"), Map.entry("提起出来", "提取出来"),
            Map.entry("多就能", "多久能"), Map.entry("居名医保", "居民医保"), Map.entry("还子看病", "孩子看病"),
            Map.entry("器戒", "器械"), Map.entry("保建品", "保健品"), Map.entry("保见品", "保健品"),
            Map.entry("地只", "地址"), Map.entry("办工地址", "办公地址"), Map.entry("办工时间", "办公时间"),
            Map.entry("办工室", "办公室"), Map.entry("作费", "作废"), Map.entry("事向", "事项"), Map.entry("工做", "工作"),
            Map.entry("里的前", "里的钱"), Map.entry("前包", "钱包"),
            Map.entry("依保", "医保"), Map.entry("电花", "电话"), Map.entry("推休", "退休"),
            Map.entry("只能手机", "智能手机"),
            Map.entry("地止", "地址"), Map.entry("防接中", "防接种"), Map.entry("公斯", "公司"));

    /**
     * Words of a region's speech read as standard Mandarin: the north's 咋 (咋个 in the south-west: 咋取, 咋个办) and
     * 俺 (我); Cantonese as it is written (the south, Hong Kong, Macau), in simplified characters: 点样查 is 怎么查, 喺边度
     * is 在哪里, 过身 is 去世; and Taiwan's words: 提领 is 提取. In order: a longer word before the character it starts with (唔该
     * before 唔). Only words Mandarin does not use: 系 stays (关系), and so does 点 but in {@link #cantoneseHow}.
     */
    private static final String[][] REGIONAL_WORDS = {
            {"咋个", "怎么"}, {"咋么", "怎么"}, {"咋", "怎么"}, {"啷个", "怎么"}, {"俺", "我"},
            // the south-west's: 莫得 is 没有, 啥子 (and the north's 啥) 什么, 晓得 知道, 老汉儿 爸爸
            {"莫得", "没有"}, {"啥子", "什么"}, {"啥", "什么"}, {"晓得", "知道"}, {"老汉儿", "爸爸"},
            {"点样", "怎么"}, {"点解", "为什么"}, {"几多", "多少"}, {"喺", "在"}, {"边度", "哪里"}, {"边个", "哪个"},
            {"系咪", "是不是"}, {"系唔系", "是不是"}, {"唔该", "请问"}, {"唔识", "不会"}, {"唔", "不"}, {"乜嘢", "什么"},
            {"咩", "什么"}, {"嘢", "东西"}, {"冇", "没有"}, {"攞", "取"}, {"过身", "去世"}, {"俾", "给"}, {"嘅", "的"},
            {"啲", "些"}, {"嗰边", "那边"}, {"嗰度", "那里"}, {"嗰", "那"}, {"听讲", "听说"}, {"咗", "了"}, {"嚟", "来"},
            {"仲有", "还有"}, {"仲可以", "还可以"}, {"仲剩", "还剩"},
            {"睇", "看"}, {"返工", "上班"}, {"老豆", "爸爸"}, {"老窦", "爸爸"}, {"阿嫲", "奶奶"}, {"而家", "现在"},
            {"入面", "里面"}, {"咁", "这么"}, {"揾", "找"}, {"屋企人", "家人"}, {"屋企", "家"}, {"拎", "拿"}, {"佢", "他"},
            // and Taiwan's words: 提领 is withdrawing, 临柜 going to the counter, 健保 the health insurance
            {"提领", "提取"}, {"临柜", "到柜台"}, {"健保", "医保"}};

    // Hubei's and Hunan's words (see centralChinasWords)
    private static final Pattern CENTRAL_HOW = Pattern.compile("(?<![怎什那这多要])么样");
    private static final Pattern CENTRAL_WHAT = Pattern.compile("(?<![怎什那这多要])么(事|子)");
    private static final Pattern CENTRAL_OF = Pattern.compile("咯(?=医保|社保|卡|钱|个人账户)");
    private static final Pattern CENTRAL_GO = Pattern.compile("克(?=药店|药房|医院|银行|社保|医保局)");
    // The south-west's 好多 where it asks how much (see southWestHowMuch)
    private static final Pattern HOW_MUCH_SOUTH_WEST = Pattern.compile("(?<=[是剩交划扣])好多(?!年)"
            + "|(?<!花了|花)好多(?=[嘛哦呢啊呀?？,，。!！\\s]|$)");

    private static final List<Concept> CONCEPTS = Arrays.stream(TABLE).map(Lexicon::parse).toList();
    private static final ConceptWords CONCEPT_WORDS = new ConceptWords(CONCEPTS);

    // English phrases whose words alone say nothing: money that goes into the account, or comes from somewhere.
    // So are someone's offers to cash the balance out (an agent's), another province, what follows a withdrawal,
    // leaving the mainland for good, taking the money out, work in another place, a place that will not take the
    // balance in, the balance moving with one, and where to apply.
    private static final Map<String, List<String>> ENGLISH_PHRASES = Map.ofEntries(
            // To look something up is to check it (to look after someone is not); so is to find out or be told it.
            Map.entry("QUERY", List.of("look up", "looking up", "look it up", "look at", "look for", "looking for",
                    "find out", "tell me how much", "tell me my")),
            Map.entry("CREDITING", List.of("goes into", "go into my", "go into the", "go into his", "go into her",
                    "go into their", "put into", "come from", "comes from")),
            Map.entry("AGENT", List.of("offered to cash", "offers to cash", "offering to cash", "offer to cash")),
            Map.entry("ELSEWHERE_USE", List.of("another province", "other province", "other provinces",
                    "province other than", "city other than", "outside the province", "outside my province",
                    "different province", "different city")),
            Map.entry("REIMBURSEMENT_PAYOUT", List.of("reimbursement go", "reimbursements go", "reimbursed money",
                    "reimbursement money", "bills are reimbursed", "bill is reimbursed", "reimbursement paid",
                    "reimbursement is paid", "reimbursements paid")),
            Map.entry("TREATMENT_ELSEWHERE", List.of("another city", "other city", "other cities", "anywhere in china",
                    "settled directly", "settle directly", "direct settlement", "directly settled", "out of area")),
            Map.entry("WITHDRAW", List.of("take out", "taking out", "take it out", "take the money out",
                    "take money out", "get the money out", "get my money out")),
            Map.entry("CROSS_REGION", List.of("work in another", "working in another", "to work elsewhere")),
            Map.entry("NOT_TAKEN_IN", List.of("won't accept", "will not accept", "doesn't accept", "does not accept",
                    "won't take", "refuse")),
            Map.entry("MOVES_WITH", List.of("move with me", "moves with me", "go with me", "goes with me",
                    "transfer with me", "transferred with me", "follow me", "follows me", "come with me")),
            // Medical care registered, or a life lived, long-term in another place (长期异地就医, 异地居住)
            Map.entry("LONG_TERM_RESIDENCE", List.of("long-term medical", "long-term out-of-area",
                    "out-of-area medical", "medical treatment in another", "medical care in another", "live long-term", "living long-term",
                    "lives long-term", "long-term residence")),
            // How long it takes; not a long-term stay (long-term medical treatment elsewhere)
            Map.entry("PROCESSING_TIME", List.of("how long", "long does", "long will", "long would", "long it takes",
                    "take long", "takes long", "taking long")),
            // A stay in hospital (in hospital, admitted to): an inpatient's, not a visit to a hospital's clinic
            Map.entry("INPATIENT", List.of("in hospital", "in the hospital", "hospital stay", "stay in hospital",
                    "staying in hospital", "admitted to")),
            // Which part of a bill the account pays is the share the pool leaves to the insured
            Map.entry("COST_SHARE", List.of("part of the bill", "part of my bill", "part of the cost", "which part",
                    "what part", "won't cover", "doesn't cover", "does not cover", "not covered")),
            Map.entry("CARRY_OVER", List.of("next year", "roll over", "rolls over", "end of the year", "year end",
                    "really mine", "my own money", "belongs to me", "belong to me")),
            Map.entry("PRIVACY", List.of("personal information", "personal data", "third-party", "fake website")),
            Map.entry("POLICY_VARIES", List.of("same everywhere", "every city", "same in every", "differ from")),
            Map.entry("OPT_OUT", List.of("give up", "giving up", "gave up")),
            Map.entry("NO_SMARTPHONE", List.of("without the internet", "without using the internet", "without internet",
                    "no internet", "don't have internet", "not online", "can't log in", "cannot log in", "lost my phone", "doesn't use apps", "don't use apps",
                    "doesn't use smartphone", "don't use smartphone", "no smartphone", "without a smartphone",
                    "apps confusing", "app confusing", "not good with phones", "not good with apps",
                    "can't use a smartphone", "cannot use a smartphone", "can't use apps", "can't use the app")),
            Map.entry("REIMBURSED_SO_FAR", List.of("reimbursed so far", "reimbursement limit", "reimbursement quota",
                    "how much has been reimbursed")),
            Map.entry("WITHDRAWAL_SHARE", List.of("only part", "part of the balance")),
            Map.entry("AFTER_WITHDRAWAL", List.of("afterwards", "after i withdraw", "after withdrawing",
                    "after the withdrawal", "once i withdraw", "after i cash", "after cashing", "account be closed",
                    "account closed", "account is closed", "close my account")),
            // Leaving the mainland for good, to Hong Kong, Macau, Taiwan or abroad, is settling outside it (出境定居)
            Map.entry("EMIGRATION", List.of("for good", "permanently", "leave the mainland",
                    "leaving the mainland", "settle back", "settling back", "back to taiwan", "back to hong kong",
                    "back to macau", "back to macao")),
            Map.entry("ANOTHERS_CARD", List.of("else's card", "else's medical", "mother's card", "father's card",
                    "mom's card", "dad's card", "use my card", "use my medical insurance card",
                    "use my insurance card")),
            // "my late father": a relative who has died
            Map.entry("DEATH", List.of("late father", "late mother", "late husband", "late wife", "late dad",
                    "late mom", "late parents", "late grandfather", "late grandmother")),
            Map.entry("WINDOW", List.of("in person", "face to face", "face-to-face", "talk to a person",
                    "speak to a person", "talk to someone", "speak to someone")),
            Map.entry("APP", List.of("on my phone", "on a phone", "on my mobile", "phone app")),
            Map.entry("CONTRIBUTION", List.of("what percentage", "what percent", "how much does my employer pay",
                    "how much do i pay in")),
            Map.entry("CERTIFICATE", List.of("proof of contribution", "contribution certificate",
                    "certificate of contribution", "proof of insurance", "proof of my insurance", "payment certificate",
                    "proof of payment")),
            Map.entry("POOLED_FUND_USES", List.of("pooled fund pay", "pooled fund cover", "pooling fund pay",
                    "pooling fund cover", "does the pooled fund", "does the pooling fund")),
            Map.entry("MATERIALS", List.of("photocop", "passport", "the originals", "what should i bring", "what do i bring", "need to bring", "what to bring")),
            Map.entry("CARD_DECLINED", List.of("declined", "card doesn't work", "card won't work", "card didn't work",
                    "card not working", "card is not working", "card does not work")),
            Map.entry("CASH_REASON", List.of("why can't i take", "why can't i withdraw", "why can't i cash",
                    "why isn't it possible to", "why is it not possible to", "why am i not allowed")),
            Map.entry("MATERIALS_MISSING", List.of("several trips", "multiple trips", "many trips", "wasted trip",
                    "second trip")),
            Map.entry("CHECKUP", List.of("check-up", "health check", "physical exam", "medical exam", "flu shot",
                    "flu jab")),
            Map.entry("MEDICAL_SUPPLIES", List.of("blood pressure monitor", "blood pressure meter", "glucose meter")),
            Map.entry("THRESHOLD", List.of("minimum balance", "minimum account balance",
                    "minimum personal account balance")),
            Map.entry("WHERE_TO_APPLY", List.of("where do i submit", "where do i apply", "where can i apply",
                    "where to apply", "where should i apply", "where to submit", "where can i submit",
                    "where should i submit", "where do we apply", "where does he apply", "where does she apply",
                    "where do i hand in", "where can i hand in", "where to hand in")));

    private static final Concept WINDOW_CONCEPT = named("WINDOW");

    // An office the asker would rather not go to (不想跑窗口, without going to an office) is no channel asked for.
    private static final Pattern DECLINED_VISIT = Pattern.compile("(不想|不用|不必|不愿|去不了|不去|不跑)跑?(窗口|经办机构|服务大厅)"
            + "|without (going|coming|having to go|visiting)( back)?( to)?( an?| the| any)? (office|window|counter)");

    // English phrases with a concept's stem in them that do not say it: "on my phone", "a phone app" (the phone an app
    // runs on, not a call); "double-check the materials" (making sure, not checking the balance).
    private static final Map<String, Pattern> NOT_SAYING_IN_ENGLISH = Map.of(
            "PHONE", Pattern.compile("\\b(on|with|using|via) (my|your|a|the|his|her) (mobile |cell )?phone\\b"
                    + "(?! (hotline|line|number|call))|\\bphone app"),
            "QUERY", Pattern.compile("\\bdouble[- ]?check"),
            // can I use my card (in another province) is the asker's own use of it
            "ANOTHERS_CARD", Pattern.compile("\\b(can|could|may|do|will) i (still )?use my (own )?(medical |health )?"
                    + "(insurance )?card"));

    private static final Concept CROSS_REGION_CONCEPT = named("CROSS_REGION");
    private static final Concept EMIGRATION_CONCEPT = named("EMIGRATION");

    // Money moved to one's bank card or wallet (转到银行卡, 转进卡里, 转到支付宝) is cash asked for, not the balance moving
    // with a job (转到).
    private static final Pattern TO_A_BANK = Pattern.compile("转(到|进|入)(自己的?|我的?)?(银行卡|银行|工资卡|储蓄卡|卡上|卡里"
            + "|支付宝|微信)");
    // Asking about the balance, how to draw it or whether it may be given (问问余额怎么取, 问问医保卡余额能不能给我用), is not
    // asking what it is (顺便问医保余额).
    private static final String ASKING_ABOUT_THE_BALANCE = "问问?(医保卡?)?余额(?=怎么|咋|如何|能不能|能否|可不可以|可以|能)";
    // The hotline's name (深圳社保统一查询电话, 深圳医保电话查询是多少), with nothing named that it would check, is a number asked
    // for, not checking by phone (医保余额查询电话).
    private static final String THE_HOTLINE = "^(?!.*(余额|剩|多少钱|明细|记录|账户|个账)).*?(查询(电话|热线)|电话查询)";
    // Phrases with a concept's words in them that do not say it.
    private static final Map<String, Reading> NOT_SAYING = Map.of(
            "CROSS_REGION", new Reading(List.of("转"), TO_A_BANK),
            "QUERY", new Reading(List.of("问", "查询"), Pattern.compile(ASKING_ABOUT_THE_BALANCE + "|" + THE_HOTLINE)),
            // being without a computer or not at home on one (家里没有电脑, 不太会用手机和电脑) asks for no website
            "WEBSITE", new Reading(List.of("电脑"), Pattern.compile("(没有|没|不会|不太会|不懂|不方便)(用|玩)?[^，,。；;？?！!]{0,4}"
                    + "电脑")),
            // asking whether there is a way on the phone (有没有手机上就能查的办法) is not being without one
            "NO_SMARTPHONE", new Reading(List.of("有没有手机"), Pattern.compile("有没有手机")),
            // whether I can use my insurance (能直接用我的医保吗) is the asker's own use, not a relative's
            "FAMILY", new Reading(List.of("用我的"), Pattern.compile("(能|可以|还能|能不能|可不可以)(直接)?用我的(职工)?"
                    + "(医保|社保|医保卡|社保卡)(吗|么|嘛|不)")),
            // money a reimbursement sends back (报销退回来的钱) is no application sent back
            "FAILED", new Reading(List.of("退回来"), Pattern.compile("报销(后)?退回来|退回来的钱")),
            // delivering takeaway food (跑外卖, 外卖骑手) is the asker's job, not buying it with the balance
            "NON_MEDICAL", new Reading(List.of("外卖"), Pattern.compile("(跑|送|做)(了|过)?[^，,。；;？?！!\\s外]{0,4}外卖"
                    + "|外卖(员|骑手|小哥|平台)")));

    // Concepts also read from a pattern, where no word of the table says them. Settling in a country named
    // (去澳大利亚跟女儿定居, 定居加拿大, 去加拿大跟我姐住) is settling abroad; a country named alone is not (从澳洲留学回来).
    // A relative who "left" at the end of a clause (我妈在西安走了, 我老公去年在深圳走了) has died.
    // The countries and continents come from a published list (CountryNames); "in the US" and "in US" alike.
    private static final Pattern SETTLING_ABROAD = Pattern.compile("(" + CountryNames.CHINESE
            + ")[^，,。；;？?！!]{0,8}(定居|安家)|(定居|安家)[^，,。；;？?！!]{0,3}(" + CountryNames.CHINESE + ")"
            // going to live there (下个月要去加拿大跟我姐住, 搬到澳洲生活), not to stay in a hospital there
            + "|(去|到|搬去|搬到)(" + CountryNames.CHINESE + ")[^，,。；;？?！!\\s]{0,8}?(长住|常住|住(?!院)|生活|养老)"
            + "|\\b(move|moved|moving|live|lives|living|settle|settled|settling)( [a-z']+){0,3} (to|in) (the )?("
            + CountryNames.ENGLISH + ")(?![a-z])");
    private static final Pattern NATIONALITY_TAKEN = Pattern.compile("(入|加入|改|换)了?[^，,。；;？?！!\\s]{1,6}籍");
    // 取完医保个人账户余额以后, 提取个人账户余额后: what follows a withdrawal, the balance named in between; or the insurance
    // once the balance is all drawn (余额领完了，我在深圳的医保关系是不是就没了)
    private static final Pattern BALANCE_DRAWN = Pattern.compile("(取完|提完|领完|取了|提了|领了|取出|提取|支取|领取)"
            + "[^，,。；;？?！!\\s]{0,10}?(余额|钱|个人账户|个账)了?(以后|之后|后)"
            + "|(取完|提完|领完)了?[^？?！!]{0,12}?(医保|保险|参保)关系");
    private static final Pattern KIN_GONE = Pattern.compile("(妈|爸|爹|娘|父亲|母亲|老人|爷|奶|老伴|老公|老婆|外婆|外公|姥姥|姥爷)"
            + "([^，,。；;？?！!\\s]{1,6}走了|刚走)([，,。；;？?！!\\s]|$)");
    // The balance that accumulates (个人账户 累计, 余额能累计吗), is still there next year (明年还能接着用) or is still there at
    // all (原来的钱还在吗) carries over; the years of contribution that accumulate (缴费年限累计) do not, nor does the
    // account still open after a withdrawal (取完以后账户还在吗).
    private static final Pattern CARRIED_OVER = Pattern.compile("(个人账户|个账|余额|账户里的钱)[^，,。；;？?！!年]{0,6}累计"
            + "|明年[^，,。；;？?！!]{0,2}(还能|还可以|能|可以)[^，,。；;？?！!]{0,3}用"
            + "|(钱|余额)[^，,。；;？?！!]{0,3}还在(吗|么|嘛|不在|没|不)");
    // Paying with a relative's or a friend's card (拿我哥的医保卡去买药, 拿女儿的医保卡看病, use my wife's card): another
    // person's card
    private static final Pattern SOMEONE_ELSES_CARD = Pattern.compile("(拿|用|借|刷)(我|他|她)?(哥哥|姐姐|弟弟|妹妹|爸|妈|爹|娘"
            + "|哥|姐|弟|妹|儿子|女儿|孩子|老公|老婆|媳妇|丈夫|妻子|爱人|老伴|公公|婆婆|爷爷|奶奶|外公|外婆|老人|亲戚|朋友|同事|家人"
            + "|家里人|邻居|别人|他人)的(医保卡|社保卡|卡)|\\b(use|using|borrow|borrowing)\\b[^.?!]{0,30}'s (medical )?"
            + "(insurance )?card");
    // Whether the money can be got out (取得出来吗, 咋个才取得出来, 是不是就取不出来了) asks for a withdrawal. A pattern, not words
    // of the table: a question's concepts bring their words into its search, and 取得 would find 取得国外定居证明.
    private static final Pattern CAN_BE_GOT_OUT = Pattern.compile("(取|提|退|拿|弄)(得|不)出"
            // 取医保余额, 领他的医保个人账户余额: 取 or 领 alone, taking the balance
            + "|(^|[^提支领获选听争代])取(医保|个人账户)?(余额|账户里的钱)|领[他她]?的?(医保)?(个人账户)?(余额|账户里的钱)");
    // What the pooled fund is for (统筹基金主要用来付啥, 统筹账户都管什么, 进了统筹以后都用在哪, 统筹那部分我能用上吗), not what it
    // leaves unpaid (统筹基金不报的)
    private static final Pattern POOLED_FUND_ASKED = Pattern.compile("统筹(基金|账户|帐户|那部分|那块|以后|之后|后)"
            + "((?!不)[^，,。；;？?！!]){0,6}?(管|用来|用于|用在|用上|干|付啥|付什么|支付什么|包括|补助)");
    // A foreigner saying so (我是韩国人, I'm a German engineer): a foreign national's departure may be asked about
    private static final Pattern NATIONALITY_SAID = Pattern.compile("我是(韩国|日本|美国|德国|英国|法国|俄罗斯|加拿大|澳大利亚"
            + "|新加坡|马来西亚|泰国|越南|印度|意大利|西班牙)(人|籍)|\\bi('m| am) an? (german|korean|american|japanese"
            + "|british|french|italian|spanish|russian|canadian|australian|indian|dutch|swiss|swedish|singaporean"
            + "|malaysian|thai|vietnamese|filipino|pakistani|brazilian|mexican|english|irish)\\b");
    // A city's own low-cost health insurance is named for the city and 惠 (惠蓉保, 沪惠保, 宁惠保, 普惠保): a commercial
    // insurance, not a discount (优惠保障)
    private static final Pattern CITY_HEALTH_INSURANCE = Pattern.compile(
            "惠[\\u4e00-\\u9fff]保|[\\u4e00-\\u9fff](?<!优)惠保");
    // Treated where one spends the winter (去三亚猫冬…在三亚看病拿药, 候鸟老人在海南住院): treatment away from the place insured
    private static final Pattern TREATED_WHILE_WINTERING = Pattern.compile("(过冬|猫冬|避寒|旅居|候鸟)[^？?！!]{0,20}?"
            + "(看病|住院|拿药|买药|开药|就医|就诊)|(看病|住院|拿药|买药|开药|就医|就诊)[^？?！!]{0,20}?(过冬|猫冬|避寒|旅居|候鸟)");
    // What a reimbursement pays back (报销以后返还的那部分钱, 报销完退回来的): the words between vary
    private static final Pattern REIMBURSED_BACK = Pattern.compile("报销[^，,。；;？?！!]{0,4}?(返还|退回|退还|返回|打回)");
    // Money that went into one's own account (有多少进了我自己的个人账户), not logging into it (登录进我的个人账户)
    private static final Pattern PAID_INTO = Pattern.compile("(?<![登录点])进了?(我们?)?(自己)?的?(个人账户|个账)");
    // What the account is (What is the medical insurance personal account actually for?), asked of the account itself
    private static final String WHAT_THE_ACCOUNT_IS = "^\\s*what( is|'s| exactly is)? (the |a |an )?"
            + "([a-z']+ ){0,4}?personal (medical )?account( actually| really)?( for| of [a-z' ]{0,40})?\\s*([?,.]|$)";
    // or what it does (个人账户 作用, 起什么作用), not 工作 followed by 用 (刚工作用不上) nor a side effect (副作用)
    private static final String WHAT_IT_DOES = "(?<![工操运副])作用";
    private static final Pattern ASKING_WHAT_IT_IS = Pattern.compile(WHAT_THE_ACCOUNT_IS + "|" + WHAT_IT_DOES);
    // Sending the balance to one's family, in English (transfer my balance to my son), is the wallet's use, not a move
    private static final Reading SENT_TO_KIN = new Reading(List.of("transfer", "send", "sent"), Pattern.compile(
            "\\b(transfer|send|sent)(s|ed|ing|red|ring)?\\b[^.?!]{0,60}?\\bto (my |his |her |their |our |a |the )?"
            + "(family|relatives?|kin|sons?|daughters?|children|child|kids?|mother|mom|mum|father|dad|parents?|wife"
            + "|husband|spouse)\\b"));
    private static final Map<String, Reading> PATTERNS = Map.ofEntries(
            Map.entry("DEFINITION", new Reading(List.of("what", "作用"), ASKING_WHAT_IT_IS)),
            // the name of an app or a platform (广东 医保 app 名字), not a person's name on a card
            Map.entry("BRAND", new Reading(List.of("名字"), Pattern.compile("(app|小程序|公众号|平台|软件)\\s*的?名字"))),
            Map.entry("WALLET", SENT_TO_KIN),
            Map.entry("CREDITING", new Reading(List.of("进"), PAID_INTO)),
            Map.entry("COMMERCIAL_INSURANCE", new Reading(List.of("惠"), CITY_HEALTH_INSURANCE)),
            Map.entry("REIMBURSEMENT_PAYOUT", new Reading(List.of("报销"), REIMBURSED_BACK)),
            Map.entry("TREATMENT_ELSEWHERE", new Reading(List.of("过冬", "猫冬", "避寒", "旅居", "候鸟"),
                    TREATED_WHILE_WINTERING)),
            Map.entry("WITHDRAW", new Reading(List.of("得出", "不出", "取", "领"), CAN_BE_GOT_OUT)),
            Map.entry("POOLED_FUND_USES", new Reading(List.of("统筹"), POOLED_FUND_ASKED)),
            Map.entry("FOREIGN_NATIONAL", new Reading(List.of("我是", "i'm a", "i am a"), NATIONALITY_SAID)),
            Map.entry("ANOTHERS_CARD", new Reading(List.of("的医保卡", "的社保卡", "的卡", "'s "), SOMEONE_ELSES_CARD)),
            Map.entry("EMIGRATION", new Reading(List.of("定居", "安家", "住", "生活", "养老", "mov", "liv", "settl"),
                    SETTLING_ABROAD)),
            Map.entry("DEATH", new Reading(List.of("走了", "刚走"), KIN_GONE)),
            Map.entry("AFTER_WITHDRAWAL", new Reading(List.of("后", "关系"), BALANCE_DRAWN)),
            Map.entry("CARRY_OVER", new Reading(List.of("累计", "明年", "还在"), CARRIED_OVER)),
            // 入了新加坡籍, 改了美国籍: a nationality taken, the one held before lost
            Map.entry("NATIONALITY", new Reading(List.of("籍"), NATIONALITY_TAKEN)));

    /**
     * A pattern that says a concept (or, in {@link #NOT_SAYING}, a phrase that does not), tried only on a text holding
     * one of its clues (words every match contains): most questions hold none, and the clues are looked for faster
     * than the pattern fails.
     */
    private record Reading(List<String> clues, Pattern pattern) {
        boolean foundIn(String text) {
            return containsAny(text, clues) && pattern.matcher(text).find();
        }
    }

    private Lexicon() {
    }

    public static List<Concept> concepts() {
        return CONCEPTS;
    }

    /** Normalised text with regional words read as Mandarin and common typos corrected. */
    public static String correct(String normalized) {
        String corrected = checkForTea(normalized);
        for (String[] word : REGIONAL_WORDS) {
            if (corrected.contains(word[0])) {
                corrected = corrected.replace(word[0], word[1]);
            }
        }
        corrected = cantoneseHow(corrected);
        corrected = southWestHowMuch(corrected);
        corrected = centralChinasWords(corrected);
        // again while a pass changes something (a correction may complete another's word), a few passes at most
        for (int pass = 0; pass < TYPO_PASSES; pass++) {
            String before = corrected;
            for (Map.Entry<String, String> typo : TYPOS) {
                if (corrected.contains(typo.getKey())) {
                    corrected = corrected.replace(typo.getKey(), typo.getValue());
                }
            }
            if (corrected.equals(before)) {
                break;
            }
        }
        return corrected;
    }

    /**
     * Hubei's and Hunan's words: 么样 is 怎么 and 么事, 么子 什么 (not in 怎么样, 什么事); 咯 is 的 before the card or the money
     * (哥哥咯医保卡), and 克 去 before a place one goes to (克药店).
     */
    private static String centralChinasWords(String text) {
        // each pattern only where its words are: 么 alone is in every 怎么
        String read = text.contains("么样") ? CENTRAL_HOW.matcher(text).replaceAll("怎么") : text;
        if (read.contains("么事") || read.contains("么子")) {
            read = CENTRAL_WHAT.matcher(read).replaceAll(what -> what.group(1).equals("事") ? "什么事" : "什么");
        }
        read = read.indexOf('咯') >= 0 ? CENTRAL_OF.matcher(read).replaceAll("的") : read;
        return read.indexOf('克') >= 0 ? CENTRAL_GO.matcher(read).replaceAll("去") : read;
    }

    /**
     * The south-west asks "how much" with 好多 (电话是好多, 还剩好多钱, 每个月要交好多): read as 多少 after 是, 剩, 交, 划 or 扣, or
     * at a clause's end; elsewhere it is "a lot" (花了好多钱, 交了好多年, 好多人都办过).
     */
    private static String southWestHowMuch(String text) {
        return text.contains("好多") ? HOW_MUCH_SOUTH_WEST.matcher(text).replaceAll("多少") : text;
    }

    /**
     * Cantonese asks "how" with 点 before the verb (余额点查, 我点攞钱): read as 怎么 where 点 follows no word it
     * belongs to, that is at the start, after a space or stop, or after the account, the money or the asker.
     * Elsewhere it stays: 网点查询 and 地点 are Mandarin.
     */
    private static String cantoneseHow(String text) {
        int at = text.indexOf('点');
        if (at < 0) {
            return text;
        }
        StringBuilder read = new StringBuilder(text.length() + 2);
        int from = 0;
        for (; at >= 0; at = text.indexOf('点', at + 1)) {
            boolean verb = at + 1 < text.length() && "查取提办用".indexOf(text.charAt(at + 1)) >= 0;
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            boolean free = !Tokenizer.isHan(before) || "额钱卡保户金我你佢".indexOf(before) >= 0;
            if (verb && free) {
                read.append(text, from, at).append("怎么");
                from = at + 1;
            }
        }
        return from == 0 ? text : read.append(text, from, text.length()).toString();
    }

    /**
     * 茶 (tea) for 查 (check) is the commonest pinyin slip in questions (茶询, 怎么茶, 茶余额); the knowledge has no
     * tea in it, so every 茶 is read as 查 except in the words where it is tea (喝茶, 茶叶…).
     */
    private static String checkForTea(String text) {
        if (text.indexOf('茶') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            boolean tea = i > 0 && "喝奶红绿花凉早".indexOf(chars[i - 1]) >= 0
                    || i + 1 < chars.length && "叶水馆杯艺具点饮".indexOf(chars[i + 1]) >= 0;
            if (chars[i] == '茶' && !tea) {
                chars[i] = '查';
            }
        }
        return new String(chars);
    }

    /** The concepts corrected, normalised text mentions, in table order. */
    public static Set<Concept> conceptsIn(String text) {
        // Plain loops: this runs several times for every question asked (once per retrieval pass).
        List<String> words = new ArrayList<>();
        for (String term : Tokenizer.terms(text)) {
            if (!Tokenizer.isHan(term.charAt(0))) {
                words.add(term);
            }
        }
        // A keyword query spaces its words (异地 使用); Chinese is written without spaces, so they are read joined.
        String joined = withoutSpacesInChinese(text);
        BitSet said = CONCEPT_WORDS.saidIn(joined);
        BitSet stemSaid = CONCEPT_WORDS.stemsMatching(words);
        Set<Concept> found = new LinkedHashSet<>();
        boolean abroad = false;
        for (int i = 0; i < CONCEPTS.size(); i++) {
            Concept concept = CONCEPTS.get(i);
            if (mentions(concept, said.get(i), stemSaid.get(i), text, joined, words, abroad)) {
                found.add(concept);
                abroad |= concept == EMIGRATION_CONCEPT; // EMIGRATION comes before CROSS_REGION in the table
            }
        }
        return found;
    }

    /**
     * Whether the text says the concept: by a word of it (wordSaid: one of its Chinese words is in the joined text;
     * stemSaid: one of its English stems matches a word), an English phrase or a pattern, but for the readings it
     * excludes.
     */
    private static boolean mentions(Concept concept, boolean wordSaid, boolean stemSaid, String text, String joined,
            List<String> words, boolean abroad) {
        Reading notSaying = NOT_SAYING.get(concept.name());
        boolean byWord = notSaying != null && notSaying.foundIn(joined)
                ? containsAny(notSaying.pattern().matcher(joined).replaceAll(""), concept.chinese()) : wordSaid;
        if (concept == CROSS_REGION_CONCEPT) {
            // moving abroad for good is settling there, not moving to work elsewhere
            // nor is sending the balance to family (transfer it to my son)
            return byWord || (abroad ? matchesAny(withoutMoving(words), concept.english())
                    : stemSaid && !SENT_TO_KIN.foundIn(text))
                    || !words.isEmpty() && containsAny(text, ENGLISH_PHRASES.get(concept.name()));
        }
        Pattern notSayingInEnglish = NOT_SAYING_IN_ENGLISH.get(concept.name());
        if (stemSaid && notSayingInEnglish != null && notSayingInEnglish.matcher(text).find()) {
            stemSaid = matchesAny(Tokenizer.terms(notSayingInEnglish.matcher(text).replaceAll(" ")), concept.english());
        }
        Reading reading = PATTERNS.get(concept.name());
        boolean said = byWord || stemSaid
                || !words.isEmpty() && containsAny(notSayingInEnglish == null ? text
                        : notSayingInEnglish.matcher(text).replaceAll(" "), ENGLISH_PHRASES.getOrDefault(concept.name(), List.of()))
                || reading != null && reading.foundIn(joined);
        return said && (concept != WINDOW_CONCEPT || !DECLINED_VISIT.matcher(joined).find());
    }

    private static Concept named(String name) {
        return CONCEPTS.stream().filter(concept -> concept.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> withoutMoving(List<String> words) {
        List<String> kept = new ArrayList<>(words.size());
        for (String word : words) {
            if (!word.startsWith("mov") && !word.startsWith("relocat")) {
                kept.add(word);
            }
        }
        return kept;
    }

    /** The text without the spaces between two Chinese characters. */
    static String withoutSpacesInChinese(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder joined = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && joined.length() > 0 && Tokenizer.isHan(joined.charAt(joined.length() - 1))) {
                int next = i;
                while (next < text.length() && text.charAt(next) == ' ') {
                    next++;
                }
                if (next < text.length() && Tokenizer.isHan(text.charAt(next))) {
                    i = next - 1;
                    continue;
                }
            }
            joined.append(c);
        }
        return joined.toString();
    }

    private static boolean containsAny(String text, List<String> chinese) {
        for (String word : chinese) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(List<String> words, List<String> stems) {
        for (String word : words) {
            for (String stem : stems) {
                if (matches(word, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every Chinese word of the domain, for masking them before scanning for place names. */
    public static Set<String> chineseWords() {
        Set<String> words = new LinkedHashSet<>(GENERIC_WORDS);
        CONCEPTS.forEach(concept -> words.addAll(concept.chinese()));
        return words;
    }

    static boolean matches(String word, String stem) {
        // A short stem matches the word or its plural; no string is built (this runs for every word and stem).
        return stem.length() >= 4 ? word.startsWith(stem)
                : word.startsWith(stem) && (word.length() == stem.length()
                        || word.length() == stem.length() + 1 && word.charAt(stem.length()) == 's');
    }

    private static Concept parse(String line) {
        String[] nameAndWords = line.split(":", 2);
        String[] chineseAndEnglish = nameAndWords[1].split("\\|", 2);
        return new Concept(nameAndWords[0].strip(), words(chineseAndEnglish[0]), words(chineseAndEnglish[1]));
    }

    private static List<String> words(String list) {
        List<String> words = new ArrayList<>();
        for (String word : list.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(Tokenizer.normalize(word));
            }
        }
        return List.copyOf(words);
    }
}
