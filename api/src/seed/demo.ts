import type { RequestContext } from '../common/context';
import { Role } from '../modules/identity';
import { AccountKind, TransferKind } from '../modules/ledger';
import { seedDemoCreators } from './demo-creators';
import type { SeedServices } from './seed-services';

/** The demo accounts of the embedded default; their credentials are printed at start and listed in the README. */
export const DEMO_PASSWORD = 'minutely-demo';
export const DEMO_FAN_TOKENS = 500;
export const demoAccounts: { email: string; displayName: string; handle: string; role: Role }[] = [
  { email: 'ava@demo.minutely.dev', displayName: 'Ava Stone', handle: 'ava', role: Role.CREATOR },
  { email: 'leo@demo.minutely.dev', displayName: 'Leo Park', handle: 'leo', role: Role.CREATOR },
  { email: 'mia@demo.minutely.dev', displayName: 'Mia Rossi', handle: 'mia', role: Role.CREATOR },
  { email: 'fan1@demo.minutely.dev', displayName: 'Sam Fan', handle: 'sam', role: Role.FAN },
  { email: 'fan2@demo.minutely.dev', displayName: 'Kim Fan', handle: 'kim', role: Role.FAN },
  { email: 'mod@demo.minutely.dev', displayName: 'Moe Moderator', handle: 'moe', role: Role.MODERATOR },
  { email: 'agency@demo.minutely.dev', displayName: 'Nova Agency', handle: 'nova', role: Role.AGENCY },
];

/** The demo agency's name and its members (by handle), with its share of their part. */
const DEMO_AGENCY = { ownerHandle: 'nova', name: 'Nova Talent', members: ['leo', 'mia'], shareBps: 2000 };

/** Seeds the demo accounts once (on the first start); later starts find them and only print them. */
export async function seedDemoData(app: SeedServices): Promise<void> {
  const ctx = app.contexts.system('seed', { requestId: 'seed' });
  const existing = await app.identity.countAccounts(ctx, {});
  if (existing === 0) {
    for (const account of demoAccounts) {
      const created = await app.identity.createAccount(ctx, { ...account, password: DEMO_PASSWORD });
      if (created.role === Role.FAN) await giveWelcomeTokens(app, ctx, created.id);
    }
    app.log.info({ accounts: demoAccounts.length }, 'demo data seeded');
  }
  await seedDemoCreators(app, ctx);
  await seedDemoAgency(app, ctx);
  app.log.info(
    { password: DEMO_PASSWORD, accounts: demoAccounts.map((a) => `${a.role.toLowerCase()}: ${a.email}`) },
    `Demo accounts (password "${DEMO_PASSWORD}"): ${demoAccounts.map((a) => `${a.email} (${a.role})`).join(', ')}`,
  );
}

/**
 * The demo agency owner (seed 002's group owner) with two demo creators as members, made through the same
 * service calls the owner and the creators would make. Once: a data directory seeded before agencies existed
 * gets the owner account too.
 */
async function seedDemoAgency(app: SeedServices, ctx: RequestContext): Promise<void> {
  let owner = await app.identity.findByHandle(ctx, DEMO_AGENCY.ownerHandle);
  if (!owner) {
    const fields = demoAccounts.find((a) => a.handle === DEMO_AGENCY.ownerHandle)!;
    owner = await app.identity.createAccount(ctx, { ...fields, password: DEMO_PASSWORD });
  }
  const asOwner = ctx.withViewer({ account: owner, sessionId: 'seed' });
  if (await app.agencies.myAgency(asOwner)) return;
  await app.uow.run(asOwner, async (tx) => {
    await app.agencies.createAgency(tx, DEMO_AGENCY.name);
    for (const handle of DEMO_AGENCY.members) {
      const creator = await app.identity.findByHandle(tx, handle);
      if (!creator) continue;
      const invitation = await app.agencies.invite(tx, handle, DEMO_AGENCY.shareBps);
      await app.agencies.respond(tx.withViewer({ account: creator, sessionId: 'seed' }), invitation.id, true);
    }
  });
}

/** Demo fans start with tokens from a promotion transfer, never from thin air. */
async function giveWelcomeTokens(app: SeedServices, ctx: RequestContext, fanId: string): Promise<void> {
  await app.ledger.transfer(ctx, {
    key: `demo:welcome:${fanId}`,
    kind: TransferKind.PROMOTION,
    memo: 'Welcome bonus (demo)',
    legs: [
      { account: { platform: AccountKind.PROMOTIONS }, amount: -DEMO_FAN_TOKENS },
      { account: { ownerId: fanId, kind: AccountKind.FAN_WALLET }, amount: DEMO_FAN_TOKENS },
    ],
  });
}
