import type { App } from '../app';
import { RequestContext } from '../common/context';
import { Account, Role } from '../modules/identity/account.entity';

/** The demo accounts of the embedded default; their credentials are printed at start and listed in the README. */
export const DEMO_PASSWORD = 'minutely-demo';
export const demoAccounts: { email: string; displayName: string; handle: string; role: Role }[] = [
  { email: 'ava@demo.minutely.dev', displayName: 'Ava Stone', handle: 'ava', role: Role.CREATOR },
  { email: 'leo@demo.minutely.dev', displayName: 'Leo Park', handle: 'leo', role: Role.CREATOR },
  { email: 'mia@demo.minutely.dev', displayName: 'Mia Rossi', handle: 'mia', role: Role.CREATOR },
  { email: 'fan1@demo.minutely.dev', displayName: 'Sam Fan', handle: 'sam', role: Role.FAN },
  { email: 'fan2@demo.minutely.dev', displayName: 'Kim Fan', handle: 'kim', role: Role.FAN },
  { email: 'mod@demo.minutely.dev', displayName: 'Moe Moderator', handle: 'moe', role: Role.MODERATOR },
];

/** Seeds the demo accounts once (on the first start); later starts find them and only print them. */
export async function seedDemoData(app: App): Promise<void> {
  const ctx = new RequestContext(app, 'seed', 'local', null);
  const existing = await ctx.em.getRepository(Account).count();
  if (existing === 0) {
    for (const account of demoAccounts) {
      await app.identity.createAccount(ctx, { ...account, password: DEMO_PASSWORD });
    }
    app.log.info({ accounts: demoAccounts.length }, 'demo data seeded');
  }
  app.log.info(
    { password: DEMO_PASSWORD, accounts: demoAccounts.map((a) => `${a.role.toLowerCase()}: ${a.email}`) },
    `Demo accounts (password "${DEMO_PASSWORD}"): ${demoAccounts.map((a) => `${a.email} (${a.role})`).join(', ')}`,
  );
}
