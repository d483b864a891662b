import { createRouter, createWebHistory, type RouteLocationRaw } from 'vue-router';
import type { Pinia } from 'pinia';
import { watch } from 'vue';
import { useSessionStore } from './stores/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Signed-out visitors are sent to /login?next=… */
    requiresAuth?: boolean;
    /** Signed-in accounts are sent on to their home (log-in and sign-up pages). */
    guestOnly?: boolean;
    title?: string;
  }
}

export function createAppRouter(pinia: Pinia) {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { requiresAuth: true, title: 'Home' } },
      { path: '/login', name: 'login', component: () => import('./pages/LogInPage.vue'), meta: { guestOnly: true, title: 'Log in' } },
      { path: '/signup', name: 'signup', component: () => import('./pages/SignUpPage.vue'), meta: { guestOnly: true, title: 'Sign up' } },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });

  const session = useSessionStore(pinia);

  router.beforeEach((to): RouteLocationRaw | true => {
    if (to.meta.requiresAuth && !session.isSignedIn) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
    if (to.meta.guestOnly && session.isSignedIn) return safeNext(to.query.next);
    return true;
  });

  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · Minutely` : 'Minutely';
  });

  // The session can end outside navigation (log-out in another tab, refused renewal, suspension).
  watch(
    () => session.isSignedIn,
    (signedIn) => {
      const current = router.currentRoute.value;
      if (!signedIn && current.meta.requiresAuth) void router.replace({ name: 'login', query: current.fullPath === '/' ? {} : { next: current.fullPath } });
    },
  );

  return router;
}

/** Only same-site paths are followed after log-in: `next=//evil.example` must not leave Minutely. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
