// The alerts module: emails about what happened while an account was away (missed calls, new messages),
// as its notification preferences ask. No tables; it listens to the calls' and messaging's domain events.
export { AccountAlertsService, MESSAGE_EMAIL_EVERY_SECONDS } from './account-alerts.service';
