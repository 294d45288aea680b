import type { FieldError } from './schemas/messages.ts';

/**
 * Every error the API can answer with: one code, one HTTP status, a title in both languages.
 * The server throws `AppError(code)`; the client reads `code` back from the problem+json body.
 */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, titleZh: '输入有误', titleEn: 'Invalid input' },
  MALFORMED_JSON: { status: 400, titleZh: '请求内容不是有效的 JSON', titleEn: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { status: 401, titleZh: '请先登录', titleEn: 'Please sign in' },
  INVALID_CREDENTIALS: { status: 401, titleZh: '用户名或密码错误', titleEn: 'Wrong username or password' },
  WRONG_CURRENT_PASSWORD: { status: 400, titleZh: '当前密码不正确', titleEn: 'The current password is wrong' },
  FORBIDDEN: { status: 403, titleZh: '没有执行此操作的权限', titleEn: 'You may not do this' },
  CROSS_ORIGIN_REQUEST: {
    status: 403,
    titleZh: '拒绝来自其他站点的请求',
    titleEn: 'Requests from another site are refused',
  },
  NOT_FOUND: { status: 404, titleZh: '未找到', titleEn: 'Not found' },
  USERNAME_TAKEN: { status: 409, titleZh: '用户名已存在', titleEn: 'That username is taken' },
  STANDARD_NUMBER_TAKEN: {
    status: 409,
    titleZh: '该标准号已登记',
    titleEn: 'A standard with this number is already recorded',
  },
  REVISION_SUSPECTED: {
    status: 409,
    titleZh: '该标准号的较早版本已登记，应按修订登记',
    titleEn: 'An earlier edition of this number is recorded: record it as a revision',
  },
  CREDIT_CODE_CHECKSUM: {
    status: 400,
    titleZh: '统一社会信用代码校验位不符',
    titleEn: 'The unified social credit code fails its check character',
  },
  CREDIT_CODE_TAKEN: {
    status: 409,
    titleZh: '该统一社会信用代码已登记',
    titleEn: 'An enterprise with this credit code is already recorded',
  },
  ADOPTION_EXISTS: {
    status: 409,
    titleZh: '该企业贯标此标准的记录已存在',
    titleEn: 'This enterprise’s adoption of this standard is already recorded',
  },
  INTERNATIONAL_ITEM_EXISTS: {
    status: 409,
    titleZh: '该国际标准项目已登记',
    titleEn: 'This international item is already recorded',
  },
  VERSION_CONFLICT: {
    status: 409,
    titleZh: '该记录已被他人修改',
    titleEn: 'Someone else changed this record in the meantime',
  },
  LAST_ADMIN: {
    status: 409,
    titleZh: '不能停用或降级最后一位管理员',
    titleEn: 'The last active admin cannot be disabled or demoted',
  },
  SNAPSHOT_NAME_TAKEN: {
    status: 409,
    titleZh: '已有同名的报告快照',
    titleEn: 'A report snapshot with this name already exists',
  },
  PAYLOAD_TOO_LARGE: { status: 413, titleZh: '请求内容过大', titleEn: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, titleZh: '请求内容类型不受支持', titleEn: 'Unsupported content type' },
  IMPORT_UNREADABLE_FILE: {
    status: 400,
    titleZh: '无法读取该文件，请上传 XLSX 或 CSV 表格',
    titleEn: 'The file cannot be read; upload an XLSX or CSV spreadsheet',
  },
  IMPORT_EMPTY_FILE: { status: 400, titleZh: '文件中没有可导入的数据', titleEn: 'The file has no rows to import' },
  IMPORT_BAD_HEADER: {
    status: 400,
    titleZh: '表头无法识别',
    titleEn: 'The header row cannot be used',
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 413,
    titleZh: '文件行数过多，请拆分后分批导入',
    titleEn: 'The file has too many rows; split it and import the parts',
  },
  IMPORT_HAS_ERRORS: {
    status: 422,
    titleZh: '部分行有错误，未导入任何数据',
    titleEn: 'Some rows have errors; nothing was imported',
  },
  ANNOUNCEMENT_NO_ROWS: {
    status: 422,
    titleZh: '粘贴的内容中没有识别出标准',
    titleEn: 'No standards were found in the pasted text',
  },
  IMPORT_SUGGESTIONS_UNCONFIRMED: {
    status: 422,
    titleZh: '部分行的研制方向是系统建议，请核对并确认后再导入',
    titleEn: 'Some rows have suggested directions; check and confirm them before importing',
  },
  IMPORT_CONFLICT: {
    status: 409,
    titleZh: '导入期间数据被他人修改，未导入任何数据',
    titleEn: 'Someone changed the same records during the import; nothing was imported',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    titleZh: '登录失败次数过多，请稍后再试',
    titleEn: 'Too many failed sign-ins; try again later',
  },
  INTERNAL: { status: 500, titleZh: '服务器内部错误', titleEn: 'Internal server error' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    titleZh: '数据库暂时不可用，请稍后重试',
    titleEn: 'The database is unavailable; try again shortly',
  },
  PLACEMENT_IS_FILED: {
    status: 409,
    titleZh: '该标准按此体系登记，无需另行归入',
    titleEn: 'The standard is filed in this framework; it needs no placement',
  },
  BAD_REQUEST: { status: 400, titleZh: '请求格式有误', titleEn: 'The request is malformed' },
  REQUEST_TIMEOUT: {
    status: 503,
    titleZh: '请求处理超时，请稍后重试',
    titleEn: 'The request took too long; try again shortly',
  },
  SERVER_BUSY: {
    status: 503,
    titleZh: '服务器正忙于其他导入或导出，请稍后重试',
    titleEn: 'The server is busy with other imports or exports; try again shortly',
  },
  BACKUP_UNAVAILABLE: {
    status: 503,
    titleZh: '无法生成备份',
    titleEn: 'The backup could not be made',
  },
} as const satisfies Record<string, { status: number; titleZh: string; titleEn: string }>;

export type ErrorCode = keyof typeof errorCatalog;

/** The RFC 9457 problem+json body of every error response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  titleZh: string;
  detail?: string;
  detailZh?: string;
  errors?: FieldError[];
  requestId?: string;
  [extension: string]: unknown;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCatalog, value);
}
