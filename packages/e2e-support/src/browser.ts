import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * Real headless Chromium for the browser tests of the storefront and the admin (Debian's package,
 * driven by playwright-core; `npx playwright install` cannot download browsers here). The servers they
 * talk to come from the API's test harness (`api/test/harness.ts`); each app's own fixtures (accounts,
 * sign-in) stay in its e2e folder.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** test-artifacts/ at the repository's root (gitignored). */
export const ARTIFACTS_DIR = join(__dirname, '..', '..', '..', 'test-artifacts');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `describe` when Chromium is installed. Without it the browser tests are skipped with a message on a
 * developer's machine, but fail in CI (CI=true), where a missing browser must not pass silently.
 */
export function describeWithBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`Chromium is required in CI but ${CHROMIUM_PATH} does not exist (apt-get install -y chromium).`);
      });
    });
    return;
  }
  console.warn(`Skipping browser tests "${name}": ${CHROMIUM_PATH} not found. Install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  describe.skip(name, body);
}

/** Chromium's own test camera and microphone, granted without a prompt: for calls. */
const FAKE_MEDIA_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

export function launchBrowser(options: { fakeMedia?: boolean } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...(options.fakeMedia ? FAKE_MEDIA_ARGS : [])] });
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions thrown in the page and Content-Security-Policy violations, in any page of its context; tests expect none. */
  errors: Error[];
  close(): Promise<void>;
}

/** A page in a fresh context (its own localStorage and cookies), so tests do not share a session. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  context.setDefaultTimeout(15_000);
  const errors: Error[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (err) => errors.push(err));
    // Chromium reports what the API's Content-Security-Policy blocked on the console ("Refused to …").
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(new Error(`CSP violation: ${message.text()}`));
    });
  };
  context.on('page', watch);
  const page = await context.newPage();
  return { page, errors, close: () => context.close() };
}

/** Saves a full-page screenshot to test-artifacts/<name>.png (gitignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  // From the top, or a sticky header is drawn over the middle of a full-page shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

/**
 * Screenshots of every open tab as a test ends, in the system's temporary directory (not the artifacts):
 * what each page showed when a test failed.
 */
export async function keepLastScreens(tabs: readonly OpenedPage[]): Promise<void> {
  const dir = join(tmpdir(), 'minutely-e2e-last');
  mkdirSync(dir, { recursive: true });
  const test = (expect.getState().currentTestName ?? 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  await Promise.all(
    tabs.flatMap((tab, i) =>
      tab.page
        .context()
        .pages()
        .map((page, j) => page.screenshot({ path: join(dir, `${test}-${i}-${j}.png`), fullPage: true }).catch(() => undefined)),
    ),
  );
}

/** axe-core's rule tags the checks run: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, listing each rule with
 * the elements it found (moderate and minor ones are printed, not failed). `name` says which page in the output.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  // A toast or dialog still fading in has its text at partial opacity, which axe measures as low contrast:
  // check the page as the user sees it once its transitions have finished.
  // Endless animations (spinners, a ringing pulse) never finish, so they are left out, and the wait is bounded.
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
    const settled = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 1500))]);
  });
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const describe = (v: (typeof results.violations)[number]) =>
    `${v.impact} ${v.id}: ${v.help} — ${v.nodes
      .slice(0, 5)
      .map((n) => n.target.join(' '))
      .join(', ')}`;
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !blocking.includes(v));
  if (minor.length) console.warn(`axe on ${name}: ${minor.map(describe).join('\n')}`);
  if (blocking.length) throw new Error(`axe found ${blocking.length} serious or critical violations on ${name}:\n${blocking.map(describe).join('\n')}`);
}
