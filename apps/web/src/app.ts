import { defineComponent, h, onErrorCaptured, ref, watch } from 'vue';
import { RouterView, useRoute, useRouter } from 'vue-router';
import { useI18n } from 'vue-i18n';
import { navigating, routeLoadFailed } from './router';

/**
 * The root: the current page, a thin bar while a page's code loads, and, instead of a blank screen,
 * a message with a retry button when a page could not load or crashed.
 */
export const App = defineComponent({
  name: 'PortalApp',
  setup() {
    const { t } = useI18n();
    const crashed = ref(false);
    const route = useRoute();
    const router = useRouter();
    // The way back from an error: the home of the part of the app the person was in.
    const goHome = () => {
      crashed.value = false;
      routeLoadFailed.value = false;
      const path = route.path;
      void router.push(
        path.startsWith('/lawyer') ? '/lawyer' : path.startsWith('/console') ? '/console' : '/',
      );
    };
    onErrorCaptured((err) => {
      console.error(err);
      crashed.value = true;
      return false;
    });
    watch(
      () => route.fullPath,
      () => {
        crashed.value = false;
      },
    );
    return () => [
      navigating.value
        ? h('div', { class: 'route-progress', role: 'progressbar', 'aria-label': t('app.loading') })
        : null,
      crashed.value || routeLoadFailed.value
        ? h('div', { class: 'fatal', role: 'alert' }, [
            h('p', navigator.onLine ? t('errors.unknown') : t('errors.NETWORK')),
            h(
              'button',
              { class: 'fatal-retry', type: 'button', onClick: () => location.reload() },
              t('app.retry'),
            ),
            h(
              'button',
              { class: 'fatal-retry fatal-home', type: 'button', onClick: goHome },
              t('app.goHome'),
            ),
          ])
        : h(RouterView),
    ];
  },
});
