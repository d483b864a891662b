import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type express from 'express';
import type { GraphQLSchema } from 'graphql';
import { repoRoot } from './common/paths';
import { partnerReference } from './partner-reference';
import { printContract } from './schema-contract';

/** The embeddable call button's script (api/assets/embed.js), served as written. */
export const embedScript = (): string => readFileSync(join(repoRoot, 'api', 'assets', 'embed.js'), 'utf8');

/**
 * Partners' public files: the SDL of the running schema at /schema.graphql, the reference /developers/docs renders
 * (/partner-reference.json, from the schema's descriptions) and the call button at /embed.js. All may be loaded
 * from any origin (a partner's page includes the script; tools fetch the SDL).
 */
export function partnerAssets(expressApp: express.Express, schema: GraphQLSchema): void {
  const sdl = printContract(schema);
  const script = embedScript();
  const crossOrigin = (res: express.Response) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    // A partner page on another origin loads these: helmet's same-origin resource policy would block the script.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  };
  expressApp.get('/schema.graphql', (_req, res) => {
    crossOrigin(res);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('text/plain; charset=utf-8').send(sdl);
  });
  const reference = JSON.stringify(partnerReference(schema));
  expressApp.get('/partner-reference.json', (_req, res) => {
    crossOrigin(res);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/json').send(reference);
  });
  expressApp.get('/embed.js', (_req, res) => {
    crossOrigin(res);
    res.setHeader('Cache-Control', 'public, max-age=300');
    // Compressed (brotli or gzip) by the server's compression middleware, like every response worth it.
    res.type('text/javascript; charset=utf-8').send(script);
  });
}
