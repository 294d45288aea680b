/** One industry-standard code (行业标准代号) and the sector it belongs to. */
export interface IndustrySector {
  readonly prefix: string;
  readonly sectorZh: string;
  readonly sectorEn: string;
  /** True when the code is only valid with `/T` (地震 `DB/T`; `DB` followed by a province code is a local standard). */
  readonly recommendedOnly?: boolean;
}

/**
 * Where the table comes from: the list of 行业标准代号 that SAC publishes with the 行业标准管理办法 (two
 * letters each), plus the engineering-construction codes of 住房和城乡建设部 and 交通运输部 (JGJ, CJJ, JTG —
 * three letters; `JTG` sequences may start with a letter, `JTG D60-2015`) and the tax sector's `SW`.
 */
export const industrySectorsSource = {
  zh: '行业标准代号表（国家标准化管理委员会公布的行业标准代号，另含工程建设行业标准代号 JGJ、CJJ、JTG 及税务行业代号 SW）',
  en: 'Industry-standard codes as listed by SAC, plus the engineering-construction codes JGJ, CJJ, JTG and the tax sector code SW',
  revisedOn: '2026-12-03',
} as const;

/** Industry-standard codes (行业标准代号), upper-case letters, without the `/T` or `/Z` suffix; see `industrySectorsSource`. */
export const industrySectors: readonly IndustrySector[] = [
  { prefix: 'AQ', sectorZh: '安全生产', sectorEn: 'Work safety' },
  { prefix: 'BB', sectorZh: '包装', sectorEn: 'Packaging' },
  { prefix: 'CB', sectorZh: '船舶', sectorEn: 'Shipbuilding' },
  { prefix: 'CH', sectorZh: '测绘', sectorEn: 'Surveying and mapping' },
  { prefix: 'CJ', sectorZh: '城镇建设', sectorEn: 'Urban construction' },
  { prefix: 'CY', sectorZh: '新闻出版', sectorEn: 'Press and publication' },
  { prefix: 'DA', sectorZh: '档案', sectorEn: 'Archives' },
  { prefix: 'DB', sectorZh: '地震', sectorEn: 'Seismology', recommendedOnly: true },
  { prefix: 'DL', sectorZh: '电力', sectorEn: 'Electric power' },
  { prefix: 'DZ', sectorZh: '地质矿产', sectorEn: 'Geology and mineral resources' },
  { prefix: 'EJ', sectorZh: '核工业', sectorEn: 'Nuclear industry' },
  { prefix: 'FZ', sectorZh: '纺织', sectorEn: 'Textiles' },
  { prefix: 'GA', sectorZh: '公共安全', sectorEn: 'Public security' },
  { prefix: 'GH', sectorZh: '供销合作', sectorEn: 'Supply and marketing cooperatives' },
  { prefix: 'GM', sectorZh: '密码', sectorEn: 'Cryptography' },
  { prefix: 'GY', sectorZh: '广播电影电视', sectorEn: 'Radio, film and television' },
  { prefix: 'HB', sectorZh: '航空', sectorEn: 'Aviation industry' },
  { prefix: 'HG', sectorZh: '化工', sectorEn: 'Chemical industry' },
  { prefix: 'HJ', sectorZh: '环境保护', sectorEn: 'Environmental protection' },
  { prefix: 'HS', sectorZh: '海关', sectorEn: 'Customs' },
  { prefix: 'HY', sectorZh: '海洋', sectorEn: 'Oceanography' },
  { prefix: 'JB', sectorZh: '机械', sectorEn: 'Machinery' },
  { prefix: 'JC', sectorZh: '建材', sectorEn: 'Building materials' },
  { prefix: 'JG', sectorZh: '建筑工业', sectorEn: 'Building industry' },
  { prefix: 'JR', sectorZh: '金融', sectorEn: 'Finance' },
  { prefix: 'JT', sectorZh: '交通', sectorEn: 'Transport' },
  { prefix: 'JY', sectorZh: '教育', sectorEn: 'Education' },
  { prefix: 'LB', sectorZh: '旅游', sectorEn: 'Tourism' },
  { prefix: 'LD', sectorZh: '劳动和劳动安全', sectorEn: 'Labour and labour safety' },
  { prefix: 'LS', sectorZh: '粮食', sectorEn: 'Grain' },
  { prefix: 'LY', sectorZh: '林业', sectorEn: 'Forestry' },
  { prefix: 'MH', sectorZh: '民用航空', sectorEn: 'Civil aviation' },
  { prefix: 'MT', sectorZh: '煤炭', sectorEn: 'Coal' },
  { prefix: 'MZ', sectorZh: '民政', sectorEn: 'Civil affairs' },
  { prefix: 'NB', sectorZh: '能源', sectorEn: 'Energy' },
  { prefix: 'NY', sectorZh: '农业', sectorEn: 'Agriculture' },
  { prefix: 'QB', sectorZh: '轻工', sectorEn: 'Light industry' },
  { prefix: 'QC', sectorZh: '汽车', sectorEn: 'Automotive' },
  { prefix: 'QJ', sectorZh: '航天', sectorEn: 'Aerospace' },
  { prefix: 'QX', sectorZh: '气象', sectorEn: 'Meteorology' },
  { prefix: 'RB', sectorZh: '认证认可', sectorEn: 'Certification and accreditation' },
  { prefix: 'SB', sectorZh: '商业', sectorEn: 'Commerce' },
  { prefix: 'SC', sectorZh: '水产', sectorEn: 'Fisheries' },
  { prefix: 'SF', sectorZh: '司法', sectorEn: 'Justice administration' },
  { prefix: 'SH', sectorZh: '石油化工', sectorEn: 'Petrochemicals' },
  { prefix: 'SJ', sectorZh: '电子', sectorEn: 'Electronics' },
  { prefix: 'SL', sectorZh: '水利', sectorEn: 'Water resources' },
  { prefix: 'SN', sectorZh: '出入境检验检疫', sectorEn: 'Entry-exit inspection and quarantine' },
  { prefix: 'SY', sectorZh: '石油天然气', sectorEn: 'Petroleum and natural gas' },
  { prefix: 'TB', sectorZh: '铁道', sectorEn: 'Railways' },
  { prefix: 'TD', sectorZh: '土地管理', sectorEn: 'Land administration' },
  { prefix: 'TY', sectorZh: '体育', sectorEn: 'Sports' },
  { prefix: 'WB', sectorZh: '物资管理', sectorEn: 'Materials management' },
  { prefix: 'WH', sectorZh: '文化', sectorEn: 'Culture' },
  { prefix: 'WJ', sectorZh: '兵工民品', sectorEn: 'Ordnance civil products' },
  { prefix: 'WM', sectorZh: '外经贸', sectorEn: 'Foreign trade and economic cooperation' },
  { prefix: 'WS', sectorZh: '卫生', sectorEn: 'Health' },
  { prefix: 'WW', sectorZh: '文物保护', sectorEn: 'Cultural heritage protection' },
  { prefix: 'XB', sectorZh: '稀土', sectorEn: 'Rare earths' },
  { prefix: 'XF', sectorZh: '消防救援', sectorEn: 'Fire and rescue' },
  { prefix: 'YB', sectorZh: '黑色冶金', sectorEn: 'Ferrous metallurgy' },
  { prefix: 'YC', sectorZh: '烟草', sectorEn: 'Tobacco' },
  { prefix: 'YD', sectorZh: '通信', sectorEn: 'Telecommunications' },
  { prefix: 'YJ', sectorZh: '应急管理', sectorEn: 'Emergency management' },
  { prefix: 'YS', sectorZh: '有色冶金', sectorEn: 'Non-ferrous metallurgy' },
  { prefix: 'YY', sectorZh: '医药', sectorEn: 'Pharmaceuticals and medical devices' },
  { prefix: 'YZ', sectorZh: '邮政', sectorEn: 'Postal services' },
  { prefix: 'ZY', sectorZh: '中医药', sectorEn: 'Traditional Chinese medicine' },
  { prefix: 'SW', sectorZh: '税务', sectorEn: 'Taxation' },
  { prefix: 'JGJ', sectorZh: '建筑工程', sectorEn: 'Building construction engineering' },
  { prefix: 'CJJ', sectorZh: '城镇建设工程', sectorEn: 'Urban construction engineering' },
  { prefix: 'JTG', sectorZh: '公路工程', sectorEn: 'Highway engineering' },
];

const byPrefix: ReadonlyMap<string, IndustrySector> = new Map(industrySectors.map((s) => [s.prefix, s]));

/** The sector of an industry code (`'YD'`, not `'YD/T'`; exact upper case), or undefined when the code is not in the table. */
export function findIndustrySector(prefix: string): IndustrySector | undefined {
  return byPrefix.get(prefix);
}
