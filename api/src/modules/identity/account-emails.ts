// The emails the identity module sends, as pure functions of what they say: each has a plain-text body (always
// sent) and a minimal HTML alternative. Wording is neutral: these reach addresses anyone may have typed in.

/** One email, ready for the mailer port. */
export interface AccountMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function mail(to: string, subject: string, paragraphs: string[], action?: { label: string; url: string }): AccountMail {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), '— Minutely'].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(action ? [`<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>`] : []),
    '<p>— Minutely</p>',
  ].join('\n');
  return { to, subject, text, html };
}

const duration = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${minutes} minutes`);

export function verifyEmailMail(to: string, name: string, url: string, ttlMinutes: number): AccountMail {
  return mail(
    to,
    'Confirm your email address for Minutely',
    [`Hi ${name},`, `Please confirm that this is your email address. The link works once and expires in ${duration(ttlMinutes)}.`],
    { label: 'Confirm my email address', url },
  );
}

/** Sent instead of a verification link when someone signs up with an address that already has an account. */
export function signUpAttemptMail(to: string, logInUrl: string, resetUrl: string): AccountMail {
  return mail(to, 'Someone tried to sign up to Minutely with your address', [
    'Someone (maybe you) tried to create a Minutely account with this email address, which already has an account. No new account was created.',
    `If it was you, log in instead: ${logInUrl}`,
    `Forgot your password? Reset it here: ${resetUrl}`,
    'If it was not you, you can ignore this email.',
  ]);
}

export function passwordResetMail(to: string, url: string, ttlMinutes: number): AccountMail {
  return mail(
    to,
    'Reset your Minutely password',
    [
      `Someone (hopefully you) asked to reset the password of your Minutely account. The link works once and expires in ${duration(ttlMinutes)}.`,
      'Resetting signs you out on every device. If you did not ask for this, ignore this email: your password stays as it is.',
    ],
    { label: 'Choose a new password', url },
  );
}

export function passwordChangedMail(to: string, resetUrl: string): AccountMail {
  return mail(to, 'Your Minutely password was changed', [
    'The password of your Minutely account was just changed, and your other devices were signed out.',
    `If this was not you, reset your password now: ${resetUrl}`,
  ]);
}

export function changeEmailMail(to: string, name: string, url: string, ttlMinutes: number): AccountMail {
  return mail(
    to,
    'Confirm your new email address for Minutely',
    [`Hi ${name},`, `Confirm that you want to use this address for your Minutely account. The link works once and expires in ${duration(ttlMinutes)}.`],
    { label: 'Use this email address', url },
  );
}

/** Sent to the new address when it already belongs to another account (the requester is told nothing). */
export function changeEmailTakenMail(to: string): AccountMail {
  return mail(to, 'Someone tried to use your address on Minutely', [
    'Someone tried to move a Minutely account to this email address, which already has an account. Nothing was changed.',
    'If it was not you, you can ignore this email.',
  ]);
}

export function emailChangeRequestedMail(to: string, newEmail: string): AccountMail {
  return mail(to, 'Your Minutely email address is being changed', [
    `Someone signed in to your Minutely account asked to change its email address to ${newEmail}. It changes once the link sent there is followed.`,
    'If this was not you, change your password now: the link alone cannot be followed from this address.',
  ]);
}

export function accountDeletedMail(to: string): AccountMail {
  return mail(to, 'Your Minutely account was deleted', [
    'Your Minutely account was deleted as you asked. Your personal data has been erased; the bookkeeping records the law requires us to keep no longer name you.',
  ]);
}
