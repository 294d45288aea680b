import { adoptionImportColumns, type AdoptionImportColumnKey } from '@cloudstd/shared/schemas/import';
import type { ColumnSpec } from './spreadsheet/columns.ts';

/** How a column of an adoptions spreadsheet is read, what the template shows, and which value it gives. */
export interface AdoptionColumn extends ColumnSpec {
  readonly key: AdoptionImportColumnKey;
  readonly cell: 'text' | 'creditCode' | 'standardNumber' | 'date' | 'evidence' | 'size' | 'stages';
  readonly example: string;
  readonly hintZh: string;
  readonly hintEn: string;
  readonly width: number;
}

const details: Record<AdoptionImportColumnKey, Omit<AdoptionColumn, 'key' | 'zh'>> = {
  enterprise: {
    cell: 'text',
    aliases: ['企业', '企业全称', '单位名称', '单位', 'enterprise name', 'company', 'name'],
    example: '示例云计算科技有限公司',
    hintZh: '新企业必填；已登记的企业按信用代码匹配，名称不同时提示但不修改',
    hintEn: 'Required for a new enterprise; a registered one is matched by its credit code',
    width: 30,
  },
  credit_code: {
    cell: 'creditCode',
    aliases: ['信用代码', '社会信用代码', '统一代码', '统一信用代码', 'credit code', 'uscc'],
    example: '91350100M000100Y43',
    hintZh: '必填；18 位，按 GB 32100-2015 核对校验位',
    hintEn: 'Required; 18 characters, check character verified (GB 32100-2015)',
    width: 22,
  },
  industry: {
    cell: 'text',
    aliases: ['所属行业', '行业类别', 'sector'],
    example: '软件和信息技术服务业',
    hintZh: '',
    hintEn: '',
    width: 20,
  },
  province: {
    cell: 'text',
    aliases: ['地区', '省份/地区', '所在地区', '所在省份', '省市', 'region'],
    example: '福建',
    hintZh: '',
    hintEn: '',
    width: 10,
  },
  size: {
    cell: 'size',
    aliases: ['规模', 'enterprise size'],
    example: '中型',
    hintZh: '大型、中型、小型或微型',
    hintEn: 'large, medium, small or micro',
    width: 10,
  },
  standard_number: {
    cell: 'standardNumber',
    aliases: ['标准编号', '标准代号', '贯标标准', '标准', 'number', 'standard', 'standard number', 'standard no'],
    example: 'GB/T 32400-2015',
    hintZh: '必填；须为已登记的标准，写法不限，如 gb/t 32400—2015',
    hintEn: 'Required; a recorded standard, any common spelling',
    width: 20,
  },
  adopted_on: {
    cell: 'date',
    aliases: ['贯标日期', '采用日期', '实施时间', '贯标时间', 'adopted', 'adoption date', 'date'],
    example: '2024-06-30',
    hintZh: '新记录必填；不能晚于今天；如 2024-06-30、2024/6/30、2024年6月30日',
    hintEn: 'Required for a new record; not after today',
    width: 14,
  },
  evidence: {
    cell: 'evidence',
    aliases: ['证明方式', '证明材料类型', '证据类型', 'evidence type'],
    example: '证书',
    hintZh: '新记录必填；证书、评估、自评、自我声明、培训或其他',
    hintEn: 'Required for a new record: certificate, assessment, self_assessment, self_declaration, training or other',
    width: 12,
  },
  reference: {
    cell: 'text',
    aliases: ['证明材料编号', '证书编号', '证书号', '报告编号', '链接', 'reference no', 'certificate no'],
    example: 'CERT-2024-0001',
    hintZh: '证书编号、报告编号或链接',
    hintEn: 'Certificate or report number, or a link',
    width: 22,
  },
  stages: {
    cell: 'stages',
    aliases: ['环节', '应用阶段', '对标达标环节', '实施环节', 'stage', 'application stages'],
    example: '设计；运营运维',
    hintZh: '可选；研发、设计、交付部署、运营运维、质量管理，用分号分隔；空白为未注明',
    hintEn: 'Optional: R&D, design, delivery, operations, quality, separated by semicolons',
    width: 22,
  },
  assessment_body: {
    cell: 'text',
    aliases: ['评估单位', '测评机构', '评测机构', 'assessing body', 'assessor'],
    example: '',
    hintZh: '证明类型为评估时可填',
    hintEn: 'For assessment evidence',
    width: 22,
  },
  assessment_result: {
    cell: 'text',
    aliases: ['测评结果', '评测结果', '评估结论', 'assessment outcome'],
    example: '',
    hintZh: '证明类型为评估时可填，如“通过”“三级”',
    hintEn: 'For assessment evidence, e.g. “passed”, “level 3”',
    width: 16,
  },
  notes: {
    cell: 'text',
    aliases: ['说明', 'note', 'remarks'],
    example: '',
    hintZh: '',
    hintEn: '',
    width: 30,
  },
};

/** The adoptions import's columns, in template order. */
export const adoptionColumns: readonly AdoptionColumn[] = adoptionImportColumns.map((column) => ({
  ...column,
  ...details[column.key],
}));

export const adoptionColumnByKey = new Map(adoptionColumns.map((column) => [column.key, column]));
