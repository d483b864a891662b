import type { RequestContext } from '../common/context';
import { CreatorRepository } from '../modules/creators';
import type { SeedServices } from './seed-services';

/** Profiles of the demo creators: calls on at three prices, phones verified, one with weekly hours. */
export const demoCreatorProfiles = [
  {
    handle: 'ava',
    phone: '+4915100000001',
    price: 20,
    profile: { bio: 'Yoga teacher in Berlin. Ask me about morning routines and stretching.', tags: ['yoga', 'wellness', 'german'], timeZone: 'Europe/Berlin' },
  },
  {
    handle: 'leo',
    phone: '+12015550101',
    price: 30,
    profile: { bio: 'Indie game developer from New York; happy to review your pitch.', tags: ['gaming', 'coding'], timeZone: 'America/New_York' },
  },
  {
    handle: 'mia',
    phone: '+393120000003',
    price: 45,
    profile: { bio: 'Chef in Rome. Weeknight evenings: bring your pantry questions.', tags: ['cooking', 'italian'], timeZone: 'Europe/Rome' },
    // Weekday evenings, and Saturday night past midnight.
    schedule: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '18:00', end: '23:00' })).concat({ weekday: 6, start: '20:00', end: '02:00' }),
  },
];

/**
 * Gives the demo creators their profiles once (a creator with a profile row is left alone). The phone is
 * marked verified directly, since no code can be received; everything else goes through the service.
 */
export async function seedDemoCreators(app: SeedServices, ctx: RequestContext): Promise<void> {
  const profiles = new CreatorRepository();
  for (const demo of demoCreatorProfiles) {
    const account = await app.identity.findByHandle(ctx, demo.handle);
    if (!account) continue;
    if (await profiles.hasProfile(ctx, account.id)) continue;
    const as = ctx.withViewer({ account, sessionId: 'seed' });
    // One unit of work per creator, as the mutations would each have.
    await app.uow.run(as, async (tx) => {
      await profiles.lockProfile(tx, account.id);
      await profiles.setVerifiedPhone(tx, account.id, demo.phone, app.clock.now());
    });
    await app.uow.run(as, (tx) => app.creators.updateProfile(tx, demo.profile));
    await app.uow.run(as, (tx) => app.creators.enableCalls(tx, demo.price));
    if (demo.schedule) await app.uow.run(as, (tx) => app.creators.setAvailabilitySchedule(tx, demo.profile.timeZone, demo.schedule!));
  }
}
