import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What an emailed link lets its holder do. */
export enum AccountTokenPurpose {
  /** Proves the account's current address (sent on sign-up and on request). */
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  /** Moves the account to the address in `email` once followed. */
  CHANGE_EMAIL = 'CHANGE_EMAIL',
  /** Sets a new password and ends every session. */
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/** A single-use link sent by email, stored as the SHA-256 hash of its secret. */
@Entity('account_token')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Column({ type: 'text' })
  purpose: AccountTokenPurpose;

  @Column({ type: 'text', name: 'token_hash', unique: true })
  tokenHash: string;

  /** The address the link was sent to: the one it verifies, or the one an email change moves to. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
