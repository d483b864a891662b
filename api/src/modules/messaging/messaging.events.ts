/** Domain events the messaging module publishes, inside the transaction of the message. */
export type MessagingEvents = {
  /** A participant wrote a text to the other one (system messages are not announced). */
  TextMessagePosted: { conversationId: string; messageId: string; senderId: string; recipientId: string };
};
