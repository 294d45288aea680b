import type { Bilingual } from '../../lib/i18n.tsx';

export const frameworkMessages = {
  pageTitle: { zh: '研制方向', en: 'Research directions' },
  edition: { zh: '版本', en: 'Edition' },
  issuedOn: { zh: '发布日期', en: 'Issued' },
  source: { zh: '来源', en: 'Source' },
  partCount: { zh: '{count} 个部分', en: '{count} parts' },
  directionCount: { zh: '{count} 个研制方向', en: '{count} research directions' },
  partDirectionCount: { zh: '{count} 个方向', en: '{count} directions' },
  searchLabel: { zh: '搜索研制方向', en: 'Search the directions' },
  searchPlaceholder: { zh: '输入编码或名称，如 02.2.4 或 云原生', en: 'Code or name, e.g. 02.2.4 or cloud native' },
  searchResult: { zh: '显示 {shown} / {total} 个研制方向', en: 'Showing {shown} of {total} research directions' },
  noMatch: { zh: '没有与“{query}”匹配的研制方向', en: 'No research direction matches “{query}”' },
  clearSearch: { zh: '清除搜索', en: 'Clear the search' },
  partsNav: { zh: '按部分跳转', en: 'Jump to a part' },
  scope: { zh: '适用范围', en: 'Scope' },
  scopeInChinese: { zh: '', en: 'Scope texts are quoted in Chinese from the guideline.' },
} as const satisfies Record<string, Bilingual>;
