import type {
  AdoptionImportColumnKey,
  AttendeeImportColumnKey,
  ImportKind,
  StandardImportColumnKey,
} from '@cloudstd/shared/schemas/import';
import type { Bilingual } from '../../lib/i18n.tsx';

export const importMessages = {
  pageTitle: { zh: '导入', en: 'Import' },
  pageSubtitle: {
    zh: '从 Excel 或 CSV 批量导入标准或贯标记录：先检查每一行，确认无误后一次导入。',
    en: 'Bulk import of standards or adoptions from Excel or CSV: every row is checked first, then all are imported at once.',
  },
  editorsOnly: {
    zh: '导入仅对编辑者和管理员开放；您可以在“标准”和“贯标企业”页面浏览登记的内容。',
    en: 'Importing is for editors and administrators; you can read what is recorded on the Standards and Enterprises pages.',
  },
  downloadTemplate: { zh: '下载模板', en: 'Download the template' },
  kindLabel: { zh: '导入内容', en: 'What to import' },
  editionHint: {
    zh: '文件中的研制方向按所选版本的编码和名称读取，另一版本的编码会被指出；模板按所选版本下载。',
    en: 'The file’s directions are read as codes and names of the chosen edition (another edition’s codes are pointed out); the template follows it.',
  },
  kindStandards: { zh: '标准', en: 'Standards' },
  kindAdoptions: { zh: '贯标记录', en: 'Adoptions' },
  kindAnnouncement: { zh: '粘贴公告', en: 'Paste an announcement' },
  announcementHeading: { zh: '粘贴标准批准发布公告', en: 'Paste a standards announcement' },
  announcementHint: {
    zh: '从国家标准公告或行业标准公告（网页、Word 或 PDF）复制标准列表（序号、标准编号、标准名称、代替标准号、实施日期）粘贴到这里，最大 5 MB。与云计算相关的行会自动勾选。',
    en: 'Copy the table of an SAC or MIIT announcement (web page, Word or PDF: No., number, title, replaced number, in-force date) and paste it here, up to 5 MB. Cloud-related rows are ticked for you.',
  },
  announcementText: { zh: '公告内容', en: 'Announcement text' },
  announcementPlaceholder: {
    zh: '序号\t标准编号\t标准名称\t代替标准号\t实施日期',
    en: 'No.\tNumber\tTitle\tReplaces\tIn force',
  },
  announcementPublishedOn: { zh: '公告（发布）日期', en: 'Publication date' },
  announcementRead: { zh: '读取', en: 'Read the rows' },
  announcementTotals: {
    zh: '读到 {rows} 行，已选 {selected} 行，{errors} 行无法读取',
    en: '{rows} rows read, {selected} chosen, {errors} unreadable',
  },
  announcementCheck: { zh: '检查所选 {count} 行', en: 'Check the {count} chosen row(s)' },
  announcementNeedsDate: { zh: '请先填写公告日期', en: 'Enter the publication date first' },
  announcementChoose: { zh: '选择', en: 'Choose' },
  announcementChooseRow: { zh: '选择 {number}', en: 'Choose {number}' },
  announcementSequence: { zh: '序号', en: 'No.' },
  announcementNumber: { zh: '标准编号', en: 'Number' },
  announcementTitle: { zh: '标准名称', en: 'Title' },
  announcementReplaces: { zh: '代替标准号', en: 'Replaces' },
  announcementInForce: { zh: '实施日期', en: 'In force' },
  announcementRelevance: { zh: '云相关度', en: 'Cloud' },
  announcementDirections: { zh: '研制方向', en: 'Directions' },
  announcementDirectionsOf: { zh: '{number} 的研制方向', en: 'Directions of {number}' },
  suggestedCheck: { zh: '建议，请核对', en: 'suggested — check' },

  // Step 1: the file
  uploadHeading: { zh: '选择文件', en: 'Choose a file' },
  dropHint: { zh: '点击或将文件拖到此处', en: 'Click, or drag a file here' },
  dropDetail: {
    zh: 'XLSX 或 CSV，最大 {size} MB，最多 {rows} 行。上传后先检查，不会写入数据。',
    en: 'XLSX or CSV, up to {size} MB and {rows} rows. The file is checked first; nothing is written yet.',
  },
  tooLarge: {
    zh: '文件超过 {size} MB 上限，请拆分后分批导入',
    en: 'The file is over {size} MB; split it and import the parts',
  },
  checking: { zh: '正在检查 {name}…', en: 'Checking {name}…' },
  confirmSuggested: {
    zh: '我已核对 {count} 行系统建议的研制方向（标为“建议，请核对”）',
    en: 'I have checked the suggested directions of {count} row(s) (marked “suggested — check”)',
  },
  committing: { zh: '正在导入 {count} 项…', en: 'Importing {count} row(s)…' },

  // Step 2: the check
  reportHeading: { zh: '检查结果', en: 'Check' },
  fileLabel: { zh: '文件', en: 'File' },
  sheetLabel: { zh: '工作表', en: 'Worksheet' },
  headerRowLabel: { zh: '表头', en: 'Headers' },
  headerRowValue: { zh: '第 {row} 行', en: 'row {row}' },
  totalRows: { zh: '数据行', en: 'Rows' },
  actionCreate: { zh: '新建', en: 'Create' },
  actionUpdate: { zh: '更新', en: 'Update' },
  actionUnchanged: { zh: '无变化', en: 'Unchanged' },
  actionError: { zh: '错误', en: 'Error' },
  totalNewEnterprises: { zh: '新企业', en: 'New enterprises' },
  errorsFound: {
    zh: '{count} 行有错误，已在表中标红。请修改文件后重新上传；存在错误时不会导入任何数据。',
    en: '{count} row(s) have errors, marked in red below. Fix the file and upload it again; nothing is imported while any row has an error.',
  },
  unknownColumns: {
    zh: '以下列未能识别，已忽略：{columns}',
    en: 'These columns were not recognised and are ignored: {columns}',
  },
  nothingToDo: {
    zh: '文件中的每一行都与登记簿一致，无需导入。',
    en: 'Every row already matches the registry; there is nothing to import.',
  },
  readyToImport: {
    zh: '检查通过：将新建 {create} 项、更新 {update} 项标准，全部在一个事务中完成。',
    en: 'All rows are fine: {create} standard(s) will be created and {update} updated, in one transaction.',
  },
  readyToImportAdoptions: {
    zh: '检查通过：将新建 {create} 条、更新 {update} 条贯标记录，并登记 {enterprises} 家新企业，全部在一个事务中完成。',
    en: 'All rows are fine: {create} adoption(s) will be created and {update} updated, and {enterprises} new enterprise(s) recorded, in one transaction.',
  },
  warningsFound: {
    zh: '{count} 行有提示（已用黄色标出，如企业名称与已登记的不同），不影响导入；导入不会修改已登记的企业。',
    en: '{count} row(s) have notes (marked yellow, e.g. a name differing from the registered one); they do not stop the import, which never changes registered enterprises.',
  },
  blankCellsKeep: {
    zh: '空白单元格不会清除已登记的内容。',
    en: 'Blank cells never clear what is already recorded.',
  },
  errorsOnly: { zh: '只看错误', en: 'Errors only' },
  downloadErrors: { zh: '下载错误报告（XLSX）', en: 'Download the error report (XLSX)' },
  chooseAnother: { zh: '重新选择文件', en: 'Choose another file' },
  commit: { zh: '导入 {count} 项', en: 'Import {count}' },
  commitDisabledErrors: { zh: '请先修正所有错误', en: 'Fix every error first' },

  // The rows table
  rowsLabel: { zh: '逐行检查结果', en: 'Outcome of each row' },
  rowColumn: { zh: '行号', en: 'Row' },
  actionColumn: { zh: '结果', en: 'Outcome' },
  changesColumn: { zh: '变更', en: 'Changes' },
  ignoredColumn: { zh: '（忽略）', en: '(ignored)' },
  rowsRange: { zh: '第 {from}–{to} 行，共 {total} 行', en: '{from}–{to} of {total} rows' },
  noErrorRows: { zh: '没有错误', en: 'No errors' },
  cellError: { zh: '错误：', en: 'Error: ' },
  cellWarning: { zh: '提示：', en: 'Note: ' },
  newEnterprise: { zh: '新企业', en: 'New enterprise' },
  empty: { zh: '—', en: '—' },

  // Step 3: done
  doneTitle: { zh: '导入完成', en: 'Imported' },
  doneDetail: {
    zh: '新建 {create} 项，更新 {update} 项，无变化 {unchanged} 项。',
    en: '{create} created, {update} updated, {unchanged} unchanged.',
  },
  doneDetailAdoptions: {
    zh: '新建 {create} 条、更新 {update} 条贯标记录，无变化 {unchanged} 条；新登记企业 {enterprises} 家。',
    en: '{create} adoption(s) created, {update} updated, {unchanged} unchanged; {enterprises} new enterprise(s) recorded.',
  },
  doneNothing: { zh: '没有需要写入的变化。', en: 'There was nothing to change.' },
  viewStandards: { zh: '查看标准列表', en: 'Open the standards list' },
  viewEnterprises: { zh: '查看贯标企业', en: 'Open the enterprises list' },
  viewDashboard: { zh: '查看仪表盘', en: 'Open the dashboard' },
  importAnother: { zh: '继续导入', en: 'Import another file' },
  importedRowsLabel: { zh: '已导入的标准', en: 'Imported standards' },
  importedAdoptionsLabel: { zh: '已导入的贯标记录', en: 'Imported adoptions' },
  kindAttendees: { zh: '活动参会名单', en: 'Event attendees' },

  // Help
  helpHeading: { zh: '导入说明', en: 'How importing works' },
} as const satisfies Record<string, Bilingual>;

