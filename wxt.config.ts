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
const toolbarButton = { default_title: 'Sourcelight', default_icon: icons };

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
    // WXT turns `action` into MV2's browser_action for Firefox but keeps only its title, so each is given whole.
    ...(manifestVersion === 3 ? { action: toolbarButton } : { browser_action: toolbarButton }),
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
              // The first releases that read data_collection_permissions (desktop 140 ESR, Android 142).
              strict_min_version: '140.0',
              // Firefox asks every new add-on to declare what it collects: nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['**/*.test.*', 'tests/**', 'harness/**', 'docs/**', 'bench/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'coverage/**'],
  },
});
