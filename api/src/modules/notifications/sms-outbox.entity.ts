import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every SMS the dev outbox provider "sent" (codes, later call alerts), readable through `devOutbox` outside production. */
@Entity('sms_outbox')
export class SmsOutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Order of storing (the dev clock may stand still in tests). */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ type: 'text', name: 'to_phone' })
  toPhone: string;

  @Column({ type: 'text' })
  body: string;

  /** VERIFICATION or MESSAGE. */
  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
