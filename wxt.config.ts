import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The id Firefox knows the add-on by; the e2e tests pin the internal UUID for it. */
export const GECKO_ID = 'sourcelight@sourcelight.dev';

/** Anything broader than what the features need would be a permission the user is asked to trust for nothing. */
export const PERMISSIONS = ['storage', 'activeTab', 'scripting'];
/** Requested one site at a time, when the user clicks "Always scan this site". */
export const OPTIONAL_HOST_PERMISSIONS = ['*://*/*'];
/** Only the extension's own scripts run in its pages: no remote code, no eval, no plugins. */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'";

const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' };

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Sourcelight',
    description:
      'Highlights who stands behind each claim in a news article: anonymous sources, officials, named people and documents. Nothing leaves your browser.',
    permissions: [...PERMISSIONS],
    ...(manifestVersion === 3
      ? { optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS] }
      : { optional_permissions: [...OPTIONAL_HOST_PERMISSIONS] }),
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    icons,
    action: { default_title: 'Sourcelight', default_icon: icons },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlights on or off',
      },
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next claim',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous claim',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              // Firefox asks every new add-on to declare what it collects: nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['**/*.test.*', 'tests/**', 'harness/**', 'docs/**', 'bench/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'coverage/**'],
  },
});
