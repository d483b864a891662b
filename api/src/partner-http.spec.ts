import type { IncomingMessage } from 'node:http';
import { loadConfig } from './config';
import { apiKeyFromParams, foreignOrigin } from './partner-http';

const config = loadConfig({ PUBLIC_URL: 'https://minutely.example' });
const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('which requests are cross-origin browser requests', () => {
  it('leaves out non-browser and same-origin requests', () => {
    expect(foreignOrigin(request({ host: 'api.internal:4000' }), config, 'http')).toBeNull();
    expect(foreignOrigin(request({ host: 'api.internal:4000', origin: 'https://minutely.example' }), config, 'http')).toBeNull();
    expect(foreignOrigin(request({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }), config, 'http')).toBeNull();
  });

  it('names any other origin, an opaque one ("null") included', () => {
    expect(foreignOrigin(request({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:5173' }), config, 'http')).toBe('http://127.0.0.1:5173');
    expect(foreignOrigin(request({ host: 'minutely.example', origin: 'null' }), config, 'https')).toBe('null');
  });

  it('derives a WebSocket upgrade’s protocol from X-Forwarded-Proto only behind a trusted proxy', () => {
    const upgrade = request({ host: 'minutely.internal', origin: 'https://minutely.internal', 'x-forwarded-proto': 'https' });
    expect(foreignOrigin(upgrade, config)).toBe('https://minutely.internal');
    expect(foreignOrigin(upgrade, loadConfig({ PUBLIC_URL: 'https://minutely.example', TRUST_PROXY: 'true' }))).toBeNull();
  });
});

describe('the API key of a graphql-ws connection_init', () => {
  it('is apiKey (or x-api-key), a string', () => {
    expect(apiKeyFromParams({ apiKey: 'pk_x' })).toBe('pk_x');
    expect(apiKeyFromParams({ 'x-api-key': 'pk_y' })).toBe('pk_y');
    expect(apiKeyFromParams({ apiKey: 42 })).toBeNull();
    expect(apiKeyFromParams(undefined)).toBeNull();
  });
});
