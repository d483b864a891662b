import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';

export enum Role {
  FAN = 'FAN',
  CREATOR = 'CREATOR',
  AGENCY = 'AGENCY',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an account is on Minutely.',
  valuesConfig: {
    FAN: { description: 'Finds creators, calls them, chats and buys tokens.' },
    CREATOR: { description: 'Is called and chatted with for a price, and earns.' },
    AGENCY: { description: 'Owns an agency: manages its member creators’ availability and chats from one panel, and earns a share.' },
    MODERATOR: { description: 'Works the report queue and acts on calls and accounts.' },
    ADMIN: { description: 'Everything a moderator does, plus staff accounts and wallet corrections.' },
  },
});

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DELETED = 'DELETED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'Whether an account may use Minutely.',
  valuesConfig: {
    ACTIVE: { description: 'The account can sign in and act.' },
    SUSPENDED: { description: 'A moderator suspended the account; it is refused everywhere.' },
    DELETED: { description: 'Its owner deleted it: personal data erased, only an anonymous row kept for the ledger.' },
  },
});

@Entity('account')
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text', name: 'password_hash', select: false })
  passwordHash: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  /** Stored lower-cased; unique; used in profile URLs. */
  @Column({ type: 'text', unique: true })
  handle: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text' })
  status: AccountStatus;

  @Column({ type: 'text', name: 'suspended_reason', nullable: true })
  suspendedReason: string | null;

  /** When the owner followed a verification link to the current address; null until then. */
  @Column({ type: 'timestamptz', name: 'email_verified_at', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'deleted_at', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'boolean', name: 'notify_missed_calls', default: true })
  notifyMissedCalls: boolean;

  @Column({ type: 'boolean', name: 'notify_messages', default: true })
  notifyMessages: boolean;

  @Column({ type: 'boolean', name: 'notify_product_news', default: false })
  notifyProductNews: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
