import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '@cloudstd/shared/schemas/user';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, screenshotDir, signIn, startServer, type RunningServer } from './server-process.ts';

export { screenshotDir } from './server-process.ts';

/** The first admin's password in every end-to-end run (user name `admin`). */
export const adminPassword = 'e2e-admin-password';

/** The server's environment for the first admin: the data-directory image holds this account already. */
export const adminEnv = { ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: adminPassword };

/** Where the global set-up left the data directory every app starts from (see global-setup.ts). */
export const DATA_DIR_IMAGE_VARIABLE = 'CLOUDSTD_E2E_DATA_DIR_IMAGE';

export interface AppUser {
  username: string;
  password: string;
  role: Role;
}

export interface StartAppOptions {
  /** Start with the demo data (`DEMO_DATA=1`). */
  demo?: boolean;
  /** Accounts the admin creates through the API before the browser starts, as the 管理 page does. */
  users?: AppUser[];
  /** Further server environment. */
  env?: Record<string, string>;
}

export interface PageOptions extends BrowserContextOptions {
  /** Sign in through the login form as this user (`admin` or one of `users`) before returning the page. */
  as?: string;
}

export interface RunningApp {
  /** The server's address; it changes with `restart()`. */
  readonly url: string;
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The server's PGlite directory, removed by `close()`; also a scratch folder for files to upload. */
  readonly dataDir: string;
  /** A page in Chinese at 1366×1000 unless the options say otherwise. */
  newPage(options?: PageOptions): Promise<Page>;
  signIn(page: Page, username: string): Promise<void>;
  /** Stops the server and starts it again on the same data directory. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One app under test: a data directory of its own (a copy of the run's image: migrated, with the
 * framework, the target sets and `admin`, password `adminPassword`), the production server on a free
 * port, the requested accounts, and headless Chromium.
 */
export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cloudstd-e2e-'));
  const image = process.env[DATA_DIR_IMAGE_VARIABLE];
  // Without an image (a file run outside the e2e config) the server initialises the directory itself.
  if (image) await cp(image, dataDir, { recursive: true });
  await mkdir(screenshotDir, { recursive: true });
  const env = {
    DATA_DIR: dataDir,
    ...adminEnv,
    ...(options.demo ? { DEMO_DATA: '1' } : {}),
    ...options.env,
  };
  const passwords = new Map([['admin', adminPassword]]);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  const close = async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    server = await startServer(env);
    if (options.users?.length) await createUsers(server.url, options.users);
    for (const user of options.users ?? []) passwords.set(user.username, user.password);
    browser = await launchChromium();
  } catch (error) {
    await close();
    throw error;
  }

  const app: RunningApp = {
    get url() {
      return app.server.url;
    },
    get server() {
      if (!server) throw new Error('the server is not running');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not running');
      return browser;
    },
    dataDir,
    async signIn(page, username) {
      const password = passwords.get(username);
      if (password === undefined) throw new Error(`no password known for ${username}`);
      await signIn(page, app.url, username, password);
    },
    async newPage({ as, ...contextOptions } = {}) {
      const page = await app.browser.newPage({
        locale: 'zh-CN',
        viewport: { width: 1366, height: 1000 },
        ...contextOptions,
      });
      if (as !== undefined) await app.signIn(page, as);
      return page;
    },
    async restart() {
      await server?.stop();
      server = undefined;
      server = await startServer(env);
    },
    close,
  };
  return app;
}

async function createUsers(url: string, users: AppUser[]): Promise<void> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  if (login.status !== 200) throw new Error(`admin sign-in answered ${login.status}`);
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  for (const user of users) {
    const created = await fetch(`${url}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(user),
    });
    if (created.status !== 201) throw new Error(`creating ${user.username} answered ${created.status}`);
  }
}

/**
 * POSTs JSON from inside the page, with its session, for set-up the UI is not under test for;
 * answers the status and the parsed JSON body (null when there is none).
 */
export function postFromPage(page: Page, apiPath: string, body: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ([target, payload]) => {
      const res = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    [apiPath, body] as const,
  );
}
