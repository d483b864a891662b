// Kept apart from router.ts: the log-in and sign-up pages use it, and the router loads those pages.

/** Only same-site paths are followed after log-in: `next=//evil.example` must not leave Minutely. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
