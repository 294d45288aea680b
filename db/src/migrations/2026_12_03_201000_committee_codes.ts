import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.
// One committee, one code: `SAC/TC 28/SC 38`, `tc28sc38` and `全国信息技术标准化技术委员会(SAC/TC 28)` as
// recorded before become `TC28/SC38` and `TC28` (the rule of shared/src/domain/committees.ts at this date).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    with typed as (
      select id,
             regexp_match(
               upper(regexp_replace(normalize(committee, NFKC), '\\s+', '', 'g')),
               '^(?:.*\\()?(?:SAC/?)?TC(\\d+)(?:/?SC(\\d+))?(?:/?WG(\\d+))?\\)?$') as parts
      from standard
      where committee is not null
    )
    update standard
    set committee = 'TC' || typed.parts[1]
                    || coalesce('/SC' || typed.parts[2], '')
                    || coalesce('/WG' || typed.parts[3], '')
    from typed
    where typed.id = standard.id and typed.parts is not null`.execute(db);
  await sql`update standard set committee = 'TC260'
    where committee in ('全国信息安全标准化技术委员会', '全国网络安全标准化技术委员会')`.execute(db);
}

export async function down(): Promise<void> {
  // The codes are what the earlier spellings meant; there is nothing to restore.
}
