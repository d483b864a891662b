import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';

export enum Role {
  FAN = 'FAN',
  CREATOR = 'CREATOR',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an account is on Minutely.',
  valuesConfig: {
    FAN: { description: 'Finds creators, calls them, chats and buys tokens.' },
    CREATOR: { description: 'Is called and chatted with for a price, and earns.' },
    MODERATOR: { description: 'Works the report queue and acts on calls and accounts.' },
    ADMIN: { description: 'Everything a moderator does, plus staff accounts and wallet corrections.' },
  },
});

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'Whether an account may use Minutely.',
  valuesConfig: {
    ACTIVE: { description: 'The account can sign in and act.' },
    SUSPENDED: { description: 'A moderator suspended the account; it is refused everywhere.' },
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

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
