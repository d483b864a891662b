import { badInput } from '../../common/errors';

export const MAX_ORIGINS = 20;

/**
 * An allowed browser origin as browsers send it in `Origin`: scheme, host and port only
 * (`https://shop.example`, `http://localhost:5173`). Anything else is BAD_USER_INPUT naming `allowedOrigins`.
 */
export function normalizeOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput(`${raw} is not an origin such as https://shop.example.`, 'allowedOrigins');
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (!['http:', 'https:'].includes(url.protocol) || !bare || !/^https?:\/\/[^/]+\/?$/i.test(raw.trim())) {
    throw badInput(`${raw} is not an origin: give scheme, host and port only, such as https://shop.example.`, 'allowedOrigins');
  }
  return url.origin;
}

export interface AppFields {
  name: string;
  website: string | null;
  allowedOrigins: string[];
}

/** Checks and normalizes what a partner says about an app. */
export function checkAppFields(input: { name: string; website?: string | null; allowedOrigins?: readonly string[] | null }): AppFields {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 80) throw badInput('name must be 1 to 80 characters long.', 'name');
  let website: string | null = null;
  if (input.website?.trim()) {
    try {
      const url = new URL(input.website.trim());
      if (!['http:', 'https:'].includes(url.protocol)) throw new Error();
      website = url.href;
    } catch {
      throw badInput('website must be an http(s) URL.', 'website');
    }
    if (website.length > 300) throw badInput('website must be at most 300 characters long.', 'website');
  }
  const origins = [...new Set((input.allowedOrigins ?? []).map(normalizeOrigin))];
  if (origins.length > MAX_ORIGINS) throw badInput(`At most ${MAX_ORIGINS} allowed origins.`, 'allowedOrigins');
  return { name, website, allowedOrigins: origins };
}
