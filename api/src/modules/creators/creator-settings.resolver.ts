import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { OwnTransaction } from '../../common/transaction.middleware';
import { Role } from '../identity';
import { ScheduleSlotInput, UpdateCreatorProfileInput } from './creator.inputs';
import { CreatorService, PAUSE_MINUTES } from './creator.service';
import { CreatorSettingsView, PhoneVerificationView } from './creator.types';
import { PhoneVerificationService } from './phone-verification.service';

const SMS_OUTSIDE =
  'the SMS provider is called between units of work (a network call, or the dev outbox on its own connection), and a counted attempt must commit even when the code is refused';

/** A creator's own profile, call settings, phone, hours and pauses. CREATOR accounts only. */
@Resolver()
export class CreatorSettingsResolver {
  constructor(
    private readonly creators: CreatorService,
    private readonly phoneVerification: PhoneVerificationService,
  ) {}

  @Authorized(Role.CREATOR)
  @Query(() => CreatorSettingsView, { description: 'CREATOR only: your own profile and call settings.' })
  myCreatorSettings(@Ctx() ctx: RequestContext): Promise<CreatorSettingsView> {
    return this.creators.mySettings(ctx);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => CreatorSettingsView, { description: 'CREATOR only: changes your bio, picture, tags or time zone.' })
  updateCreatorProfile(
    @Arg('input', () => UpdateCreatorProfileInput, { description: 'The fields to change.' }) input: UpdateCreatorProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorSettingsView> {
    return this.creators.updateProfile(ctx, input);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => CreatorSettingsView, { description: 'CREATOR only: turns calls on at a price per minute. Needs a verified phone; ends any pause.' })
  enableCalls(
    @Arg('pricePerMinute', () => Int, { description: 'Whole tokens per minute, within the platform’s minimum and maximum.' }) pricePerMinute: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorSettingsView> {
    return this.creators.enableCalls(ctx, pricePerMinute);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => CreatorSettingsView, { description: 'CREATOR only: changes the price of future calls; calls already started keep theirs.' })
  updateCallSettings(
    @Arg('pricePerMinute', () => Int, { description: 'Whole tokens per minute, within the platform’s minimum and maximum.' }) pricePerMinute: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorSettingsView> {
    return this.creators.updateCallSettings(ctx, pricePerMinute);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => CreatorSettingsView, { description: 'CREATOR only: turns calls off (fans see OFF).' })
  disableCalls(@Ctx() ctx: RequestContext): Promise<CreatorSettingsView> {
    return this.creators.disableCalls(ctx);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => CreatorSettingsView, {
    description: `CREATOR only: pauses calls for \`minutes\` (${PAUSE_MINUTES.min}–${PAUSE_MINUTES.max}; ends by itself) or \`untilResumed\`; give exactly one. Replaces a running pause.`,
  })
  pauseCalls(
    @Arg('minutes', () => Int, { nullable: true, description: `Length of the pause, ${PAUSE_MINUTES.min} minutes to 24 hours.` }) minutes: number | null,
    @Arg('untilResumed', () => Boolean, { nullable: true, description: 'True: pause until resumeCalls.' }) untilResumed: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorSettingsView> {
    return this.creators.pauseCalls(ctx, { minutes, untilResumed });
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => CreatorSettingsView, { description: 'CREATOR only: ends a pause now.' })
  resumeCalls(@Ctx() ctx: RequestContext): Promise<CreatorSettingsView> {
    return this.creators.resumeCalls(ctx);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => CreatorSettingsView, {
    description:
      'CREATOR only: replaces your weekly hours and their time zone. Slots may cross midnight; overlapping or malformed slots are refused. No slots means any time.',
  })
  setAvailabilitySchedule(
    @Arg('timeZone', { description: 'IANA time zone the slots are in, e.g. "Europe/Berlin".' }) timeZone: string,
    @Arg('slots', () => [ScheduleSlotInput], { description: 'Weekly slots (at most 50).' }) slots: ScheduleSlotInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorSettingsView> {
    return this.creators.setAvailabilitySchedule(ctx, timeZone, slots);
  }

  @Authorized(Role.CREATOR)
  @OwnTransaction(SMS_OUTSIDE)
  @Mutation(() => PhoneVerificationView, {
    description: 'CREATOR only: sends a 6-digit code by SMS to this number. Codes expire after 10 minutes; at most 5 codes an hour (RATE_LIMITED).',
  })
  startPhoneVerification(
    @Arg('phone', { description: 'Mobile number in international format, e.g. "+49 151 23456789".' }) phone: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PhoneVerificationView> {
    return this.phoneVerification.start(ctx, phone);
  }

  @Authorized(Role.CREATOR)
  @OwnTransaction(SMS_OUTSIDE)
  @Mutation(() => CreatorSettingsView, {
    description: 'CREATOR only: confirms the code from the SMS; the number becomes your verified phone. At most 5 wrong codes per code.',
  })
  async confirmPhoneVerification(
    @Arg('code', { description: 'The code from the SMS.' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorSettingsView> {
    await this.phoneVerification.confirm(ctx, code);
    return this.creators.mySettings(ctx);
  }
}
