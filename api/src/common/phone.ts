import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

// Numbers that cannot receive an SMS, or cost the sender money.
const NOT_FOR_SMS = new Set(['FIXED_LINE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST']);

/** A phone number in E.164, or the reason it is refused. Needs the international form (+ and country code). */
export function parsePhone(input: string): { ok: true; e164: string } | { ok: false; message: string } {
  const trimmed = input.trim();
  if (!trimmed.startsWith('+') && !trimmed.startsWith('00')) {
    return { ok: false, message: 'Enter the phone number in international format, starting with + and the country code (e.g. +49 151 23456789).' };
  }
  const parsed = parsePhoneNumberFromString(trimmed.replace(/^00/, '+'));
  if (!parsed || !parsed.isValid()) return { ok: false, message: `${JSON.stringify(input)} is not a valid phone number.` };
  const type = parsed.getType();
  if (type && NOT_FOR_SMS.has(type)) return { ok: false, message: 'This number cannot receive text messages; use a mobile number.' };
  return { ok: true, e164: parsed.number };
}

/** The last `digits` digits, e.g. "42". */
export const lastDigits = (e164: string, digits = 2): string => e164.slice(-digits);

/** "+49 ••••••••5678": the country calling code and the last digits only. */
export function maskPhone(e164: string, visible = 2): string {
  const parsed = parsePhoneNumberFromString(e164);
  const country = parsed ? `+${parsed.countryCallingCode}` : '+';
  const nationalLength = parsed ? parsed.nationalNumber.length : Math.max(0, e164.length - 1);
  return `${country} ${'•'.repeat(Math.max(0, nationalLength - visible))}${lastDigits(e164, visible)}`;
}
