/** One email to one recipient. `text` is always sent; `html`, when given, is its alternative part. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface SentEmail {
  /** The provider's id of the message: the SMTP Message-ID, or the outbox row id. */
  id: string;
}

/**
 * One interface for email: SMTP through nodemailer is the real implementation, the dev outbox the double of
 * the embedded default and tests. Implementations talk to the outside world (or write through their own
 * connection): never call them inside a transaction. Each message has one recipient, so one user's address
 * is never disclosed to another.
 */
export interface EmailProvider {
  readonly name: 'smtp' | 'outbox';
  send(message: EmailMessage): Promise<SentEmail>;
  /** Releases connections (SMTP); a no-op for the outbox. */
  close(): Promise<void>;
}

/**
 * A refusal the caller can act on: INVALID_ADDRESS and REJECTED are final for this address (do not retry),
 * UNAVAILABLE is temporary (retry later), FAILED is a configuration or protocol problem on our side.
 */
export class EmailProviderError extends Error {
  constructor(
    readonly reason: 'INVALID_ADDRESS' | 'REJECTED' | 'UNAVAILABLE' | 'FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'EmailProviderError';
  }

  get retryable(): boolean {
    return this.reason === 'UNAVAILABLE';
  }
}

// Deliberately plain: one local part, one domain with a dot, no spaces, quotes, commas or angle brackets, so a
// user-supplied address can never smuggle a display name or a second recipient into the envelope.
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Checks the message before any provider sees it; throws INVALID_ADDRESS or FAILED. */
export function validateEmail(message: EmailMessage): EmailMessage {
  const to = message.to.trim();
  if (to.length > 254 || !ADDRESS.test(to)) throw new EmailProviderError('INVALID_ADDRESS', `Not a deliverable email address: ${JSON.stringify(message.to)}`);
  // Header values are one line: a line break in a subject would otherwise start a new header.
  const subject = message.subject.replace(/[\r\n]+/g, ' ').trim();
  if (!subject) throw new EmailProviderError('FAILED', 'An email needs a subject.');
  if (!message.text.trim()) throw new EmailProviderError('FAILED', 'An email needs a plain-text body.');
  return { to, subject, text: message.text, ...(message.html ? { html: message.html } : {}) };
}
