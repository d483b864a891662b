import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ScheduleSlot } from '../availability';

/** A stored photo as a browser loads it: WebP variants, smallest first. */
export interface PhotoSummary {
  id: string;
  width: number;
  height: number;
  variants: { url: string; width: number; height: number }[];
}

/**
 * A creator's public profile and call settings, one row per CREATOR account, created on first write (an
 * account without a row reads as the defaults: calls off, UTC, no schedule).
 * The phone number is private: only the creator's own settings show that it is verified and its last digits.
 */
@Entity('creator_profile')
export class CreatorProfile {
  @PrimaryColumn({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Column({ type: 'text', default: '' })
  bio: string;

  @Column({ type: 'text', name: 'avatar_url', nullable: true })
  avatarUrl: string | null;

  /** Lower-cased, unique within the profile. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tags: string[];

  /** IANA zone; the schedule's slots are wall time in it. */
  @Column({ type: 'text', name: 'time_zone', default: 'UTC' })
  timeZone: string;

  @Column({ type: 'boolean', name: 'calls_enabled', default: false })
  callsEnabled: boolean;

  /** Whole tokens per minute; kept while calls are off so turning them back on can offer it again. */
  @Column({ type: 'int', name: 'price_per_minute', nullable: true })
  pricePerMinute: number | null;

  /** E.164; set only once verified. */
  @Column({ type: 'text', name: 'phone_e164', nullable: true })
  phoneE164: string | null;

  @Column({ type: 'timestamptz', name: 'phone_verified_at', nullable: true })
  phoneVerifiedAt: Date | null;

  /** Weekly slots in `timeZone`; null (or empty) means any time. */
  @Column({ type: 'jsonb', nullable: true })
  schedule: ScheduleSlot[] | null;

  @Column({ type: 'timestamptz', name: 'paused_until', nullable: true })
  pausedUntil: Date | null;

  @Column({ type: 'boolean', name: 'paused_indefinitely', default: false })
  pausedIndefinitely: boolean;

  /** Lower-case language codes (BCP 47, e.g. "en", "pt-br") the creator speaks on calls. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages: string[];

  /** The profile photo's variants, kept here by the photos module so a directory page reads no other table. */
  @Column({ type: 'jsonb', nullable: true })
  photo: PhotoSummary | null;

  /** Visible reviews: their number and average rating, kept here by the reviews module. */
  @Column({ type: 'int', name: 'rating_count', default: 0 })
  ratingCount: number;

  @Column({ type: 'numeric', name: 'rating_average', precision: 3, scale: 2, nullable: true })
  ratingAverage: string | null;

  /** Overrides COMMISSION_BPS for this creator when set. */
  @Column({ type: 'int', name: 'commission_bps', nullable: true })
  commissionBps: number | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
