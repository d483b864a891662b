import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '../../api/src/common/clock';
import { startTestServer, type TestAccount, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { callableCreator, fundedFan, signIn } from './storefront-fixtures';

// Discovery and trust in the browser, at a laptop's 1280×800 and a phone's 390×844: the photo-led directory
// with its filters in the address, "Online now" against "Available by phone", a live price on an open profile,
// a favourite's alert arriving when the creator resumes, a review after a call, the landing page's 18+ check
// and photos uploaded from the settings.

const clock = new ManualClock(new Date());
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

describeWithBrowser('storefront: discovery and trust', () => {
  let t: TestServer;
  let browser: Browser;
  const tabs: OpenedPage[] = [];

  const open = async (viewport: { width: number; height: number } = DESKTOP): Promise<Page> => {
    const tab = await openPage(browser, { viewport, isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
    tabs.push(tab);
    return tab.page;
  };

  /** A creator with a profile photo uploaded through POST /uploads and placed, languages and tags set. */
  async function creatorWithPhoto(name: string, price: number, languages: string[], tags: string[]): Promise<TestAccount> {
    const creator = await callableCreator(t, price, { displayName: name });
    const image = await sharp({ create: { width: 600, height: 600, channels: 3, background: { r: 120 + price, g: 90, b: 160 } } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'me.jpg');
    const res = await fetch(`${t.url}/uploads?purpose=PROFILE`, { method: 'POST', body: form, headers: { authorization: `Bearer ${creator.accessToken}` } });
    const { uploadId } = (await res.json()) as { uploadId: string };
    await t.ok(`mutation($id: ID!) { placePhoto(uploadId: $id) { profile { id } } }`, { id: uploadId }, { token: creator.accessToken });
    await t.ok(
      `mutation($l: [String!], $t: [String!]) { updateCreatorProfile(input: { languages: $l, tags: $t }) { creator { id } } }`,
      { l: languages, t: tags },
      { token: creator.accessToken },
    );
    return creator;
  }

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer({ clock }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(async () => {
    await keepLastScreens(tabs);
    const errors = tabs.flatMap((tab) => tab.errors);
    await Promise.all(tabs.splice(0).map((tab) => tab.close()));
    expect(errors).toEqual([]);
  });

  it('shows a photo-led directory, tells “Online now” from “Available by phone”, and keeps filters in the address', async () => {
    const online = await creatorWithPhoto('Olivia Online', 30, ['en', 'de'], ['salsa']);
    const phone = await creatorWithPhoto('Pedro Phone', 12, ['es'], ['salsa']);
    const ws = t.ws(online.accessToken); // Olivia has Minutely open
    await ws.subscribe({ query: '{ __typename }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });

    for (const [label, viewport] of VIEWPORTS) {
      const page = await open(viewport);
      await page.goto(`${t.url}/creators?tags=salsa`);
      const oliviaCard = page.locator(`article[data-handle=${online.handle}]`);
      const pedroCard = page.locator(`article[data-handle=${phone.handle}]`);
      await oliviaCard.locator('[data-testid=creator-photo]').waitFor();
      await page.locator(`article[data-handle=${online.handle}][data-reachability=ONLINE_NOW]`).waitFor();
      expect(await oliviaCard.getByTestId('availability').textContent()).toContain('Online now');
      expect(await oliviaCard.textContent()).toContain('Answers at once');
      expect(await pedroCard.getByTestId('availability').textContent()).toContain('Available by phone');
      expect(await pedroCard.textContent()).toContain('Rings their phone by SMS');
      // Photos come in several sizes; the browser picks one from the srcset.
      const photo = oliviaCard.locator('[data-testid=creator-photo]');
      expect(await photo.getAttribute('srcset')).toMatch(/\/media\/photos\/.+ 160w, .+ 480w/);
      expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await screenshot(page, `storefront-directory-${label}`);

      // Online now: Pedro goes; the choice is in the address, and a reload keeps it.
      await page.getByText('Online now', { exact: true }).first().click();
      await page.waitForURL((url) => url.searchParams.get('online') === '1');
      await pedroCard.waitFor({ state: 'detached' });
      await page.reload();
      await oliviaCard.waitFor();
      expect(await pedroCard.count()).toBe(0);
      await page.goto(`${t.url}/creators?tags=salsa&sort=PRICE_LOW&max=20`);
      await pedroCard.waitFor();
      expect(await oliviaCard.count()).toBe(0);
      expect(await page.getByTestId('sort').inputValue()).toBe('PRICE_LOW');
      if (label === 'desktop') await screenshot(page, 'storefront-directory-filtered-desktop');
    }
    await ws.dispose();
  });

  it('updates the price on an open profile live, and lets a fan favourite a creator and hear when they resume', async () => {
    const creator = await creatorWithPhoto('Rita Resume', 25, ['it'], ['cooking']);
    const fan = await fundedFan(t, 100, { displayName: 'Fay Favourite' });
    const page = await open(PHONE);
    await signIn(page, t, fan, `/creators/${creator.handle}`);
    await page.getByTestId('price').filter({ hasText: '25' }).waitFor();
    await page.getByTestId('profile-photo').waitFor();

    await t.ok(`mutation { updateCallSettings(pricePerMinute: 35) { pricePerMinute } }`, {}, { token: creator.accessToken });
    await page.getByTestId('price').filter({ hasText: '35' }).waitFor();

    await t.ok(`mutation { pauseCalls(untilResumed: true) { pausedIndefinitely } }`, {}, { token: creator.accessToken });
    await page.getByTestId('call-hint').filter({ hasText: 'On a break' }).waitFor();
    await page.getByRole('button', { name: 'Add to favourites' }).click();
    await page.getByRole('button', { name: 'In your favourites' }).waitFor();
    await page.getByRole('button', { name: 'Tell me when available' }).click();
    await page.getByRole('button', { name: 'Alerts on' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'when Rita Resume becomes available' }).waitFor();
    await screenshot(page, 'storefront-profile-favourite-phone');

    // She resumes: the alert arrives on the fan's screen, on any page.
    await page.goto(`${t.url}/`);
    await page.getByTestId('favourites').getByText('Rita Resume').waitFor();
    await t.ok(`mutation { resumeCalls { pausedIndefinitely } }`, {}, { token: creator.accessToken });
    const alert = page.getByTestId('availability-alert');
    await alert.filter({ hasText: 'Rita Resume is available by phone' }).waitFor();
    await screenshot(page, 'storefront-alert-phone');
    await alert.getByRole('link', { name: 'Call now' }).click();
    await page.waitForURL((url) => url.pathname === `/creators/${creator.handle}`);
  });

  it('lets the fan review a call of a minute or more from its summary', async () => {
    const creator = await callableCreator(t, 2, { displayName: 'Vic Review' });
    const fan = await fundedFan(t, 100, { displayName: 'Rae Rater' });
    const beat = (who: TestAccount, id: string) =>
      t.ok(
        `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { id } }`,
        { id },
        { token: who.accessToken },
      );
    const { startCall } = await t.ok<{ startCall: { id: string } }>(
      `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`,
      { c: creator.id },
      { token: fan.accessToken },
    );
    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: startCall.id }, { token: creator.accessToken });
    await beat(creator, startCall.id);
    for (let s = 0; s < 70; s += 5) {
      clock.advance(5000);
      await beat(fan, startCall.id);
      await beat(creator, startCall.id);
      await t.app.timers.runDue();
    }
    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { state } }`, { id: startCall.id }, { token: fan.accessToken });

    for (const [label, viewport] of VIEWPORTS) {
      const page = await open(viewport);
      await signIn(page, t, fan, `/call/${startCall.id}`);
      if (label === 'desktop') {
        const form = page.getByTestId('review-form');
        await form.waitFor();
        await form.locator('label', { hasText: '4 stars' }).click();
        await form.getByLabel('Your review (optional)').fill('Kind and patient.');
        await screenshot(page, 'storefront-review-form-desktop');
        await form.getByRole('button', { name: 'Post review' }).click();
      }
      await page.getByTestId('review-done').filter({ hasText: '4 ★' }).waitFor();
      if (label === 'phone') await screenshot(page, 'storefront-review-done-phone');
    }
    const page = await open(DESKTOP);
    await page.goto(`${t.url}/creators/${creator.handle}`);
    await page.getByTestId('reviews').getByText('Kind and patient.').waitFor();
    expect(await page.getByTestId('rating').first().getAttribute('aria-label')).toBe('Rated 4.0 out of 5 from 1 review');
  });

  it('greets signed-out visitors with an 18+ confirmation and how calls work, one click from the directory', async () => {
    for (const [label, viewport] of VIEWPORTS) {
      const page = await open(viewport);
      await page.goto(`${t.url}/`);
      await page.getByTestId('age-gate').waitFor();
      await screenshot(page, `storefront-age-gate-${label}`);
      await page.getByRole('button', { name: 'I am 18 or older' }).click();
      await page.getByRole('heading', { name: 'Talk, billed per minute' }).waitFor();
      await screenshot(page, `storefront-landing-${label}`);
      await page.getByTestId('browse-creators').click();
      await page.waitForURL((url) => url.pathname === '/creators');
      // Remembered: the gate does not come back.
      await page.goto(`${t.url}/`);
      await page.getByTestId('browse-creators').waitFor();
    }
  });

  it('lets a creator upload a profile photo and gallery photos from the settings; a non-image is refused', async () => {
    const creator = await callableCreator(t, 20, { displayName: 'Uma Upload' });
    const page = await open(DESKTOP);
    await signIn(page, t, creator, '/settings');
    const manager = page.getByTestId('photo-manager');
    await manager.waitFor();
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c9b8e8' } })
      .jpeg()
      .toBuffer();
    await manager.getByTestId('profile-upload').setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await manager.getByAltText('Your profile photo').waitFor();
    await manager.getByTestId('gallery-upload').setInputFiles([
      { name: 'a.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      { name: 'b.jpg', mimeType: 'image/jpeg', buffer: jpeg },
    ]);
    await manager.getByTestId('gallery-manager').getByAltText('Gallery photo 2').waitFor();
    await manager.getByTestId('gallery-upload').setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all') });
    await manager.getByRole('alert').filter({ hasText: 'The file is not an image.' }).waitFor();
    await screenshot(page, 'storefront-settings-photos-desktop');

    // A fan opens the gallery (profile photo first) in the lightbox and reports a photo.
    const fan = await t.signUp('FAN');
    const profile = await open(PHONE);
    await signIn(profile, t, fan, `/creators/${creator.handle}`);
    await profile.getByTestId('profile-photo').waitFor();
    await profile.getByRole('button', { name: 'Open photo 3 of 3' }).click();
    const lightbox = profile.getByTestId('lightbox');
    await lightbox.getByText('3 / 3').waitFor();
    await screenshot(profile, 'storefront-lightbox-phone');
    await lightbox.getByRole('button', { name: 'Next' }).click();
    await lightbox.getByText('1 / 3').waitFor();
    await lightbox.getByRole('button', { name: 'Report this photo' }).click();
    await lightbox.getByRole('combobox', { name: 'Why report this photo?' }).selectOption('SPAM_OR_SCAM');
    await lightbox.getByRole('button', { name: 'Send report' }).click();
    await lightbox.getByRole('status').filter({ hasText: 'A moderator will look at this photo' }).waitFor();
    const [profilePhoto] = await t.sql<{ id: string }>(`SELECT id FROM creator_photo WHERE creator_id = $1 AND placement = 'PROFILE'`, [creator.id]);
    expect(await t.sql(`SELECT photo_id, reason, target_type FROM report WHERE reporter_id = $1`, [fan.id])).toEqual([
      { photo_id: profilePhoto.id, reason: 'SPAM_OR_SCAM', target_type: 'PHOTO' },
    ]);
  });

  it('keeps the creators page’s initial JavaScript under 150 KB gzipped', async () => {
    const page = await open(DESKTOP);
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(`${t.url}/creators`, { waitUntil: 'networkidle' });
    const dist = join(__dirname, '..', 'dist');
    const gzipped = [...scripts].reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
    expect(scripts.size).toBeGreaterThan(1);
    expect(gzipped).toBeLessThan(150 * 1024);
  });
});
