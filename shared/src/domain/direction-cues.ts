/**
 * Domain cues for direction suggestions: words a title may use that point at a direction although the
 * guideline's names and scope sentences do not say them that way. A cue names its target by the
 * direction's Chinese name, optionally under an ancestor (`安全标准/软件安全`; `安全标准/*` is every leaf
 * of that part), so the same cues serve every edition that keeps the guideline's names.
 */
export interface DirectionCue {
  /** Any of these (folded: NFKC, lower case) in the title fires the cue. */
  anyOf: readonly string[];
  /** And, when given, also one of these. */
  with?: readonly string[];
  /** Fires only when the title is (`true`) or is not (`false`) about security; either when omitted. */
  security?: boolean;
  to: readonly string[];
  weight: number;
}

/** Words that make a title a security title (the security part's leaves are then in play). */
export const SECURITY_WORDS = ['安全', '防护', '等级保护', '密码', '可信', '入侵', '攻击', '漏洞'] as const;

/** Boilerplate that opens most titles and says nothing about the direction. */
export const TITLE_BOILERPLATE = [
  '信息安全技术',
  '网络安全技术',
  '数据安全技术',
  '信息技术',
  '云计算',
  '第一部分',
  '通用要求',
  '基本要求',
  '技术要求',
] as const;

/** Synonyms rewritten to the guideline's words before matching (`SLA` → 服务级别协议). */
export const TITLE_SYNONYMS: readonly (readonly [string, string])[] = [
  ['sla', '服务级别协议'],
  ['服务等级协议', '服务级别协议'],
  ['服务水平协议', '服务级别协议'],
  ['iaas', '基础设施即服务'],
  ['paas', '平台即服务'],
  ['saas', '软件即服务'],
  ['daas', '数据即服务'],
  ['aiaas', '人工智能即服务'],
  ['secaas', '安全即服务'],
  ['kubernetes', '容器'],
  ['serverless', '无服务器'],
  ['devops', '开发运维'],
  ['api', '接口'],
  ['key-value', '键值'],
  ['词汇', '术语'],
];

