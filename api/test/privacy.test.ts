import { AccountKind, TransferKind } from '../src/modules/ledger';
import { fundedFan, readyCreator } from './fixtures';
import { startTestServer, type TestAccount, type TestServer } from './harness';

// The owner's data export and account deletion, through the API.

const EXPORT = `{ myDataExport }`;
const DELETE = `mutation($p: String!, $a: Boolean) {
  deleteMyAccount(password: $p, acceptLosses: $a) {
    __typename
    ... on AccountDeleted { deletedAt }
    ... on DeletionNeedsConfirmation { earnings walletTokens message }
  }
}`;
const SEND = `mutation($c: ID, $conv: ID, $t: String!) { sendMessage(creatorId: $c, conversationId: $conv, text: $t) { __typename ... on Message { id conversationId } } }`;

type DeleteResult = { __typename: string; deletedAt?: string; earnings?: number; walletTokens?: number; message?: string };

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

async function giveEarnings(creator: TestAccount, tokens: number) {
  await t.app.ledger.transfer(t.app.contexts.system('test'), {
    key: `earn:${creator.id}`,
    kind: TransferKind.PROMOTION,
    legs: [
      { account: { platform: AccountKind.PROMOTIONS }, amount: -tokens },
      { account: { ownerId: creator.id, kind: AccountKind.CREATOR_EARNINGS }, amount: tokens },
    ],
  });
}

async function deleteAccount(account: TestAccount, acceptLosses?: boolean): Promise<DeleteResult> {
  return (await t.ok<{ deleteMyAccount: DeleteResult }>(DELETE, { p: account.password, a: acceptLosses }, { token: account.accessToken })).deleteMyAccount;
}

