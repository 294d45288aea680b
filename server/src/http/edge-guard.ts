import type { FieldError } from '@cloudstd/shared/schemas/messages';
import type { z } from 'zod';

/**
 * What every request must satisfy before its own schemas look at it, whatever the operation: the checks
 * PostgreSQL would otherwise make with a 500 (a NUL byte, an integer beyond `integer`) or that would
 * store text other than what was sent (a lone surrogate becomes U+FFFD on the way to UTF-8).
 */

/** PostgreSQL's `integer`: ids, versions, pages and counts all fit it. */
export const MAX_INTEGER = 2_147_483_647;

// C0 controls but tab and line feed, and DEL. A carriage return is refused too: a bare CR splits rows
// in spreadsheet programs, and browsers send line breaks as LF.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DECIMAL = /^\d{1,10}$/;

const controlCharacterError = (field: string): FieldError => ({
  field,
  messageZh: '不能包含控制字符（制表符和换行符除外）',
  messageEn: 'must not contain control characters (tab and line feed are fine)',
});

/** Strings without control characters or broken UTF-16, numbers inside `integer`'s range, at any depth. */
export function unsafeValues(value: unknown, path: string[] = []): FieldError[] {
  const field = path.join('.');
  if (typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) return [controlCharacterError(field)];
    if (LONE_SURROGATE.test(value)) {
      return [
        { field, messageZh: '包含无效的 Unicode 字符', messageEn: 'contains invalid Unicode (a lone surrogate)' },
      ];
    }
    return [];
  }
  if (typeof value === 'number') {
    return Math.abs(value) > MAX_INTEGER
      ? [{ field, messageZh: `数值超出范围（±${MAX_INTEGER}）`, messageEn: `is out of range (±${MAX_INTEGER})` }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeValues(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(CONTROL_CHARACTER.test(key) || LONE_SURROGATE.test(key)
        ? [controlCharacterError([...path, key].join('.'))]
        : []),
      ...unsafeValues(item, [...path, key]),
    ]);
  }
  return [];
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  coerce?: boolean;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** The object shape under optional, default and transform wrappers, if the schema is an object. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (def.shape) return def.shape;
  const inner = def.innerType ?? def.in;
  return inner ? shapeOf(inner) : undefined;
}

function isCoercedNumber(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === 'number') return def.coerce === true;
  const inner = def.innerType ?? def.in;
  return inner ? isCoercedNumber(inner) : false;
}

/**
 * Path and query numbers (ids, page, pageSize) arrive as text that zod would coerce with `Number()`,
 * which reads `0x10`, `1e1`, ` 7 ` and `99999999999999999999` too: accept plain decimal digits only,
 * within `integer`.
 */
export function nonDecimalNumbers(schema: z.ZodType, input: Record<string, unknown>): FieldError[] {
  const shape = shapeOf(schema);
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, fieldSchema]): FieldError[] => {
    const value = input[key];
    if (value === undefined || !isCoercedNumber(fieldSchema)) return [];
    if (typeof value === 'string' && DECIMAL.test(value) && Number(value) <= MAX_INTEGER) return [];
    return [
      {
        field: key,
        messageZh: `应为不大于 ${MAX_INTEGER} 的十进制整数`,
        messageEn: `must be a decimal integer no larger than ${MAX_INTEGER}`,
      },
    ];
  });
}
