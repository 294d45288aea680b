import { adoptionColumns } from './adoption-columns.ts';
import { addChoiceList, addColumnsSheet, addInstructionsSheet, newTemplateWorkbook } from './template-workbook.ts';

/**
 * The adoptions template: sheet 1 has every column with its Chinese and English header (each with a
 * note on what to enter), one example row and drop-downs for the evidence and the size; sheet 2
 * explains the rules. The credit code and the standard number are text cells, the date a date cell.
 */
export async function buildAdoptionsTemplate(): Promise<Buffer> {
  const workbook = newTemplateWorkbook();
  const sheet = addColumnsSheet(
    workbook,
    '贯标记录 Adoptions',
    adoptionColumns,
    '示例行（信用代码为 GB 32100-2015 的示例代码）：导入前请替换或删除\nExample row (the credit code is the example of GB 32100-2015): replace or delete it before importing',
  );
  addChoiceList(
    sheet,
    adoptionColumns,
    'evidence',
    '证书,评估,自评,自我声明,培训,其他',
    '请选择证书、评估、自评、自我声明、培训或其他 / Choose certificate, assessment, self-assessment, self-declaration, training or other',
  );
  addChoiceList(
    sheet,
    adoptionColumns,
    'size',
    '大型,中型,小型,微型',
    '请选择大型、中型、小型或微型 / Choose large, medium, small or micro',
  );

  addInstructionsSheet(workbook, [
    '导入说明 · How to import adoptions',
    '1. 在第一个工作表中每行填写一家企业贯标一项标准；表头可用中文或英文，列的顺序不限，不认识的列会被忽略。',
    '   One enterprise adopting one standard per row; Chinese or English headers, any column order; unknown columns are ignored.',
    '2. 企业按统一社会信用代码匹配：已登记的企业不会被修改（名称、行业、省份或规模与登记的不同时会提示）；未登记的代码会新建企业，须填写企业名称。',
    '   Enterprises are matched by credit code: a registered one is never changed (a different name, industry, province or size is pointed out); an unknown code creates the enterprise, which needs its name.',
    '3. 信用代码须通过 GB 32100-2015 校验位检查；导入不能越过校验。确属有效而校验不符的代码，请由管理员在“贯标企业”页面登记并注明理由后再导入。',
    '   Credit codes must pass the GB 32100-2015 check character; an import cannot override it. An administrator records a valid code that fails the check on the Enterprises page (with a reason) before importing.',
    '4. 标准号写法不限（如 gb/t 32400—2015），须为已登记且未删除的标准。',
    '   Standard numbers in any common spelling; the standard must be recorded and not deleted.',
    '5. 实施日期不能晚于今天；证明类型为 证书、评估（第三方评估/测评，可填评估机构和评估结果）、自评、自我声明、培训 或 其他；应用环节可选：研发、设计、交付部署、运营运维、质量管理（分号分隔，空白为未注明）。',
    '   The adoption date may not be after today; evidence is certificate, assessment (third-party, with the assessing body and result), self_assessment, self_declaration, training or other; stages optional: R&D, design, delivery, operations, quality (semicolon-separated; blank = not stated).',
    '6. 同一企业与同一标准已有贯标记录时：内容相同为“无变化”，日期、证明类型、证明材料或备注不同为“更新”；空白单元格不会清除已登记的内容。同一文件中不能重复。',
    '   An enterprise-standard pair already recorded is unchanged, or updated when the date, evidence, reference or notes differ; blank cells keep what is recorded. A pair may appear once per file.',
    '7. 先“检查”（试运行）查看每行的结果，全部无误后再“导入”；有任何错误时不会导入任何一行。',
    '   Check first (a dry run shows every row’s outcome), then import; if any row has an error, nothing is imported.',
  ]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
