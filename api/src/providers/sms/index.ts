import type { Clock } from '../../common/clock';
import type { Config } from '../../config';
import { DevOutboxSmsProvider, type SmsOutbox } from './dev-outbox-sms-provider';
import type { SmsProvider } from './sms-provider';
import { TwilioSmsProvider } from './twilio-sms-provider';

export type { SmsOutbox } from './dev-outbox-sms-provider';

/**
 * Twilio when its account, token and Verify service are configured; the dev outbox outside production; else
 * none. `secret` keys the dev outbox's code hashes (the installation's token secret).
 */
export function createSmsProvider(config: Config, outbox: SmsOutbox, clock: Clock, secret: string): SmsProvider | null {
  if (config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN && config.TWILIO_VERIFY_SERVICE_SID) {
    return new TwilioSmsProvider({
      accountSid: config.TWILIO_ACCOUNT_SID,
      authToken: config.TWILIO_AUTH_TOKEN,
      verifyServiceSid: config.TWILIO_VERIFY_SERVICE_SID,
      messagingFrom: config.TWILIO_MESSAGING_FROM,
      apiBase: config.TWILIO_API_BASE,
    });
  }
  return config.production ? null : new DevOutboxSmsProvider(outbox, clock, secret);
}
