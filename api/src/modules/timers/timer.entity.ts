import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A durable deadline: fires once at `dueAt` (or as soon after as a process polls), in whichever API process
 * claims it first. (kind, key) is unique, so scheduling the same deadline again moves it instead of adding one.
 * TimerService reads and writes the table with plain SQL (`FOR UPDATE SKIP LOCKED`); the entity documents it.
 */
@Entity('timer')
@Unique('timer_kind_key', ['kind', 'key'])
export class Timer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'timestamptz', name: 'due_at' })
  dueAt: Date;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
