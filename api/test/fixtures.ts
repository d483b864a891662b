import { AccountKind, TransferKind } from '../src/modules/ledger';
import type { TestAccount, TestServer } from './harness';

/** The phone every test creator has verified. */
export const TEST_PHONE = '+4915112345678';

/** A creator who can be called: calls on at `price` tokens a minute, phone verified. */
export async function readyCreator(t: TestServer, price = 20): Promise<TestAccount> {
  const creator = await t.signUp('CREATOR');
  await t.sql(
    `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at)
     VALUES ($1, true, $2, $3, now())
     ON CONFLICT (account_id) DO UPDATE SET calls_enabled = true, price_per_minute = $2, phone_e164 = $3, phone_verified_at = now()`,
    [creator.id, price, TEST_PHONE],
  );
  return creator;
}

/** A fan whose wallet holds `tokens`, given by a promotion transfer (never from thin air). */
export async function fundedFan(t: TestServer, tokens: number): Promise<TestAccount> {
  const fan = await t.signUp('FAN');
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
