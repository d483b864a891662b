import type { TestAccount, TestServer } from './harness';

/** Selections and helpers shared by the creators tests. */
export const AVAILABILITY_FIELDS = 'status until nextAvailableAt online';
export const CREATOR_FIELDS = `id handle displayName bio avatarUrl tags timeZone callsEnabled pricePerMinute schedule { weekday start end } availability { ${AVAILABILITY_FIELDS} }`;
export const SETTINGS_FIELDS = `creator { ${CREATOR_FIELDS} } pricePerMinute minPricePerMinute maxPricePerMinute phoneVerified phoneLastTwoDigits
  pendingPhoneVerification { phoneLastTwoDigits expiresAt attemptsLeft sendsLeft } pausedUntil pausedIndefinitely`;

export interface AvailabilityResult {
  status: string;
  until: string | null;
  nextAvailableAt: string | null;
  online: boolean;
}
export interface CreatorResult {
  id: string;
  handle: string;
  displayName: string;
  bio: string;
  avatarUrl: string | null;
  tags: string[];
  timeZone: string;
  callsEnabled: boolean;
  pricePerMinute: number | null;
  schedule: { weekday: number; start: string; end: string }[];
  availability: AvailabilityResult;
}
export interface SettingsResult {
  creator: CreatorResult;
  pricePerMinute: number | null;
  minPricePerMinute: number;
  maxPricePerMinute: number;
  phoneVerified: boolean;
  phoneLastTwoDigits: string | null;
  pendingPhoneVerification: { phoneLastTwoDigits: string; expiresAt: string; attemptsLeft: number; sendsLeft: number } | null;
  pausedUntil: string | null;
  pausedIndefinitely: boolean;
}

export const START_VERIFICATION = `mutation($phone: String!) { startPhoneVerification(phone: $phone) { phoneLastTwoDigits expiresAt attemptsLeft sendsLeft } }`;
export const CONFIRM_VERIFICATION = `mutation($code: String!) { confirmPhoneVerification(code: $code) { ${SETTINGS_FIELDS} } }`;
export const MY_SETTINGS = `{ myCreatorSettings { ${SETTINGS_FIELDS} } }`;
export const CREATOR_BY_ID = `query($id: ID!) { creator(id: $id) { ${CREATOR_FIELDS} } }`;
export const AVAILABILITY_CHANGED = `subscription($ids: [ID!]!) { creatorAvailabilityChanged(creatorIds: $ids) { creatorId availability { ${AVAILABILITY_FIELDS} } } }`;
export type AvailabilityEvent = { creatorAvailabilityChanged: { creatorId: string; availability: AvailabilityResult } };

// Valid German mobile numbers, the last four digits distinct within a test file.
let phoneCounter = Math.floor(Math.random() * 5000);
export const newPhone = (): string => `+491511234${String(phoneCounter++ % 10_000).padStart(4, '0')}`;

/** The newest verification code the dev outbox holds for `phone`, read through the dev-only query as the account the code was sent to. */
export async function codeFromOutbox(t: TestServer, phone: string, token: string): Promise<string> {
  const { devOutbox } = await t.ok<{ devOutbox: { to: string; body: string; purpose: string }[] }>(
    `{ devOutbox(first: 50) { to body purpose } }`,
    {},
    { token },
  );
  const message = devOutbox.find((m) => m.purpose === 'VERIFICATION' && m.to.endsWith(phone.slice(-4)));
  if (!message) throw new Error(`no verification SMS for ${phone} in the dev outbox`);
  return message.body.match(/\b(\d{6})\b/)![1];
}

/** A creator whose phone was verified through the API, the code read from the dev outbox. */
export async function verifiedCreator(t: TestServer): Promise<TestAccount & { phone: string }> {
  const creator = await t.signUp('CREATOR');
  const phone = newPhone();
  await t.ok(START_VERIFICATION, { phone }, { token: creator.accessToken });
  await t.ok(CONFIRM_VERIFICATION, { code: await codeFromOutbox(t, phone, creator.accessToken) }, { token: creator.accessToken });
  return { ...creator, phone };
}

/** A verified creator with calls on at `price`. */
export async function callableCreator(t: TestServer, price = 20): Promise<TestAccount & { phone: string }> {
  const creator = await verifiedCreator(t);
  await t.ok(`mutation($p: Int!) { enableCalls(pricePerMinute: $p) { pricePerMinute } }`, { p: price }, { token: creator.accessToken });
  return creator;
}

export async function availabilityOf(t: TestServer, creatorId: string): Promise<AvailabilityResult> {
  return (await t.ok<{ creator: CreatorResult }>(CREATOR_BY_ID, { id: creatorId })).creator.availability;
}

/** The creator's profile row as stored (to prove a refusal changed nothing). */
export async function storedProfile(t: TestServer, creatorId: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await t.sql(`SELECT * FROM creator_profile WHERE account_id = $1`, [creatorId]);
  return row;
}
