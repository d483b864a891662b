import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export const USER = 'minutely-mailer';
export const PASS = 'smtp-test-password';
export const SENDER = 'no-reply@minutely.test';
export const FROM = `Minutely <${SENDER}>`;

export interface Received {
  user: unknown;
  mailFrom: string | undefined;
  rcptTo: string[];
  raw: string;
  mail: ParsedMail;
}

const smtpError = (responseCode: number, message: string) => Object.assign(new Error(message), { responseCode });

/**
 * A real SMTP server on a free port (smtp-server, the library Nodemailer's author wrote for this): it demands
 * AUTH, accepts only our sender, refuses unknown and greylisted recipients with the reply codes real servers
 * use, and parses every message it takes in, so the test sees what a mailbox would.
 */
export class LocalSmtpServer {
  readonly received: Received[] = [];
  readonly refusedAuth: string[] = [];
  private readonly server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    size: 1024 * 1024,
    onAuth: (auth, _session, callback) => {
      if (auth.username === USER && auth.password === PASS) return callback(null, { user: USER });
      this.refusedAuth.push(auth.username ?? '');
      callback(smtpError(535, 'Authentication credentials invalid'));
    },
    onMailFrom: (address: SMTPServerAddress, session, callback) => {
      if (!session.user) return callback(smtpError(530, 'Authentication required'));
      callback(address.address === SENDER ? null : smtpError(553, 'Sender address rejected'));
    },
    onRcptTo: (address: SMTPServerAddress, _session, callback) => {
      if (address.address.startsWith('nobody@')) return callback(smtpError(550, 'No such user here'));
      if (address.address.startsWith('greylisted@')) return callback(smtpError(451, 'Greylisted, try again later'));
      callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((mail) => {
          this.received.push({
            user: session.user,
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
            mail,
          });
          callback();
        }, callback);
      });
    },
  });
  port = 0;

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  url(user = USER, pass = PASS): string {
    return `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The first link in a received message's text that opens `page` on the storefront. */
export function linkIn(mail: Received, page: string): string {
  const match = (mail.mail.text ?? '').match(new RegExp(`https?://\\S+/${page}\\?token=[A-Za-z0-9_%-]+`));
  if (!match) throw new Error(`no /${page} link in "${mail.mail.subject}": ${mail.mail.text}`);
  return match[0];
}
