import { z } from 'zod';
import { isoDateSchema } from './common.ts';
import { creditCodeSchema, enterpriseSchema } from './enterprise.ts';
import { bilingual } from './messages.ts';
import { standardNumberSchema } from './standard.ts';

/**
 * 宣贯 events (PRODUCT.md §4, §9): a training, seminar or campaign, the registered standards it covered and
 * the enterprises that attended. An attending enterprise reaches the enterprise goal from the event's
 * start date (`startsOn`), when it has attended, if the event covers a registered, non-deleted standard.
 */
export const eventKinds = ['training', 'seminar', 'campaign'] as const;
export const eventKindSchema = z.enum(eventKinds);
export type EventKind = z.infer<typeof eventKindSchema>;
export const eventModes = ['online', 'on_site', 'hybrid'] as const;
export const eventModeSchema = z.enum(eventModes);
export type EventMode = z.infer<typeof eventModeSchema>;

const optionalText = (max: number, zh: string, en: string) =>
  z
    .string()
    .trim()
    .max(max, bilingual(zh, en))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const participantsSchema = z
  .number({ error: bilingual('参会人数应为正整数', 'Participants must be a positive whole number') })
  .int(bilingual('参会人数应为正整数', 'Participants must be a positive whole number'))
  .min(1, bilingual('参会人数应为正整数', 'Participants must be a positive whole number'))
  .max(100_000, bilingual('参会人数过大', 'Too many participants'))
  .nullable()
  .optional();

/** An attendee as a list names it: by credit code (an unknown enterprise is created with this name). */
export const eventAttendeeInputSchema = z.strictObject({
  creditCode: creditCodeSchema,
  name: z
    .string()
    .trim()
    .min(1, bilingual('请填写企业名称', 'Enter the enterprise’s name'))
    .max(200, bilingual('企业名称最多 200 个字符', 'The name may have at most 200 characters')),
  participants: participantsSchema,
  notes: optionalText(500, '备注最多 500 个字符', 'Notes may have at most 500 characters'),
});
export type EventAttendeeInput = z.infer<typeof eventAttendeeInputSchema>;

const eventFieldsShape = {
  title: z
    .string()
    .trim()
    .min(1, bilingual('请填写活动名称', 'Enter the event’s title'))
    .max(300, bilingual('活动名称最多 300 个字符', 'The title may have at most 300 characters')),
  kind: eventKindSchema.default('training'),
  mode: eventModeSchema.default('on_site'),
  startsOn: isoDateSchema,
  /** Omitted: a one-day event (= startsOn). */
  endsOn: isoDateSchema.nullable().optional(),
  organiser: optionalText(200, '主办单位最多 200 个字符', 'The organiser may have at most 200 characters'),
  province: optionalText(50, '省份/地区最多 50 个字符', 'The province may have at most 50 characters'),
  city: optionalText(50, '城市最多 50 个字符', 'The city may have at most 50 characters'),
  /** Registered standard numbers (any common spelling); unknown or deleted ones are refused by field. */
  standards: z.array(standardNumberSchema).max(200, bilingual('最多 200 项标准', 'At most 200 standards')).default([]),
  notes: optionalText(5000, '备注最多 5000 个字符', 'Notes may have at most 5000 characters'),
};

export const createEventInputSchema = z.strictObject({
  ...eventFieldsShape,
  attendees: z
    .array(eventAttendeeInputSchema)
    .max(5000, bilingual('一次最多 5000 家参会企业，更多请用导入', 'At most 5,000 attendees here; import larger lists'))
    .default([]),
});
export type CreateEventInput = z.infer<typeof createEventInputSchema>;
export type CreateEventFormValues = z.input<typeof createEventInputSchema>;

/** A PATCH names the version it edits; `standards` and `attendees`, when given, replace the lists. */
export const updateEventInputSchema = z.strictObject({
  title: eventFieldsShape.title.optional(),
  kind: eventKindSchema.optional(),
  mode: eventModeSchema.optional(),
  startsOn: isoDateSchema.optional(),
  endsOn: isoDateSchema.nullable().optional(),
  organiser: eventFieldsShape.organiser,
  province: eventFieldsShape.province,
  city: eventFieldsShape.city,
  standards: z.array(standardNumberSchema).max(200).optional(),
  attendees: z.array(eventAttendeeInputSchema).max(5000).optional(),
  notes: eventFieldsShape.notes,
  version: z
    .number({ error: bilingual('缺少版本号 version', 'The version being edited is required') })
    .int()
    .positive(),
});
export type UpdateEventInput = z.infer<typeof updateEventInputSchema>;

export const eventAttendeeSchema = z.object({
  enterpriseId: z.number().int(),
  creditCode: z.string(),
  name: z.string(),
  participants: z.number().int().nullable(),
  notes: z.string().nullable(),
});
export type EventAttendee = z.infer<typeof eventAttendeeSchema>;

export const eventStandardSchema = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  titleZh: z.string(),
  /** A deleted standard stays listed but no longer makes the event count. */
  deleted: z.boolean(),
});

const eventBaseShape = {
  id: z.number().int(),
  title: z.string(),
  kind: eventKindSchema,
  mode: eventModeSchema,
  startsOn: z.string(),
  endsOn: z.string(),
  organiser: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  /** The covered standards' numbers (PRODUCT.md §9), and (read-only) the standards themselves. */
  standards: z.array(z.string()),
  standardDetails: z.array(eventStandardSchema),
  attendeeCount: z.number().int(),
  participants: z.number().int(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  deletedAt: z.string().nullable(),
};

export const eventSummarySchema = z.object(eventBaseShape);
export type EventSummary = z.infer<typeof eventSummarySchema>;
export const eventSchema = z.object({ ...eventBaseShape, attendees: z.array(eventAttendeeSchema) });
export type Event = z.infer<typeof eventSchema>;

/** What a create or an edit did to the enterprise registry, beside the event. */
export const eventWriteResultSchema = eventSchema.extend({
  /** Enterprises created from the attendee list (unknown credit codes). */
  createdEnterprises: z.array(enterpriseSchema.pick({ id: true, name: true, creditCode: true })),
});
export type EventWriteResult = z.infer<typeof eventWriteResultSchema>;

const positiveId = z.coerce.number().int().positive();

export const listEventsQuerySchema = z.strictObject({
  /** Title or organiser (any part). */
  q: z.string().trim().max(100).optional(),
  kind: eventKindSchema.optional(),
  mode: eventModeSchema.optional(),
  province: z.string().trim().max(50).optional(),
  /** Events covering this standard (id). */
  standard: positiveId.optional(),
  /** Events this enterprise attended (id). */
  enterprise: positiveId.optional(),
  /** Events starting inside these bounds. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** Events started on or before this date (the as-of view). */
  asOf: isoDateSchema.optional(),
  deleted: z.enum(['exclude', 'only']).default('exclude'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListEventsQuery = z.infer<typeof listEventsQuerySchema>;

export const eventListSchema = z.object({
  items: z.array(eventSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type EventList = z.infer<typeof eventListSchema>;

export const eventIdParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });
