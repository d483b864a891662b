import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; every line of a request carries its `requestId`. */
export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino({
    level,
    base: { service: 'minutely-api', ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['*.password', '*.refreshToken', '*.accessToken', 'req.headers.authorization'], censor: '[redacted]' },
  });
}