/** What each kind of import does, as the help lists it. */
export const importCapabilities: Record<ImportKind, readonly Bilingual[]> = {
  attendees: [
    {
      zh: '宣贯活动的参会企业名单（企业名称、统一社会信用代码、参会人数、备注），XLSX 或 CSV；在活动详情页导入',
      en: 'A 宣贯 event’s attendee list (enterprise, credit code, participants, notes) as XLSX or CSV, imported from the event’s page',
    },
    {
      zh: '企业按信用代码匹配，未登记的新建；同一企业出现多次算一家；代码错误按行列出，有错误时不导入任何一行',
      en: 'Enterprises matched by credit code, unknown ones created; an enterprise listed twice is one; bad codes are listed by row and nothing is imported while any remain',
    },
  ],
  standards: [
    {
      zh: '支持 XLSX（第一个工作表，或选择其他工作表）与 CSV；自动识别编码（带 BOM 的 UTF-8、UTF-8、GB18030）和分隔符（逗号、分号、制表符）',
      en: 'XLSX (the first worksheet, or another you choose) and CSV; the encoding (UTF-8 with BOM, UTF-8, GB18030) and the delimiter (comma, semicolon, tab) are detected',
    },
    {
      zh: '表头可用中文或英文（标准号/number、标准名称/title_zh、研制方向/directions …），顺序不限，提供下载模板',
      en: 'Headers in Chinese or English (标准号/number, 标准名称/title_zh, 研制方向/directions …) in any order, with a downloadable template',
    },
    {
      zh: '研制方向写编码（02.2.4）或名称（云原生），多个用 ; 或 、 分隔；重名的“其它”写作 02.5.3 或“部署模型/其它”',
      en: 'Directions as codes (02.2.4) or names (云原生), several separated by ; or 、; the two named 其它 as 02.5.3 or 部署模型/其它',
    },
    {
      zh: '日期可写作 2025-10-09、2025/10/9、2025.10.9 或 2025年10月9日，也可以是 Excel 日期单元格',
      en: 'Dates as 2025-10-09, 2025/10/9, 2025.10.9 or 2025年10月9日, or Excel date cells',
    },
    {
      zh: '先检查：逐行显示新建 / 更新 / 无变化 / 错误（含行号、列名和中英文说明），不写入数据',
      en: 'A check first shows every row’s outcome — create, update, unchanged or error with row, column and message — without writing',
    },
    {
      zh: '正式导入在一个事务中完成，要么全部成功，要么全部不生效；重复导入同一文件不会产生变化',
      en: 'Importing applies all rows in one transaction or none; importing the same file again changes nothing',
    },
  ],
  adoptions: [
    {
      zh: '每行一家企业贯标一项标准；列：企业名称、统一社会信用代码、行业、省份、企业规模、标准号、实施日期、证明类型、证明材料、备注（中文或英文表头，顺序不限），提供下载模板',
      en: 'One enterprise adopting one standard per row; columns enterprise, credit_code, industry, province, size, standard_number, adopted_on, evidence, reference, notes (Chinese or English, any order), with a downloadable template',
    },
    {
      zh: '企业按统一社会信用代码匹配；未登记的代码新建企业（须填写名称）。已登记企业不会被修改，名称等与登记不同时给出提示',
      en: 'Enterprises are matched by credit code; an unknown code creates the enterprise (its name is required). Registered enterprises are never changed; a differing name is pointed out',
    },
    {
      zh: '信用代码按 GB 32100-2015 核对校验位，导入不能越过校验；确属有效的代码请管理员先在“贯标企业”页面登记并注明理由',
      en: 'Credit codes must pass the GB 32100-2015 check character, which an import cannot override; an administrator records a valid exception on the Enterprises page first',
    },
    {
      zh: '标准号写法不限，须为已登记的标准；实施日期不晚于今天；证明类型为 证书、评估、自我声明 或 其他',
      en: 'Standard numbers in any spelling, of recorded standards; the date not after today; evidence certificate, assessment, self-declaration or other',
    },
    {
      zh: '已有的贯标记录：相同为“无变化”，日期、证明或备注不同为“更新”（空白单元格不清除已登记内容）；同一企业与标准在文件中只能出现一次',
      en: 'An adoption already recorded is unchanged, or updated when its date, evidence or notes differ (blank cells keep); a pair may appear once per file',
    },
    {
      zh: '先检查，再在一个事务中全部导入或全部不生效；重复导入同一文件不会产生变化',
      en: 'Check first, then import all rows in one transaction or none; importing the same file again changes nothing',
    },
  ],
};

