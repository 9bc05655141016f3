/**
 * Registers the service worker of the build (vite-plugin-pwa writes `/sw.js`; see vite.config.mts),
 * once the page has loaded, so it never competes with the first paint on a slow network. Skipped in
 * development (Vite's dev server has no sw.js) and where the browser has no service workers (plain
 * HTTP on a LAN address): the app then works as before, online only.
 */
export function registerServiceWorker(): void {
  // MODE, not PROD: a build run with NODE_ENV=test (the browser tests') is still a build with a sw.js.
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator) || !window.isSecureContext)
    return;
  const register = () =>
    void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((err: unknown) => {
      console.warn('service worker not registered', err);
    });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
