import { onBeforeUnmount, watch, type Ref } from 'vue';

/** Keeps the tab's title naming what the page shows ("Ava Stone · Minutely"), once it is known. */
export function usePageTitle(title: Ref<string | null | undefined>): void {
  const stop = watch(
    title,
    (value) => {
      if (value) document.title = `${value} · Minutely`;
    },
    { immediate: true },
  );
  onBeforeUnmount(stop);
}
