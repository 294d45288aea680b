import { attendeeColumns } from './attendee-columns.ts';
import { addColumnsSheet, addInstructionsSheet, newTemplateWorkbook } from './template-workbook.ts';

/** The attendee list template: one row per attending enterprise, and the rules on sheet 2. */
export async function buildAttendeesTemplate(): Promise<Buffer> {
  const workbook = newTemplateWorkbook();
  addColumnsSheet(
    workbook,
    '参会企业 Attendees',
    attendeeColumns,
    '示例行（信用代码为 GB 32100-2015 的示例代码）：导入前请替换或删除\nExample row (the credit code is the example of GB 32100-2015): replace or delete it before importing',
  );
  addInstructionsSheet(workbook, [
    '导入说明 · How to import an attendee list',
    '1. 每行一家参会企业；表头可用中文或英文，列的顺序不限，不认识的列会被忽略。',
    '   One attending enterprise per row; Chinese or English headers, any column order; unknown columns are ignored.',
    '2. 企业按统一社会信用代码匹配；未登记的代码会新建企业，须填写企业名称。同一企业出现多次算一家（人数相加）。',
    '   Enterprises are matched by credit code; an unknown code creates the enterprise, which needs its name. An enterprise listed twice is one attendee (participants added up).',
    '3. 信用代码须通过 GB 32100-2015 校验位检查，错误按行列出，有任何错误时不会导入任何一行。',
    '   Credit codes must pass the GB 32100-2015 check; errors are listed by row and nothing is imported while any remain.',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
