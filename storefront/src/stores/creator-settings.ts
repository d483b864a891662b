import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { request } from '../graphql/client';
import {
  confirmPhoneVerificationMutation,
  disableCallsMutation,
  enableCallsMutation,
  myCreatorSettingsQuery,
  pauseCallsMutation,
  resumeCallsMutation,
  setAvailabilityScheduleMutation,
  startPhoneVerificationMutation,
  updateCallSettingsMutation,
  updateCreatorProfileMutation,
} from '../graphql/creator-settings-documents';
import type { CreatorSettingsFieldsFragment, ScheduleSlotInput, StartPhoneVerificationMutation, UpdateCreatorProfileInput } from '../graphql/generated/graphql';
import { useAvailabilityStore } from './availability';

export type CreatorSettings = CreatorSettingsFieldsFragment;
export type PhoneVerificationSent = StartPhoneVerificationMutation['startPhoneVerification'];

/**
 * The signed-in creator's own settings (calls and price, phone, pauses, weekly hours, profile) and the
 * actions that change them. The dashboard and the settings page show them; every change answers with the
 * new settings, which replace these, and with the availability fans now see. Actions throw ApiError.
 */
export const useCreatorSettingsStore = defineStore('creator-settings', () => {
  const availabilityStore = useAvailabilityStore();
  const settings = shallowRef<CreatorSettings | null>(null);

  const creator = computed(() => settings.value?.creator ?? null);
  const availability = computed(() => (creator.value ? availabilityStore.of(creator.value.id, creator.value.availability) : null));

  function updated(next: CreatorSettings): CreatorSettings {
    settings.value = next;
    availabilityStore.remember(next.creator.id, next.creator.availability);
    return next;
  }

  /** Reads the settings afresh (a page showing them opens with this; until it answers, there are none). */
  async function load(): Promise<CreatorSettings> {
    settings.value = null;
    return updated((await request(myCreatorSettingsQuery, {})).myCreatorSettings);
  }

  const enableCalls = async (pricePerMinute: number) => updated((await request(enableCallsMutation, { pricePerMinute })).enableCalls);
  const updatePrice = async (pricePerMinute: number) => updated((await request(updateCallSettingsMutation, { pricePerMinute })).updateCallSettings);
  const disableCalls = async () => updated((await request(disableCallsMutation, {})).disableCalls);
  const updateProfile = async (input: UpdateCreatorProfileInput) => updated((await request(updateCreatorProfileMutation, { input })).updateCreatorProfile);

  /** Pauses calls for `minutes`, or until resumed when null. */
  const pause = async (minutes: number | null) => updated((await request(pauseCallsMutation, minutes ? { minutes } : { untilResumed: true })).pauseCalls);
  const resume = async () => updated((await request(resumeCallsMutation, {})).resumeCalls);

  /** Sends a code by SMS to `phone`; the settings then show the pending verification. */
  async function startPhoneVerification(phone: string): Promise<PhoneVerificationSent> {
    const { startPhoneVerification: sent } = await request(startPhoneVerificationMutation, { phone });
    if (settings.value) settings.value = { ...settings.value, pendingPhoneVerification: sent };
    return sent;
  }

  const confirmPhoneVerification = async (code: string) => updated((await request(confirmPhoneVerificationMutation, { code })).confirmPhoneVerification);

  /** The weekly hours, in `timeZone`; no slots means any time. */
  const setSchedule = async (timeZone: string, slots: ScheduleSlotInput[]) =>
    updated((await request(setAvailabilityScheduleMutation, { timeZone, slots })).setAvailabilitySchedule);

  return {
    settings,
    creator,
    availability,
    load,
    enableCalls,
    updatePrice,
    disableCalls,
    updateProfile,
    pause,
    resume,
    startPhoneVerification,
    confirmPhoneVerification,
    setSchedule,
  };
});