/** The columns of a standards spreadsheet, as the preview names them. */
export const columnLabels: Record<StandardImportColumnKey, Bilingual> = {
  number: { zh: '标准号', en: 'Number' },
  title_zh: { zh: '标准名称', en: 'Chinese title' },
  title_en: { zh: '英文名称', en: 'English title' },
  directions: { zh: '研制方向', en: 'Directions' },
  published_on: { zh: '发布日期', en: 'Published' },
  implemented_on: { zh: '实施日期', en: 'In force' },
  withdrawn_on: { zh: '废止日期', en: 'Withdrawn' },
  approved_on: { zh: '立项日期', en: 'Approved' },
  draft_on: { zh: '征求意见日期', en: 'Draft for comment' },
  submitted_on: { zh: '报批日期', en: 'Submitted' },
  plan_number: { zh: '计划号', en: 'Plan number' },
  plan_issued_on: { zh: '计划下达日期', en: 'Plan issued' },
  plan_period_months: { zh: '项目周期（月）', en: 'Plan period (months)' },
  committee: { zh: '归口单位', en: 'Committee' },
  international: { zh: '采用国际标准', en: 'International adoption' },
  kind: { zh: '制修订', en: 'New or revision' },
  replaces: { zh: '代替标准', en: 'Replaces' },
  drafting_organisations: { zh: '起草单位', en: 'Drafting organisations' },
  tags: { zh: '标签', en: 'Tags' },
  notes: { zh: '备注', en: 'Notes' },
};

