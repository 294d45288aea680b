import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.
// Standards recorded before replacement was kept: each live replaced standard learns its live successor
// (the earliest in force) and its in-force date, which becomes its withdrawal date unless it has its own
// (the rule of server/src/features/standards/standards.replacement.service.ts at this date).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update standard p
    set replaced_by = s.number,
        replaced_on = s.in_force_on,
        withdrawn_on = case when p.withdrawn_on is null and s.in_force_on > p.published_on
                            then s.in_force_on else p.withdrawn_on end,
        withdrawal_derived = p.withdrawn_on is null and s.in_force_on > p.published_on
    from (
      select distinct on (r.number) r.number as predecessor, s.number, s.in_force_on
      from standard s cross join lateral unnest(s.replaces) as r(number)
      where s.deleted_at is null and s.number is not null
      order by r.number, s.in_force_on asc nulls last, s.id
    ) s
    where p.number = s.predecessor and p.deleted_at is null and p.replaced_by is null`.execute(db);
}

export async function down(): Promise<void> {
  // The links are what the recorded replacements say; the replacement migration's down drops them.
}