export const DIRECTION_CUES: readonly DirectionCue[] = [
  { anyOf: ['信息安全技术', '网络安全技术', '数据安全技术'], to: ['安全标准/*'], weight: 4 },
  { anyOf: ['术语', '概览', '定义'], security: false, to: ['术语'], weight: 8 },
  { anyOf: ['术语', '概念'], security: true, to: ['云安全术语'], weight: 8 },
  {
    anyOf: ['参考架构', '参考模型', '总体架构', '体系架构', '系统架构', '框架'],
    security: false,
    to: ['参考架构'],
    weight: 6,
  },
  { anyOf: ['参考架构', '参考模型', '框架', '模型'], security: true, to: ['安全技术模型和参考架构'], weight: 7 },
  { anyOf: ['人才', '从业人员', '培训', '人员能力'], to: ['人才培养'], weight: 8 },
  {
    anyOf: ['虚拟化', '虚拟机', '弹性计算', '云服务器', '云主机', '算力', '智算', '超算', 'gpu', '裸金属', '异构计算'],
    security: false,
    to: ['计算'],
    weight: 7,
  },
  {
    anyOf: ['存储', '键值', '对象存储', '块存储', '文件存储', '文件服务', '数据存储'],
    security: false,
    to: ['存储'],
    weight: 8,
  },
  { anyOf: ['云网', 'sdn', '网络互联', '专线', '组网'], security: false, to: ['网络'], weight: 7 },
  { anyOf: ['数据中心', '超融合', '一体机', '云操作系统'], security: false, to: ['一体化'], weight: 7 },
  { anyOf: ['数据中心'], security: true, to: ['业务安全建设'], weight: 5 },
  {
    anyOf: ['容器', '微服务', '服务网格', '无服务器', '函数计算', '云原生', '开发运维'],
    security: false,
    to: ['云原生'],
    weight: 9,
  },
  { anyOf: ['容器', '微服务', '云原生'], security: true, to: ['安全技术与产品/软件安全'], weight: 5 },
  { anyOf: ['开发', '持续集成', '低代码', '发布'], security: false, to: ['开发工具'], weight: 6 },
  { anyOf: ['运行时', '运行环境'], security: false, to: ['运行环境'], weight: 6 },
  { anyOf: ['中间件', '消息队列', '数据库', '组件'], security: false, to: ['组件'], weight: 6 },
  { anyOf: ['云原生数据库', '云原生中间件'], to: ['云化技术应用'], weight: 6 },
  {
    anyOf: ['互操作', '可移植', '接口', '互通', '协同'],
    security: false,
    to: ['交互技术'],
    weight: 5,
  },
  { anyOf: ['混合云', '分布式云', '边缘云', '多云', '云际', '跨云', '云边'], security: false, to: ['云际'], weight: 8 },
  { anyOf: ['公有云', '私有云', '社区云', '专有云', '部署模型'], security: false, to: ['云内'], weight: 7 },
  { anyOf: ['基础设施即服务'], to: ['基础设施即服务'], weight: 9 },
  { anyOf: ['平台即服务'], to: ['平台即服务'], weight: 9 },
  { anyOf: ['数据即服务'], to: ['数据即服务'], weight: 9 },
  { anyOf: ['人工智能', '大模型', '智能云', '机器学习'], security: false, to: ['人工智能即服务'], weight: 7 },
  { anyOf: ['软件即服务'], to: ['软件即服务'], weight: 9 },
  {
    anyOf: ['安全即服务', '云防护', '安全云', '安全服务平台', '防护平台', '云waf', '抗拒绝服务'],
    to: ['安全即服务'],
    weight: 9,
  },
  { anyOf: ['桌面云', '桌面即服务', '云管理服务', '身份即服务', '算力服务'], security: false, to: ['其它'], weight: 7 },
  { anyOf: ['桌面云', '终端'], security: true, to: ['安全技术与产品/软件安全', '运维安全'], weight: 5 },
  {
    anyOf: [
      '政务',
      '政府',
      '制造',
      '工业',
      '金融',
      '银行',
      '证券',
      '保险',
      '医疗',
      '健康',
      '教育',
      '交通',
      '电力',
      '能源',
      '农业',
      '广电',
      '电信',
    ],
    security: false,
    to: ['云化行业应用'],
    weight: 8,
  },
  {
    anyOf: ['政务', '政府', '网站', '制造', '工业', '金融', '银行', '医疗', '教育', '交通', '电力', '能源'],
    security: true,
    to: ['应用安全', '云安全指南'],
    weight: 6,
  },
  { anyOf: ['适配', '集成应用'], security: false, to: ['云化技术应用'], weight: 5 },
  { anyOf: ['服务目录', '服务设计', '目录'], security: false, to: ['服务目录'], weight: 8 },
  { anyOf: ['采购'], to: ['服务采购'], weight: 10 },
  { anyOf: ['服务级别协议', '服务等级'], to: ['服务级别协议'], weight: 10 },
  { anyOf: ['交付', '部署'], security: false, to: ['内容和原则'], weight: 9 },
  { anyOf: ['迁移', '上云', '搬迁'], security: false, to: ['迁移'], weight: 10 },
  { anyOf: ['运营', '成熟度', '能力要求'], security: false, to: ['能力要求'], weight: 7 },
  { anyOf: ['运营', '能力要求', '能力'], security: true, to: ['运营安全'], weight: 10 },
  { anyOf: ['治理', '审计', '合规'], security: false, to: ['治理和审计'], weight: 8 },
  { anyOf: ['计量', '计费', '成本', '账单'], to: ['计量计费'], weight: 10 },
  { anyOf: ['监控', '告警', '监测', '可观测'], security: false, to: ['监控告警'], weight: 9 },
  {
    anyOf: ['资源管理', '生命周期', '灾备', '备份', '容灾', '资源池', '管理规范'],
    security: false,
    to: ['资源管理'],
    weight: 7,
  },
  { anyOf: ['故障', '应急', '自愈', '可靠性'], security: false, to: ['故障处理'], weight: 8 },
  { anyOf: ['质量模型', '质量要求', '质量'], security: false, to: ['质量模型'], weight: 5 },
  { anyOf: ['评价', '测评', '评估', '测试', '指标', '检测'], security: false, to: ['质量测评'], weight: 6 },
  { anyOf: ['评估', '测评', '检测', '评价'], with: ['服务'], security: true, to: ['服务安全测评'], weight: 8 },
  { anyOf: ['评估', '测评', '检测', '测试'], security: true, to: ['技术和产品安全测评'], weight: 5 },
  { anyOf: ['指南', '实施指南', '使用指南'], security: true, to: ['云安全指南'], weight: 7 },
  { anyOf: ['监管', '监督'], security: true, to: ['安全监管'], weight: 9 },
  { anyOf: ['数据安全', '个人信息', '供应链', '通信安全', '管理要求'], security: true, to: ['管理基础'], weight: 6 },
  { anyOf: ['配置基线', '基线', '安全审计'], security: true, to: ['管理支撑技术'], weight: 8 },
  { anyOf: ['主机', '虚拟机', '虚拟化', '网络设备'], security: true, to: ['基础设施安全/设备安全'], weight: 6 },
  { anyOf: ['虚拟化', '物理设备', '设备'], security: true, to: ['安全技术与产品/设备安全'], weight: 5 },
  { anyOf: ['流量', '入侵', '态势', '威胁'], security: true, to: ['技术安全'], weight: 7 },
  { anyOf: ['运维'], security: true, to: ['运维安全'], weight: 8 },
  { anyOf: ['平台', '操作系统', '基础软件'], security: true, to: ['基础设施安全/软件安全'], weight: 4 },
  { anyOf: ['部署', '业务'], security: true, to: ['业务安全建设'], weight: 5 },
];
