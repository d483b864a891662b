import type { Page } from 'playwright-core';
import { AccountKind, TransferKind } from '../../api/src/modules/ledger';
import type { TestAccount, TestServer } from '../../api/test/harness';

// Accounts and sign-in for the storefront's browser tests. Creators and funds are set up the way the API
// tests do (SQL for a verified, callable creator; a promotion transfer for a fan's tokens); everything the
// tests check then goes through the browser.

const SESSION_FIELDS = 'accessToken accessTokenExpiresAt refreshToken account { id email displayName handle role status }';

let phones = Math.floor(Math.random() * 9000);

/** A creator with a verified phone and calls on at `price` tokens a minute. */
export async function callableCreator(
  t: TestServer,
  price = 20,
  overrides: { displayName?: string; timeZone?: string } = {},
): Promise<TestAccount & { phone: string }> {
  const creator = await t.signUp('CREATOR', overrides.displayName ? { displayName: overrides.displayName } : {});
  const phone = `+4915112${String(phones++ % 100_000).padStart(5, '0')}`;
  await t.sql(
    `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at, time_zone)
     VALUES ($1, true, $2, $3, now(), $4)
     ON CONFLICT (account_id) DO UPDATE SET calls_enabled = true, price_per_minute = $2, phone_e164 = $3, phone_verified_at = now(), time_zone = $4`,
    [creator.id, price, phone, overrides.timeZone ?? 'Europe/Berlin'],
  );
  return { ...creator, phone };
}

/** A fan whose wallet holds `tokens` (a promotion, as demo fans get). */
export async function fundedFan(t: TestServer, tokens: number, overrides: { displayName?: string } = {}): Promise<TestAccount> {
  const fan = await t.signUp('FAN', overrides.displayName ? { displayName: overrides.displayName } : {});
  if (tokens > 0) {
    await t.app.ledger.transfer(t.app.contexts.system('test'), {
      key: `fund:${fan.id}`,
      kind: TransferKind.PROMOTION,
      legs: [
        { account: { platform: AccountKind.PROMOTIONS }, amount: -tokens },
        { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET }, amount: tokens },
      ],
    });
  }
  return fan;
}

/** Signs the page in as `account` (as the log-in form would leave it) and opens `path` (if given). */
export async function signIn(page: Page, t: TestServer, account: TestAccount, path: string | null = '/'): Promise<void> {
  const { logIn } = await t.ok<{ logIn: unknown }>(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { ${SESSION_FIELDS} } }`, {
    e: account.email,
    p: account.password,
  });
  await page.goto(`${t.url}/login`);
  await page.evaluate((session) => localStorage.setItem('minutely.session', session), JSON.stringify(logIn));
  if (path !== null) await page.goto(`${t.url}${path}`);
}

export async function walletOf(t: TestServer, fan: TestAccount): Promise<{ available: number; held: number }> {
  return (await t.ok<{ wallet: { available: number; held: number } }>('{ wallet { available held } }', {}, { token: fan.accessToken })).wallet;
}

/** Resolves once the page's element matching `selector` plays: it has frames and its time moves on. */
export async function videoPlays(page: Page, selector: string): Promise<{ readyState: number; advanced: number }> {
  await page.waitForFunction(
    (s) => {
      const video = document.querySelector<HTMLVideoElement>(s);
      return !!video && video.readyState >= 2 && video.currentTime > 0 && video.videoWidth > 0;
    },
    selector,
    { timeout: 20_000 },
  );
  const before = await page.$eval(selector, (v) => (v as HTMLVideoElement).currentTime);
  await page.waitForFunction(
    ([s, t]) => (document.querySelector<HTMLVideoElement>(s as string)?.currentTime ?? 0) > (t as number) + 0.3,
    [selector, before] as const,
    { timeout: 10_000 },
  );
  return page.$eval(selector, (v, t) => ({ readyState: (v as HTMLVideoElement).readyState, advanced: (v as HTMLVideoElement).currentTime - t }), before);
}