/** The columns of an adoptions spreadsheet, as the preview names them. */
export const adoptionColumnLabels: Record<AdoptionImportColumnKey, Bilingual> = {
  enterprise: { zh: '企业名称', en: 'Enterprise' },
  credit_code: { zh: '统一社会信用代码', en: 'Credit code' },
  industry: { zh: '行业', en: 'Industry' },
  province: { zh: '省份', en: 'Province' },
  size: { zh: '企业规模', en: 'Size' },
  standard_number: { zh: '标准号', en: 'Standard' },
  adopted_on: { zh: '实施日期', en: 'Adopted on' },
  evidence: { zh: '证明类型', en: 'Evidence' },
  reference: { zh: '证明材料', en: 'Reference' },
  stages: { zh: '应用环节', en: 'Stages' },
  assessment_body: { zh: '评估机构', en: 'Assessing body' },
  assessment_result: { zh: '评估结果', en: 'Assessment result' },
  notes: { zh: '备注', en: 'Notes' },
};

/** The columns of an event's attendee list, as the preview names them. */
export const attendeeColumnLabels: Record<AttendeeImportColumnKey, Bilingual> = {
  enterprise: { zh: '企业名称', en: 'Enterprise' },
  credit_code: { zh: '统一社会信用代码', en: 'Credit code' },
  participants: { zh: '参会人数', en: 'Participants' },
  notes: { zh: '备注', en: 'Notes' },
};

/** The fields an update changes (the API's names), as the preview names them. */
export const fieldLabels: Record<string, Bilingual> = {
  number: columnLabels.number,
  planNumber: columnLabels.plan_number,
  level: { zh: '级别', en: 'Level' },
  sector: { zh: '行业', en: 'Sector' },
  titleZh: columnLabels.title_zh,
  titleEn: columnLabels.title_en,
  kind: columnLabels.kind,
  replaces: columnLabels.replaces,
  directions: columnLabels.directions,
  approvedOn: columnLabels.approved_on,
  draftOn: columnLabels.draft_on,
  submittedOn: columnLabels.submitted_on,
  publishedOn: columnLabels.published_on,
  inForceOn: columnLabels.implemented_on,
  withdrawnOn: columnLabels.withdrawn_on,
  committee: columnLabels.committee,
  international: columnLabels.international,
  draftingOrganisations: columnLabels.drafting_organisations,
  planIssuedOn: { zh: '计划下达日期', en: 'Plan issued on' },
  planPeriodMonths: { zh: '项目周期（月）', en: 'Period (months)' },
  planExtensions: { zh: '延期', en: 'Extensions' },
  tags: columnLabels.tags,
  notes: columnLabels.notes,
  adoptedOn: adoptionColumnLabels.adopted_on,
  evidence: adoptionColumnLabels.evidence,
  reference: adoptionColumnLabels.reference,
};
