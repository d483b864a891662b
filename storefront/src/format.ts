// Small formatting helpers shared by pages and components.

import type { Role } from './graphql/generated/graphql';

const labels: Record<Role, string> = { FAN: 'Fan', CREATOR: 'Creator', AGENCY: 'Agency', MODERATOR: 'Moderator', ADMIN: 'Admin' };

/** How a role is named to people. */
/** The one way Minutely says how calls are billed: the storefront, the README and the schema all say it so. */
export const BILLING_PHRASE = 'Billed per minute at the creator’s price, the last minute by the second; ringing is never billed.';

export function roleLabel(role: Role): string {
  return labels[role];
}

/** "1 token", "25 tokens". */
export function tokens(amount: number): string {
  return `${amount.toLocaleString('en')} token${Math.abs(amount) === 1 ? '' : 's'}`;
}

/** Seconds as a clock: "0:07", "12:30", "1:02:03". */
export function clockDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A time of day in the viewer's time zone: "14:30". */
export function timeOfDay(iso: string | Date): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/**
 * A moment close to now, in the viewer's time zone: "14:30" today, "tomorrow 09:00", "Tue 18:00" within a
 * week, "11 Dec 19:30" further ahead, a date further back.
 */
export function moment(iso: string | Date, now = new Date()): string {
  const date = new Date(iso);
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(date) - day(now)) / 86_400_000);
  const time = timeOfDay(date);
  if (days === 0) return time;
  if (days === 1) return `tomorrow ${time}`;
  if (days === -1) return `yesterday ${time}`;
  if (Math.abs(days) < 7) return `${date.toLocaleDateString(undefined, { weekday: 'short' })} ${time}`;
  const calendarDay = date.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric',
  });
  // A moment to come ("back …", "paused until …") needs its hour however far it is; a past one reads fine as a day.
  return days > 0 ? `${calendarDay} ${time}` : calendarDay;
}

/** A price in a currency's smallest unit: 999, "eur" → "€9.99". */
export function money(cents: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);
}

/** Initials for an avatar without a picture: "Ava Stone" → "AS". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}
