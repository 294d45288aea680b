import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

// A text in both languages (features keep their own texts in this shape beside the code that shows them);
// the type is the product vocabulary's, so its labels pass straight to t().
import type { Bilingual, Lang } from '@cloudstd/shared/domain/labels';

export type { Bilingual, Lang };

/** Texts used across features (navigation, roles, common actions). Chinese first. */
const dictionary = {
  'app.name': { zh: '云标看板', en: 'Cloud Standards Tracker' },
  'app.skipToContent': { zh: '跳到主要内容', en: 'Skip to main content' },
  'nav.label': { zh: '主导航', en: 'Main navigation' },
  'nav.dashboard': { zh: '仪表盘', en: 'Dashboard' },
  'nav.standards': { zh: '标准', en: 'Standards' },
  'nav.directions': { zh: '研制方向', en: 'Directions' },
  'nav.enterprises': { zh: '宣贯与贯标', en: 'Outreach & adoption' },
  'nav.international': { zh: '国际标准', en: 'International' },
  'nav.import': { zh: '导入', en: 'Import' },
  'nav.reports': { zh: '报表', en: 'Reports' },
  'nav.admin': { zh: '管理', en: 'Admin' },
  'nav.openMenu': { zh: '打开导航菜单', en: 'Open the navigation menu' },
  'role.viewer': { zh: '查看者', en: 'Viewer' },
  'role.editor': { zh: '编辑者', en: 'Editor' },
  'role.admin': { zh: '管理员', en: 'Administrator' },
  'lang.switchTo': { zh: 'English', en: '中文' },
  'lang.switchLabel': { zh: '切换到英文', en: 'Switch to Chinese' },
  'action.signOut': { zh: '退出登录', en: 'Sign out' },
  'action.changePassword': { zh: '修改密码', en: 'Change password' },
  'action.cancel': { zh: '取消', en: 'Cancel' },
  'action.save': { zh: '保存', en: 'Save' },
  'action.retry': { zh: '重试', en: 'Try again' },
  'action.backHome': { zh: '返回仪表盘', en: 'Back to the dashboard' },
  'action.reload': { zh: '重新加载页面', en: 'Reload the page' },
  'state.loading': { zh: '正在加载…', en: 'Loading…' },
  'state.loadFailed': { zh: '加载失败', en: 'Could not load' },
  'error.forbidden.title': { zh: '403 · 没有访问权限', en: '403 · Access denied' },
  'error.forbidden.detail': {
    zh: '此页面仅对管理员开放。如需访问，请联系系统管理员。',
    en: 'This page is for administrators only. Ask an administrator if you need access.',
  },
  'error.notFound.title': { zh: '404 · 页面不存在', en: '404 · Page not found' },
  'error.notFound.detail': { zh: '您访问的页面不存在或已被移除。', en: 'The page you asked for does not exist.' },
  'error.page.title': { zh: '页面出错了', en: 'Something went wrong' },
  'error.page.detail': {
    zh: '页面加载时发生错误。若刚刚发布了新版本，重新加载页面即可。',
    en: 'The page failed to load. If a new version was just released, reloading fixes it.',
  },
  'date.pick': { zh: '从日历中选择日期', en: 'Pick a date from the calendar' },
  'outage.title': { zh: '暂时无法连接服务器', en: 'The server cannot be reached right now' },
  'outage.detail': {
    zh: '页面上的数据可能不是最新的。服务器恢复后将自动重新加载数据，也可以立即重试。',
    en: 'What this page shows may be out of date. It reloads by itself when the server is back, or try again now.',
  },
  'error.chunk.detail': {
    zh: '页面代码未能加载：服务器暂时无法连接，或刚刚发布了新版本。服务器恢复后将自动重新加载。',
    en: 'The page could not load: the server is out of reach, or a new version was just released. It reloads by itself when the server is back.',
  },
  'error.requestId': { zh: '请求编号', en: 'Request ID' },
  'comingSoon.title': { zh: '即将推出', en: 'Coming soon' },
  'comingSoon.detail': {
    zh: '此页面正在建设中，下列功能将陆续上线。',
    en: 'This page is being built; the capabilities below are on their way.',
  },
  'comingSoon.capabilities': { zh: '计划提供的功能', en: 'What this page will offer' },
} as const satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof dictionary;
export type MessageParams = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  /** A dictionary key or a feature's own `{ zh, en }` text, with `{name}` placeholders filled from `params`. */
  t: (message: MessageKey | Bilingual, params?: MessageParams) => string;
  setLang: (lang: Lang) => void;
}

const STORAGE_KEY = 'cloudstd.lang';
const antdLocales = { zh: zhCN, en: enUS } as const;
const htmlLangs = { zh: 'zh-CN', en: 'en' } as const;
const dayjsLocales = { zh: 'zh-cn', en: 'en' } as const;

function readStoredLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'zh' || stored === 'en') return stored;
  } catch {
    // Storage may be blocked (privacy mode); Chinese is the default.
  }
  return 'zh';
}

/** `text` with its `{name}` placeholders filled from `params` (what `t` does after choosing the language). */
export function fill(text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Picks the text of the current language from a server record's `…Zh` / `…En` pair. */
export function pick(lang: Lang, zh: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : zh;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but the switch still applies to this tab.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = htmlLangs[lang];
    dayjs.locale(dayjsLocales[lang]);
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (message, params) => {
        const entry: Bilingual = typeof message === 'string' ? dictionary[message] : message;
        return fill(entry[lang], params);
      },
    }),
    [lang, setLang],
  );

  return (
    <I18nContext value={value}>
      <ConfigProvider locale={antdLocales[lang]}>{children}</ConfigProvider>
    </I18nContext>
  );
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}
