// The messaging module: conversations, messages, paid chat locks and call invitations (tables `conversation`, `message`, `call_invitation`,
// `chat_lock`), and the temporary chat of a call (`call_chat_message`). Subscribes to CallFinished.
export { ConversationRepository } from './conversation.repository';
export { ChatRepository } from './chat.repository';
export { MessagingService, MESSAGE_MAX } from './messaging.service';
export { ChatLockService, LOCK_DESCRIPTION_MAX } from './chat-lock.service';
export { CallChatService } from './call-chat.service';
export { MessagingResolver } from './messaging.resolver';
export { CallChatResolver } from './call-chat.resolver';
export { ChatPresenceService } from './chat-presence.service';
export { ChatPresenceResolver } from './chat-presence.resolver';
export { CallInvitationService, INVITATION_TTL_MS } from './call-invitation.service';
export { CallInvitationResolver } from './call-invitation.resolver';
export {
  CallChatMessage,
  ChatPresence,
  ChatLock,
  Conversation,
  ConversationConnection,
  Message,
  MessageConnection,
  RecipientUnavailable,
  SendMessageResult,
} from './messaging.types';
export type { SendOutcome } from './messaging.service';
export type { MessagingEvents } from './messaging.events';
