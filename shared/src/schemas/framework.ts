import { z } from 'zod';
import { isoDateSchema } from './common.ts';
import { bilingual } from './messages.ts';
import { keptAsSent } from './text.ts';

/**
 * A framework (体系) is data: parts → optional groups → research directions (研制方向, the leaves).
 * This is both the file format read by `npm run db:load-framework <file>` and the API's tree shape.
 */
export const frameworkNodeKindSchema = z.enum(['part', 'group', 'direction']);
export type FrameworkNodeKind = z.infer<typeof frameworkNodeKindSchema>;

/** Dotted codes under a two-digit or one-letter part, e.g. `02`, `02.1.4` (the draft), `B`, `B.1.4` (2025). */
export const frameworkCodeSchema = z
  .string()
  .regex(
    /^(\d{2}|[A-Z])(\.\d{1,2}){0,3}$/,
    bilingual('编码格式应如 02、02.1.4 或 B、B.1.4', 'code must look like 02, 02.1.4 or B, B.1.4'),
  );

export interface FrameworkFileNode {
  code: string;
  kind: FrameworkNodeKind;
  nameZh: string;
  nameEn: string;
  scope?: string | undefined;
  children?: FrameworkFileNode[] | undefined;
}

export const frameworkFileNodeSchema: z.ZodType<FrameworkFileNode> = z.lazy(() =>
  z.strictObject({
    code: frameworkCodeSchema,
    kind: frameworkNodeKindSchema,
    nameZh: keptAsSent(z.string().min(1).max(200)),
    nameEn: keptAsSent(z.string().min(1).max(200)),
    scope: keptAsSent(z.string().max(2000)).optional(),
    children: z.array(frameworkFileNodeSchema).optional(),
  }),
);

export const frameworkKeySchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,62}$/,
    bilingual('key 只能包含小写字母、数字和连字符', 'key must be lower-case letters, digits and hyphens'),
  );

/**
 * A framework's crosswalk to another edition: for each of its directions, the other edition's directions it
 * continues (none: a new direction), and the other edition's directions that no direction continues.
 */
export const frameworkCrosswalkSchema = z.strictObject({
  framework: frameworkKeySchema,
  directions: z
    .array(z.strictObject({ code: frameworkCodeSchema, continues: z.array(frameworkCodeSchema).max(20) }))
    .min(1),
  noSuccessor: z.array(frameworkCodeSchema),
});
export type FrameworkCrosswalk = z.infer<typeof frameworkCrosswalkSchema>;

export const frameworkFileSchema = z.strictObject({
  key: frameworkKeySchema,
  nameZh: keptAsSent(z.string().min(1).max(200)),
  nameEn: keptAsSent(z.string().min(1).max(200)),
  edition: keptAsSent(z.string().min(1).max(100)),
  issuedOn: isoDateSchema.nullable(),
  source: keptAsSent(z.string().max(500)).nullable(),
  parts: z.array(frameworkFileNodeSchema).min(1),
  crosswalk: frameworkCrosswalkSchema.optional(),
});
export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

/** The API's tree: the same nodes as the file, with the framework's metadata. */
export interface FrameworkTreeNode {
  code: string;
  kind: FrameworkNodeKind;
  nameZh: string;
  nameEn: string;
  scope: string | null;
  children: FrameworkTreeNode[];
}
export const frameworkTreeNodeSchema: z.ZodType<FrameworkTreeNode> = z.lazy(() =>
  z.object({
    code: z.string(),
    kind: frameworkNodeKindSchema,
    nameZh: z.string(),
    nameEn: z.string(),
    scope: z.string().nullable(),
    children: z.array(frameworkTreeNodeSchema),
  }),
);

export const frameworkSchema = z.object({
  key: z.string(),
  isDefault: z.boolean(),
  nameZh: z.string(),
  nameEn: z.string(),
  edition: z.string(),
  issuedOn: z.string().nullable(),
  source: z.string().nullable(),
  directionCount: z.number().int(),
  parts: z.array(frameworkTreeNodeSchema),
});
export type Framework = z.infer<typeof frameworkSchema>;

