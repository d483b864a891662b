import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from './config';

/**
 * Where the lazily loaded Agora Web SDK connects (its gateways and edge servers listen on several ports) and how
 * it runs (a Worker made from a blob: URL). Only the call screen loads it.
 */
const AGORA_CONNECT = ['https://*.agora.io:*', 'wss://*.agora.io:*', 'https://*.sd-rtn.com:*', 'wss://*.sd-rtn.com:*'];

/** The Apollo Sandbox page at GET /graphql (outside production) runs from Apollo's CDN. */
const SANDBOX = {
  scriptSrc: ["'self'", "'unsafe-inline'", 'https://embeddable-sandbox.cdn.apollographql.com'],
  frameSrc: ['https://sandbox.embed.apollographql.com'],
  connectSrc: ["'self'", 'https://*.apollographql.com'],
};

/**
 * Security headers on every response (helmet): a Content-Security-Policy the storefront, the admin panel and the
 * Agora SDK work under — scripts only from this origin, no framing (`frame-ancestors 'none'`), no plugins — plus
 * nosniff, `Referrer-Policy: no-referrer` (an answer link's token must not travel), and HSTS in production.
 */
export function securityHeaders(config: Config): RequestHandler {
  const directives = (extra: Partial<Record<'scriptSrc' | 'frameSrc' | 'connectSrc', string[]>> = {}) => ({
    defaultSrc: ["'self'"],
    scriptSrc: extra.scriptSrc ?? ["'self'"],
    // Vue's style bindings and the admin panel's CSS-in-JS (emotion) write inline styles.
    styleSrc: ["'self'", "'unsafe-inline'"],
    // Creators' pictures may be any https URL; generated avatars are data: URIs.
    imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
    mediaSrc: ["'self'", 'blob:', 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: extra.connectSrc ?? ["'self'", ...AGORA_CONNECT],
    workerSrc: ["'self'", 'blob:'],
    frameSrc: extra.frameSrc ?? ["'none'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    manifestSrc: ["'self'"],
    // Browsers upgrade http subresources only where the site is served over https (production).
    upgradeInsecureRequests: config.production ? [] : null,
  });
  const common = {
    referrerPolicy: { policy: 'no-referrer' as const },
    xFrameOptions: { action: 'deny' as const },
    strictTransportSecurity: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
  const everywhere = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: directives() } });
  const sandbox = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: directives(SANDBOX) } });
  return (req, res, next) => {
    // As Apollo decides to serve the page: a browser asking for HTML (not */* from a script).
    const sandboxPage = config.GRAPHQL_SANDBOX && req.method === 'GET' && req.path === '/graphql' && !!req.headers.accept?.includes('text/html');
    return (sandboxPage ? sandbox : everywhere)(req, res, next);
  };
}
