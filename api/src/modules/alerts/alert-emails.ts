// The emails that tell an account something happened while it was away, as pure functions of what they say.
import type { EmailMessage } from '../../providers/email';

export function missedCallMail(to: string, fanName: string, kind: 'VIDEO' | 'AUDIO', messagesUrl: string, settingsUrl: string): EmailMessage {
  const call = kind === 'AUDIO' ? 'an audio call' : 'a video call';
  const text = [
    `You missed ${call} from ${fanName} on Minutely.`,
    `They can leave you a message; open your messages to reply: ${messagesUrl}`,
    `You get this email because missed-call emails are on. Turn them off in your account settings: ${settingsUrl}`,
    '— Minutely',
  ].join('\n\n');
  return { to, subject: `You missed a call from ${fanName}`, text };
}

export function newMessageMail(to: string, senderName: string, conversationUrl: string, settingsUrl: string): EmailMessage {
  const text = [
    `${senderName} sent you a message on Minutely while you were away.`,
    `Read and reply: ${conversationUrl}`,
    `You get this email because message emails are on. Turn them off in your account settings: ${settingsUrl}`,
    '— Minutely',
  ].join('\n\n');
  return { to, subject: `New message from ${senderName}`, text };
}
