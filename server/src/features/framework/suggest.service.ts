import type { Database } from '@cloudstd/db/tables';
import { DirectionSuggester } from '@cloudstd/shared/domain/direction-suggest';
import type { DirectionSuggestionList, SuggestDirectionsInput } from '@cloudstd/shared/schemas/framework';
import type { Kysely } from 'kysely';
import { currentDataVersion } from '../progress/dashboard.service.ts';
import { resolveFramework } from './framework.service.ts';
import * as repo from './framework.repository.ts';

type Db = Kysely<Database>;

/** A framework's suggester with its registered titles indexed, as of one data version. */
async function buildSuggester(db: Db, frameworkId: number): Promise<DirectionSuggester> {
  const [nodes, titles] = await Promise.all([
    repo.listFrameworkNodes(db, frameworkId),
    repo.listPlacedTitles(db, frameworkId),
  ]);
  return new DirectionSuggester(
    nodes.map((node) => ({
      code: node.code,
      kind: node.kind,
      parentCode: node.parent_code,
      nameZh: node.name_zh,
      scope: node.scope,
    })),
    titles.map((title) => ({
      number: title.number ?? title.plan_number,
      titleZh: title.title_zh,
      directions: title.codes,
    })),
  );
}

/**
 * Direction suggestions with one index per framework, rebuilt when the data's version moves (any write):
 * a suggestion costs the version lookup and the in-memory ranking, whatever the registry's size.
 */
export function createDirectionSuggestions(db: Db) {
  const indexes = new Map<number, { version: number; suggester: Promise<DirectionSuggester> }>();

  async function suggesterFor(frameworkId: number): Promise<DirectionSuggester> {
    const version = await currentDataVersion(db);
    const hit = indexes.get(frameworkId);
    if (hit && hit.version === version) return hit.suggester;
    const suggester = buildSuggester(db, frameworkId);
    indexes.set(frameworkId, { version, suggester });
    suggester.catch(() => indexes.delete(frameworkId));
    return suggester;
  }

  return {
    /** The suggester of a framework (`key`, else the default), with its key. */
    async forFramework(key?: string): Promise<{ key: string; suggester: DirectionSuggester }> {
      const framework = await resolveFramework(db, key);
      return { key: framework.key, suggester: await suggesterFor(framework.id) };
    },

    /** `POST /directions/suggest`: the edition's directions ranked for the title, each with its reasons. */
    async suggest(input: SuggestDirectionsInput): Promise<DirectionSuggestionList> {
      const { key, suggester } = await this.forFramework(input.framework);
      return { framework: key, items: suggester.suggest(input.titleZh, { titleEn: input.titleEn }) };
    },
  };
}

export type DirectionSuggestions = ReturnType<typeof createDirectionSuggestions>;
