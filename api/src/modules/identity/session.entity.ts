import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One signed-in device: the family of refresh tokens that descend from one log-in.
 * Access tokens name their session, so revoking it signs the device out everywhere at once.
 */
@Entity('session')
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  /** Set for a session opened by an SMS call link: it may answer that call and nothing else (see call-link.ts). */
  @Column({ type: 'uuid', name: 'call_id', nullable: true })
  callId: string | null;

  /** When the session ends at the latest, whatever its refresh tokens say (call-link sessions). */
  @Column({ type: 'timestamptz', name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  /** LOG_OUT, REFRESH_REUSE, SUSPENDED. */
  @Column({ type: 'text', name: 'revoked_reason', nullable: true })
  revokedReason: string | null;
}

/** A refresh token, stored as a SHA-256 hash. Each use rotates it; a second use revokes the whole session. */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @Column({ type: 'text', name: 'token_hash', unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
