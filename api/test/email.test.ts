import { ManualClock } from '../src/common/clock';
import { loadConfig } from '../src/config';
import { createEmailProvider } from '../src/providers/email';
import { DevOutboxEmailProvider } from '../src/providers/email/dev-outbox-email-provider';
import { EmailProviderError } from '../src/providers/email/email-provider';
import { SmtpEmailProvider } from '../src/providers/email/smtp-email-provider';
import { isPostgres } from './harness';
import { openMigratedDatabase } from './provider-database';
import { FROM, LocalSmtpServer, SENDER, USER } from './smtp-server';

const smtp = new LocalSmtpServer();
let provider: SmtpEmailProvider;

beforeAll(async () => {
  await smtp.start();
  provider = new SmtpEmailProvider({ url: smtp.url(), from: FROM, timeoutMs: 5000 });
});
afterAll(async () => {
  await provider.close();
  await smtp.stop();
});

async function refusalOf(promise: Promise<unknown>): Promise<EmailProviderError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EmailProviderError);
  return err as EmailProviderError;
}

describe('SMTP email provider (against a local smtp-server)', () => {
  it('delivers a text + HTML message that arrives with the right envelope, headers, subject and bodies', async () => {
    const subject = 'Réinitialisez votre mot de passe — Minutely ✓';
    const link = 'http://localhost:4000/reset?token=abc123&x=1';
    const sent = await provider.send({
      to: 'ava@example.com',
      subject,
      text: `Follow this link within 30 minutes:\n${link}\n`,
      html: `<p>Follow <a href="${link}">this link</a> within 30 minutes.</p>`,
    });

    const got = smtp.received.at(-1)!;
    expect(got.user).toBe(USER);
    expect(got.mailFrom).toBe(SENDER);
    expect(got.rcptTo).toEqual(['ava@example.com']);
    expect(got.mail.messageId).toBe(sent.id);
    expect(got.mail.from?.value).toEqual([{ address: SENDER, name: 'Minutely' }]);
    expect(got.mail.to && !Array.isArray(got.mail.to) ? got.mail.to.value : null).toEqual([{ address: 'ava@example.com', name: '' }]);
    expect(got.mail.subject).toBe(subject);
    expect(got.mail.text).toBe(`Follow this link within 30 minutes:\n${link}\n`);
    expect(got.mail.html).toContain(`<a href="${link}">this link</a>`);
    expect(got.mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(got.mail.date).toBeInstanceOf(Date);
    expect(got.raw).toMatch(/^Content-Type: multipart\/alternative;/im);
    // The non-ASCII subject is MIME-encoded on the wire, never raw 8-bit in a header.
    expect(got.raw).toMatch(/^Subject: =\?UTF-8\?/im);
    console.log(`SMTP: ${got.mailFrom} → ${got.rcptTo.join(', ')}, "${got.mail.subject}", ${got.raw.length} bytes, ${sent.id}`);
  });

  it('sends a text-only message as text/plain', async () => {
    await provider.send({ to: 'sam@example.com', subject: 'Plain', text: 'Just text.' });
    const got = smtp.received.at(-1)!;
    expect(got.mail.text?.trimEnd()).toBe('Just text.');
    expect(got.mail.html).toBe(false);
    expect(got.raw).toMatch(/^Content-Type: text\/plain/im);
  });

  it('keeps a line break in a subject from starting a new header', async () => {
    await provider.send({ to: 'sam@example.com', subject: 'Hello\r\nBcc: victim@example.com', text: 'Hi' });
    const got = smtp.received.at(-1)!;
    expect(got.rcptTo).toEqual(['sam@example.com']);
    expect(got.mail.subject).toBe('Hello Bcc: victim@example.com');
    expect(got.mail.bcc).toBeUndefined();
  });

  it('refuses malformed or smuggled addresses before connecting', async () => {
    const before = smtp.received.length;
    for (const to of ['not-an-address', 'a@b', 'ava@example.com, eve@example.com', 'Eve <eve@example.com>', 'ava@example.com\r\nBcc: x@y.z']) {
      expect((await refusalOf(provider.send({ to, subject: 'x', text: 'x' }))).reason).toBe('INVALID_ADDRESS');
    }
    expect(smtp.received.length).toBe(before);
  });

  it('reports a permanent refusal of the recipient (550) as REJECTED and a temporary one (451) as UNAVAILABLE', async () => {
    const rejected = await refusalOf(provider.send({ to: 'nobody@example.com', subject: 'x', text: 'x' }));
    expect(rejected.reason).toBe('REJECTED');
    expect(rejected.retryable).toBe(false);
    const later = await refusalOf(provider.send({ to: 'greylisted@example.com', subject: 'x', text: 'x' }));
    expect(later.reason).toBe('UNAVAILABLE');
    expect(later.retryable).toBe(true);
  });

  it('fails with FAILED on wrong credentials and UNAVAILABLE when the server cannot be reached', async () => {
    const wrong = new SmtpEmailProvider({ url: smtp.url(USER, 'wrong-password'), from: FROM, timeoutMs: 5000 });
    expect((await refusalOf(wrong.send({ to: 'ava@example.com', subject: 'x', text: 'x' }))).reason).toBe('FAILED');
    expect(smtp.refusedAuth).toContain(USER);
    await wrong.close();

    const closed = new SmtpEmailProvider({ url: 'smtp://127.0.0.1:1', from: FROM, timeoutMs: 2000 });
    expect((await refusalOf(closed.send({ to: 'ava@example.com', subject: 'x', text: 'x' }))).reason).toBe('UNAVAILABLE');
    await closed.close();
  });
});

describe(`dev outbox email provider (${isPostgres() ? 'PostgreSQL' : 'embedded PGlite'})`, () => {
  it('stores each message in email_outbox and lists the newest first, per recipient', async () => {
    const { db, close } = await openMigratedDatabase();
    try {
      const clock = new ManualClock('2026-03-01T10:00:00Z');
      const outbox = new DevOutboxEmailProvider(db.dataSource, clock);
      const first = await outbox.send({ to: 'Ava@Example.com', subject: 'Verify your email', text: 'Code: 1', html: '<b>1</b>' });
      await outbox.send({ to: 'sam@example.com', subject: 'Someone tried to sign up', text: 'Was it you?' });
      const third = await outbox.send({ to: 'ava@example.com', subject: 'Reset your password', text: 'Link: 2' });

      const forAva = await outbox.recent({ to: 'ava@example.com' });
      expect(forAva.map((m) => m.id)).toEqual([third.id, first.id]);
      expect(forAva[1]).toEqual({
        id: first.id,
        to: 'Ava@Example.com',
        subject: 'Verify your email',
        text: 'Code: 1',
        html: '<b>1</b>',
        createdAt: new Date('2026-03-01T10:00:00Z'),
      });
      expect((await outbox.recent()).map((m) => m.subject)).toEqual(['Reset your password', 'Someone tried to sign up', 'Verify your email']);
      expect(await outbox.recent({ limit: 1 })).toHaveLength(1);
      await expect(outbox.send({ to: 'nope', subject: 'x', text: 'x' })).rejects.toMatchObject({ reason: 'INVALID_ADDRESS' });
      console.log(`outbox (${db.kind}): ${(await outbox.recent()).length} messages stored`);
    } finally {
      await close();
    }
  });
});

describe('email provider selection', () => {
  const stubDataSource = {} as never;
  const clock = new ManualClock();

  it('uses SMTP when SMTP_URL is set, the outbox in development, and nothing in production without SMTP', () => {
    expect(createEmailProvider(loadConfig({ SMTP_URL: 'smtp://u:p@127.0.0.1:2525', EMAIL_FROM: FROM }), stubDataSource, clock)?.name).toBe('smtp');
    expect(createEmailProvider(loadConfig({}), stubDataSource, clock)?.name).toBe('outbox');
    expect(createEmailProvider(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SEED_DEMO: 'false' }), stubDataSource, clock)).toBeNull();
  });

  it('refuses an SMTP_URL without an explicit EMAIL_FROM in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SMTP_URL: 'smtp://u:p@mail.example.com:587' })).toThrow(/EMAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL/);
  });
});
