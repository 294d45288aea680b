import type { Database } from '@cloudstd/db/tables';
import type { CreateReviewInput, Review, ReviewsDue, ReviewsDueQuery } from '@cloudstd/shared/schemas/review';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { validationError } from './standards.content.service.ts';
import * as repo from './standards.repository.ts';

/** The 复审 list: standards due for their five-year review at the as-of date, the longest due first. */
export async function listReviewsDue(db: Kysely<Database>, query: ReviewsDueQuery): Promise<ReviewsDue> {
  const filter = {
    ...(query.level === undefined ? {} : { level: query.level }),
    ...(query.committee === undefined ? {} : { committee: query.committee }),
  };
  const rows = await repo.listReviewsDue(db, query.asOf, filter);
  return {
    asOf: query.asOf,
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      titleZh: row.title_zh,
      level: row.level,
      committee: row.committee,
      inForceOn: row.in_force_on,
      dueOn: row.due_on,
      lastReview:
        row.outcome === null || row.reviewed_on === null ? null : { outcome: row.outcome, reviewedOn: row.reviewed_on },
    })),
  };
}

/** Records a review's outcome, dated on or after the in-force date; audited on the standard. */
export async function recordReview(
  db: Kysely<Database>,
  standardId: number,
  input: CreateReviewInput,
  actor: Actor,
): Promise<Review> {
  return db.transaction().execute(async (trx) => {
    const standard = await repo.lockStandard(trx, standardId);
    if (!standard || standard.deleted_at !== null) {
      throw new AppError('NOT_FOUND', {
        detail: { zh: `标准 ${standardId} 不存在`, en: `Standard ${standardId} does not exist` },
      });
    }
    if (standard.in_force_on === null || input.reviewedOn < standard.in_force_on) {
      throw validationError([
        {
          field: 'reviewedOn',
          messageZh: standard.in_force_on
            ? `复审日期不能早于实施日期（${standard.in_force_on}）`
            : '尚未实施的标准不能复审',
          messageEn: standard.in_force_on
            ? `A review cannot be dated before the in-force date (${standard.in_force_on})`
            : 'A standard not yet in force cannot be reviewed',
        },
      ]);
    }
    const row = await repo.insertReview(trx, {
      standard_id: standardId,
      outcome: input.outcome,
      reviewed_on: input.reviewedOn,
      notes: input.notes ?? null,
      created_by: actor.id,
    });
    const review: Review = {
      id: row.id,
      standardId: row.standard_id,
      outcome: row.outcome,
      reviewedOn: row.reviewed_on,
      notes: row.notes,
    };
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'review',
      entity: 'standard',
      entityId: standardId,
      after: review,
      requestId: actor.requestId,
    });
    return review;
  });
}
