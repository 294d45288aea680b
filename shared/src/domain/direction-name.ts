import type { DirectionPath } from '../schemas/framework.ts';

interface Named {
  nameZh: string;
  nameEn: string;
}

/**
 * The one display name of a research direction: `group › leaf` for a leaf inside a group, the bare name
 * for a leaf directly under its part. Names repeat (设备安全 and 软件安全 sit under both 安全技术与产品 and
 * 基础设施安全 in the 2025 edition), so lists, pickers, imports and exports show this, never the bare name.
 */
export function directionPathOf(leaf: Named, group: Named | null | undefined): DirectionPath {
  return {
    zh: group ? `${group.nameZh} › ${leaf.nameZh}` : leaf.nameZh,
    en: group ? `${group.nameEn} › ${leaf.nameEn}` : leaf.nameEn,
  };
}

/** A direction as a line of text shows it: `F.3.1 基础设施安全 › 设备安全`. */
export function directionLabel(direction: { code: string; path: DirectionPath }, lang: 'zh' | 'en'): string {
  return `${direction.code} ${direction.path[lang]}`;
}
