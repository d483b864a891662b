import { createRouter, createWebHistory, type RouteLocationRaw } from 'vue-router';
import type { Pinia } from 'pinia';
import { watch } from 'vue';
import type { Role } from './graphql/generated/graphql';
import { safeNext } from './safe-next';
import { useSessionStore } from './stores/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Signed-out visitors are sent to /login?next=… */
    requiresAuth?: boolean;
    /** Signed-in accounts are sent on to their home (log-in and sign-up pages). */
    guestOnly?: boolean;
    /** Only these roles; others are sent home. */
    roles?: Role[];
    title?: string;
  }
}

export function createAppRouter(pinia: Pinia) {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      // Signed out, home is the landing page (18+ confirmation, how calls work, the directory one click away).
      { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { title: 'Home' } },
      { path: '/login', name: 'login', component: () => import('./pages/LogInPage.vue'), meta: { guestOnly: true, title: 'Log in' } },
      { path: '/signup', name: 'signup', component: () => import('./pages/SignUpPage.vue'), meta: { guestOnly: true, title: 'Sign up' } },
      { path: '/creators', name: 'creators', component: () => import('./pages/CreatorsPage.vue'), meta: { title: 'Creators' } },
      { path: '/creators/:handle', name: 'creator', component: () => import('./pages/CreatorProfilePage.vue'), meta: { title: 'Creator' } },
      {
        path: '/call/:callId',
        name: 'call',
        component: () => import('./pages/CallPage.vue'),
        meta: { requiresAuth: true, roles: ['FAN', 'CREATOR'], title: 'Call' },
      },
      { path: '/answer/:callId', name: 'answer', component: () => import('./pages/AnswerLinkPage.vue'), meta: { title: 'Incoming call' } },
      {
        path: '/messages',
        name: 'conversations',
        component: () => import('./pages/ConversationsPage.vue'),
        meta: { requiresAuth: true, roles: ['FAN', 'CREATOR'], title: 'Messages' },
      },
      {
        path: '/messages/:conversationId',
        name: 'conversation',
        component: () => import('./pages/ChatPage.vue'),
        meta: { requiresAuth: true, roles: ['FAN', 'CREATOR'], title: 'Chat' },
      },
      {
        path: '/messages/with/:creatorId',
        name: 'conversation-with',
        component: () => import('./pages/ChatPage.vue'),
        meta: { requiresAuth: true, roles: ['FAN'], title: 'Chat' },
      },
      { path: '/wallet', name: 'wallet', component: () => import('./pages/WalletPage.vue'), meta: { requiresAuth: true, roles: ['FAN'], title: 'Wallet' } },
      {
        path: '/wallet/receipts/:purchaseId',
        name: 'receipt',
        component: () => import('./pages/ReceiptPage.vue'),
        meta: { requiresAuth: true, roles: ['FAN'], title: 'Receipt' },
      },
      {
        path: '/settings',
        name: 'settings',
        component: () => import('./pages/CreatorSettingsPage.vue'),
        meta: { requiresAuth: true, roles: ['CREATOR'], title: 'Call settings' },
      },
      {
        path: '/earnings',
        name: 'earnings',
        component: () => import('./pages/EarningsPage.vue'),
        meta: { requiresAuth: true, roles: ['CREATOR', 'AGENCY'], title: 'Earnings' },
      },
      {
        path: '/agency',
        name: 'agency',
        component: () => import('./pages/AgencyPage.vue'),
        meta: { requiresAuth: true, roles: ['AGENCY'], title: 'Agency panel' },
      },
      {
        path: '/developers',
        name: 'developers',
        component: () => import('./pages/DevelopersPage.vue'),
        meta: { requiresAuth: true, title: 'Developers' },
      },
      { path: '/developers/docs', name: 'developers-docs', component: () => import('./pages/DevelopersDocsPage.vue'), meta: { title: 'Partner quick-start' } },
      { path: '/dev/outbox', name: 'dev-outbox', component: () => import('./pages/DevOutboxPage.vue'), meta: { title: 'Dev outbox' } },
      {
        path: '/forgot-password',
        name: 'forgot-password',
        component: () => import('./pages/ForgotPasswordPage.vue'),
        meta: { title: 'Forgot password' },
      },
      { path: '/reset-password', name: 'reset-password', component: () => import('./pages/ResetPasswordPage.vue'), meta: { title: 'New password' } },
      { path: '/verify-email', name: 'verify-email', component: () => import('./pages/VerifyEmailPage.vue'), meta: { title: 'Confirm your email' } },
      {
        path: '/account',
        name: 'account',
        component: () => import('./pages/AccountSettingsPage.vue'),
        meta: { requiresAuth: true, title: 'Account settings' },
      },
      {
        path: '/account/delete',
        name: 'delete-account',
        component: () => import('./pages/DeleteAccountPage.vue'),
        meta: { requiresAuth: true, roles: ['FAN', 'CREATOR'], title: 'Delete account' },
      },
      {
        path: '/account/deleted',
        name: 'account-deleted',
        component: () => import('./pages/AccountDeletedPage.vue'),
        meta: { title: 'Account deleted' },
      },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { title: 'Page not found' } },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });

  const session = useSessionStore(pinia);

  router.beforeEach((to): RouteLocationRaw | true => {
    if (to.meta.requiresAuth && !session.isSignedIn) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
    if (to.meta.guestOnly && session.isSignedIn) return safeNext(to.query.next);
    if (to.meta.roles && session.account && !to.meta.roles.includes(session.account.role)) return { name: 'home' };
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
