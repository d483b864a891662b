import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One verification code sent to a phone. The rows of the last hour count against the send limit; `attempts`
 * counts checks of this code against the wrong-code limit. The code itself is never stored: Twilio Verify
 * keeps it (code_hash null), or the dev outbox provider made it and only its HMAC is kept here.
 */
@Entity('phone_verification')
@Index('phone_verification_account_idx', ['accountId', 'seq'])
export class PhoneVerification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Order of sending; the newest row is the code that counts. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Column({ type: 'text', name: 'phone_e164' })
  phoneE164: string;

  @Column({ type: 'text' })
  provider: 'twilio' | 'outbox';

  @Column({ type: 'text', name: 'code_hash', nullable: true })
  codeHash: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', name: 'verified_at', nullable: true })
  verifiedAt: Date | null;
}
