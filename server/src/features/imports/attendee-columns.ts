import { attendeeImportColumns, type AttendeeImportColumnKey } from '@cloudstd/shared/schemas/import';
import type { TemplateColumn } from './template-workbook.ts';

/** How a column of an attendee list (宣贯活动参会企业) is read and what the template shows. */
export interface AttendeeColumn extends TemplateColumn {
  readonly key: AttendeeImportColumnKey;
  readonly cell: 'text' | 'creditCode' | 'count';
}

const details: Record<AttendeeImportColumnKey, Omit<AttendeeColumn, 'key' | 'zh'>> = {
  enterprise: {
    cell: 'text',
    aliases: ['企业', '企业全称', '单位名称', '单位', '参会单位', 'enterprise name', 'company', 'name'],
    example: '示例云计算科技有限公司',
    hintZh: '新企业必填；已登记的企业按信用代码匹配',
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
  participants: {
    cell: 'count',
    aliases: ['人数', '参会人员数', '参训人数', 'attendees', 'people'],
    example: '3',
    hintZh: '可选；正整数',
    hintEn: 'Optional; a positive whole number',
    width: 10,
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

/** The attendee import's columns, in template order. */
export const attendeeColumns: readonly AttendeeColumn[] = attendeeImportColumns.map((column) => ({
  ...column,
  ...details[column.key],
}));

export const attendeeColumnByKey = new Map(attendeeColumns.map((column) => [column.key, column]));
