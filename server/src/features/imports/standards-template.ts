import type { DirectionNames, FrameworkNodeName } from './direction-names.ts';
import { standardColumns } from './standards-columns.ts';
import {
  addChoiceList,
  addColumnsSheet,
  addInstructionsSheet,
  HEADER_FILL,
  newTemplateWorkbook,
} from './template-workbook.ts';

/**
 * The standards template of one edition: sheet 1 has every column with its Chinese and English header (each
 * with a note on what to enter) and one real example row; sheet 2 lists the edition's directions with their
 * codes, paths and the name to write for each; sheet 3 names the edition and explains the rules. Dates are
 * real date cells, identifiers text cells.
 */
export async function buildStandardsTemplate(
  nodes: readonly FrameworkNodeName[],
  names: DirectionNames,
  edition: { key: string; nameZh: string; nameEn: string },
): Promise<Buffer> {
  const workbook = newTemplateWorkbook();
  const sheet = addColumnsSheet(
    workbook,
    '标准 Standards',
    standardColumns,
    '示例行（真实标准）：导入前请替换或删除\nExample row (a real standard): replace or delete it before importing',
  );
  addChoiceList(
    sheet,
    standardColumns,
    'kind',
    '制定,修订',
    '请选择“制定”或“修订” / Choose 制定 (new) or 修订 (revision)',
  );

  const directionSheet = workbook.addWorksheet('研制方向 Directions', { views: [{ state: 'frozen', ySplit: 1 }] });
  directionSheet.columns = [
    { header: '编码 code', key: 'code', width: 10 },
    { header: '部分 part', key: 'part', width: 16 },
    { header: '分组 group', key: 'group', width: 16 },
    { header: '研制方向 direction', key: 'nameZh', width: 32 },
    { header: 'Direction (English)', key: 'nameEn', width: 52 },
    { header: '导入时可写 write as', key: 'writeAs', width: 26 },
  ];
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  for (const node of nodes) {
    if (node.kind !== 'direction') continue;
    const parent = node.parentCode ? byCode.get(node.parentCode) : undefined;
    const part = parent?.kind === 'group' && parent.parentCode ? byCode.get(parent.parentCode) : parent;
    directionSheet.addRow({
      code: node.code,
      part: part ? `${part.code} ${part.nameZh}` : '',
      group: parent?.kind === 'group' ? `${parent.code} ${parent.nameZh}` : '',
      nameZh: names.label(node.code, 'zh').slice(node.code.length + 1),
      nameEn: names.label(node.code, 'en').slice(node.code.length + 1),
      writeAs: `${node.code} 或 ${names.qualifiedName(node.code)}`,
    });
  }
  directionSheet.getRow(1).font = { bold: true };
  directionSheet.getRow(1).fill = HEADER_FILL;
  directionSheet.getColumn('code').numFmt = '@';

  addInstructionsSheet(workbook, [
    '导入说明 · How to import',
    `标准体系 Framework：${edition.nameZh}（${edition.key}）· ${edition.nameEn}`,
    `   研制方向按此版本的编码和名称读取；其它版本的编码会被拒绝。Directions are read as codes and names of this edition; another edition’s codes are refused.`,
    '1. 在第一个工作表中每行填写一项标准；表头可用中文或英文，列的顺序不限，不认识的列会被忽略。',
    '   One standard per row on the first sheet; Chinese or English headers, any column order; unknown columns are ignored.',
    '2. 按标准号匹配已登记的标准（写法不限，如 gb/t 32400—2015），没有标准号时按计划号匹配；匹配到则更新，否则新建。',
    '   Rows are matched to recorded standards by number (any spelling), else by plan number: a match is updated, anything else created.',
    '3. 空白单元格不会清除已登记的内容；新建标准须填写标准名称和研制方向。',
    '   Blank cells never clear what is recorded; a new standard needs its Chinese title and at least one direction.',
    '4. 研制方向写编码或名称（如 云原生），多个用 ; 或 、 分隔；重名的方向须写编码或连同分组，如“基础设施安全/设备安全”。',
    '   Directions as codes or names separated by ; or 、; a repeated name needs its code or its group, e.g. 基础设施安全/设备安全.',
    '5. 日期可写作 2025-10-09、2025/10/9、2025.10.9 或 2025年10月9日，也可以是 Excel 日期单元格。',
    '   Dates as 2025-10-09, 2025/10/9, 2025.10.9, 2025年10月9日, or Excel date cells.',
    '6. 先“检查”（试运行）查看每行的结果，全部无误后再“导入”；有任何错误时不会导入任何一行。',
    '   Check first (a dry run shows every row’s outcome), then import; if any row has an error, nothing is imported.',
  ]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