/** `group › leaf` (or the bare name for a leaf directly under its part): what lists show, since names repeat. */
export const directionPathSchema = z.object({ zh: z.string(), en: z.string() });
export type DirectionPath = z.infer<typeof directionPathSchema>;

export const directionSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  partCode: z.string(),
  groupCode: z.string().nullable(),
  path: directionPathSchema,
  scope: z.string().nullable(),
});
export type Direction = z.infer<typeof directionSchema>;
export const directionListSchema = z.array(directionSchema);

/** `?framework=<key>` on every view that follows an edition; omitted: the default framework. */
export const frameworkQuerySchema = z.strictObject({ framework: z.string().trim().min(1).max(100).optional() });

/** The loaded frameworks, for the edition switcher. */
export const frameworkSummarySchema = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  edition: z.string(),
  issuedOn: z.string().nullable(),
  isDefault: z.boolean(),
  directionCount: z.number().int(),
});
export type FrameworkSummary = z.infer<typeof frameworkSummarySchema>;
export const frameworkListSchema = z.array(frameworkSummarySchema);

export const placementParamsSchema = z.strictObject({
  key: z.string().trim().min(1).max(100),
  id: z.coerce.number().int().positive(),
});
/** An editor's placement of a standard in an edition; an empty list returns it to the crosswalk's. */
export const placementInputSchema = z.strictObject({ directions: z.array(frameworkCodeSchema).max(20) });
export type PlacementInput = z.infer<typeof placementInputSchema>;

/** A standard's directions in one edition and where they come from. */
export const placementSchema = z.object({
  framework: z.string(),
  standardId: z.number().int(),
  origin: z.enum(['filed', 'derived', 'override', 'none']),
  directions: z.array(z.string()),
});
export type Placement = z.infer<typeof placementSchema>;

/** Standards filed in another edition that the crosswalk cannot place in this one: to resolve, never dropped. */
export const unplacedStandardSchema = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  planNumber: z.string().nullable(),
  titleZh: z.string(),
  /** The directions it is filed under (another edition's codes). */
  filedUnder: z.array(z.string()),
});
export const unplacedListSchema = z.object({ framework: z.string(), items: z.array(unplacedStandardSchema) });
export type UnplacedList = z.infer<typeof unplacedListSchema>;

/** `POST /directions/suggest`: a title (Chinese required, English optional) and the edition to suggest from. */
export const suggestDirectionsInputSchema = z.strictObject({
  titleZh: z
    .string(bilingual('请填写中文标准名称', 'enter the Chinese title'))
    .trim()
    .min(1, bilingual('请填写中文标准名称', 'enter the Chinese title'))
    .max(500, bilingual('标准名称不能超过 500 个字符', 'the title is at most 500 characters')),
  titleEn: z
    .string()
    .trim()
    .max(500, bilingual('英文名称不能超过 500 个字符', 'the English title is at most 500 characters'))
    .optional(),
  framework: z.string().trim().min(1).max(100).optional(),
});
export type SuggestDirectionsInput = z.infer<typeof suggestDirectionsInputSchema>;

/**
 * Why a direction was suggested, in words a person can check: the title's words found in its name
 * (`name`), its scope sentence (`scope`) or a domain cue (`cue`), or a similar registered standard and
 * its directions (`similar`).
 */
export const suggestionReasonSchema = z.object({
  kind: z.enum(['name', 'scope', 'cue', 'similar']),
  words: z.array(z.string()),
  standard: z
    .object({
      number: z.string().nullable(),
      titleZh: z.string(),
      directions: z.array(z.string()),
      similarity: z.number(),
    })
    .optional(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type SuggestionReason = z.infer<typeof suggestionReasonSchema>;

export const directionSuggestionSchema = z.object({
  code: z.string(),
  /** 0–1, rising with the evidence: the ranking's order, not a probability. */
  score: z.number(),
  reasons: z.array(suggestionReasonSchema),
});
export type DirectionSuggestion = z.infer<typeof directionSuggestionSchema>;

export const directionSuggestionListSchema = z.object({
  framework: z.string(),
  items: z.array(directionSuggestionSchema),
});
export type DirectionSuggestionList = z.infer<typeof directionSuggestionListSchema>;