describe('data export', () => {
  it('exports the account, balances, wallet history and conversations with their messages as JSON', async () => {
    const creator = await readyCreator(t, 10);
    const fan = await fundedFan(t, 75);
    await t.ok(SEND, { c: creator.id, t: 'Hello from the export test' }, { token: fan.accessToken });

    type Export = {
      format: string;
      account: unknown;
      balances: unknown;
      walletHistory: unknown[];
      creatorProfile: unknown;
      conversations: { with: unknown; messages: { body: string }[] }[];
    };
    const { myDataExport } = await t.ok<{ myDataExport: Export }>(EXPORT, {}, { token: fan.accessToken });
    expect(myDataExport.format).toBe('minutely-export/1');
    expect(myDataExport.account).toMatchObject({ id: fan.id, email: fan.email, handle: fan.handle, emailVerified: true, role: 'FAN' });
    expect(myDataExport.balances).toMatchObject({ available: 75, held: 0 });
    expect(myDataExport.walletHistory).toEqual([expect.objectContaining({ kind: 'PROMOTION', amount: 75 })]);
    expect(myDataExport.conversations).toHaveLength(1);
    expect(myDataExport.conversations[0].with).toMatchObject({ id: creator.id });
    expect(myDataExport.conversations[0].messages.map((m) => m.body)).toContain('Hello from the export test');
    expect(myDataExport.creatorProfile).toBeNull();
    expect(JSON.stringify(myDataExport)).not.toMatch(/passwordHash|password_hash|\$argon2/);
  });

  it('needs a signed-in account', async () => {
    expect((await t.gql(EXPORT)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('account deletion', () => {
  it('needs the password', async () => {
    const fan = await fundedFan(t, 0);
    const wrong = await t.gql(DELETE, { p: 'not the password' }, { token: fan.accessToken });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await t.ok<{ me: { id: string } }>(`{ me { id } }`, {}, { token: fan.accessToken })).me.id).toBe(fan.id);
  });

  it('erases a fan’s personal data, ends their sessions and keeps the ledger, anonymized and balanced', async () => {
    const creator = await readyCreator(t, 10);
    const fan = await fundedFan(t, 30);
    const sent = await t.ok<{ sendMessage: { conversationId: string } }>(SEND, { c: creator.id, t: 'Something personal' }, { token: fan.accessToken });

    // Unspent tokens would be lost: the fan is told first and nothing changes.
    const warned = await deleteAccount(fan);
    expect(warned).toMatchObject({ __typename: 'DeletionNeedsConfirmation', walletTokens: 30, earnings: 0 });
    expect(warned.message).toContain('Your wallet still holds 30 tokens');
    expect((await t.sql<{ status: string }>(`SELECT status FROM account WHERE id = $1`, [fan.id]))[0].status).toBe('ACTIVE');

    const deleted = await deleteAccount(fan, true);
    expect(deleted.__typename).toBe('AccountDeleted');

    const [row] = await t.sql<{ email: string; display_name: string; handle: string; status: string; deleted_at: Date }>(
      `SELECT email, display_name, handle, status, deleted_at FROM account WHERE id = $1`,
      [fan.id],
    );
    expect(row).toMatchObject({ email: `deleted-${fan.id}@deleted.invalid`, display_name: 'Deleted account', status: 'DELETED' });
    expect(row.handle).toMatch(/^deleted_[0-9a-f]{22}$/);
    expect(JSON.stringify(await t.sql(`SELECT * FROM account WHERE id = $1`, [fan.id]))).not.toContain(fan.email);

    expect((await t.gql(`{ me { id } }`, {}, { token: fan.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await t.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: fan.refreshToken })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
    const logIn = await t.gql(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, { e: fan.email, p: fan.password });
    expect(logIn.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // The ledger keeps the history (the wallet still names the anonymous account), and still sums to zero.
    const entries = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id WHERE a.owner_id = $1`, [
      fan.id,
    ]);
    expect(Number(entries[0].n)).toBeGreaterThan(0);
    expect(Number((await t.sql<{ s: string }>(`SELECT coalesce(sum(amount), 0) AS s FROM ledger_entry`))[0].s)).toBe(0);

    // The creator still has the conversation, without the fan's words or name.
    const { conversation } = await t.ok<{ conversation: { other: { displayName: string }; messages: { edges: { node: { body: string } }[] } } }>(
      `query($id: ID!) { conversation(id: $id) { other { displayName } messages { edges { node { body } } } } }`,
      { id: sent.sendMessage.conversationId },
      { token: creator.accessToken },
    );
    expect(conversation.other.displayName).toBe('Deleted account');
    expect(conversation.messages.edges.map((e) => e.node.body)).toEqual(['']);

    // The goodbye goes to the address the account had.
    const outbox = await t.app.notifications.devEmailOutbox(fan.email, 5);
    expect(outbox.map((m) => m.subject)).toContain('Your Minutely account was deleted');
  });

  it('tells a creator about unpaid earnings first, then erases the profile and phone and takes them off the directory', async () => {
    const creator = await readyCreator(t, 10);
    await t.sql(`UPDATE creator_profile SET bio = 'My life story', tags = '{music}' WHERE account_id = $1`, [creator.id]);
    await giveEarnings(creator, 120);

    const warned = await deleteAccount(creator);
    expect(warned).toMatchObject({ __typename: 'DeletionNeedsConfirmation', earnings: 120, walletTokens: 0 });
    expect(warned.message).toMatch(/^You have 120 tokens of earnings that have not been paid out\. Request a payout first/);

    expect((await deleteAccount(creator, true)).__typename).toBe('AccountDeleted');
    const [profile] = await t.sql<Record<string, unknown>>(
      `SELECT bio, tags, phone_e164, phone_verified_at, calls_enabled, avatar_url FROM creator_profile WHERE account_id = $1`,
      [creator.id],
    );
    expect(profile).toEqual({ bio: '', tags: [], phone_e164: null, phone_verified_at: null, calls_enabled: false, avatar_url: null });
    expect(await t.sql(`SELECT 1 FROM phone_verification WHERE account_id = $1`, [creator.id])).toHaveLength(0);

    const fan = await fundedFan(t, 100);
    const call = await t.gql(`mutation($c: ID!) { startCall(creatorId: $c) { __typename } }`, { c: creator.id }, { token: fan.accessToken });
    expect(call.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.ok<{ creator: unknown }>(`query($h: String!) { creator(handle: $h) { id } }`, { h: creator.handle })).creator).toBeNull();
  });

  it('is refused during a live call', async () => {
    const creator = await readyCreator(t, 10);
    const fan = await fundedFan(t, 0);
    await t.ok(`mutation($c: ID!) { startCall(creatorId: $c) { __typename } }`, { c: creator.id }, { token: (await fundedFan(t, 100)).accessToken });
    const ringing = await t.gql(DELETE, { p: creator.password, a: true }, { token: creator.accessToken });
    expect(ringing.errors?.[0]).toMatchObject({ message: 'End your call before deleting your account.', extensions: { code: 'CONFLICT' } });
    expect(await deleteAccount(fan)).toMatchObject({ __typename: 'AccountDeleted' });
  });

  it('leaves nothing for moderators to suspend or reinstate', async () => {
    const fan = await fundedFan(t, 0);
    await deleteAccount(fan);
    const ctx = t.app.contexts.system('test');
    await expect(t.app.uow.run(ctx, (tx) => t.app.identity.suspendAccount(tx, fan.id, 'spam'))).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await expect(t.app.uow.run(ctx, (tx) => t.app.identity.reinstateAccount(tx, fan.id))).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect((await t.sql<{ status: string }>(`SELECT status FROM account WHERE id = $1`, [fan.id]))[0].status).toBe('DELETED');
  });

  it('is not for staff', async () => {
    const moderator = await t.staff('MODERATOR');
    expect((await t.gql(DELETE, { p: moderator.password }, { token: moderator.accessToken })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
