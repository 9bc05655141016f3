/// <reference types="vite/client" />

// Vant's icon font, split off by apps/web/vite.config.mts and loaded once a phone page shows.
declare module 'virtual:vant-icon-font.css';
