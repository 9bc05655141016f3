import { createApp } from 'vue';
import { App } from './app';
import { i18n, initialLocale, setLocale } from './i18n';
import { router } from './router';
import './shared/prefs';
import { registerServiceWorker } from './shared/service-worker';
import './shared/base.css';

const app = createApp(App);
app.use(i18n);
app.use(router);
void setLocale(initialLocale).finally(() => app.mount('#app'));
registerServiceWorker();
