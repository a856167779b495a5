// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';
import { NEWS_SITE_MATCHES } from '../utils/extension/newsSites';

/**
 * Builds both extensions into a temporary folder and reads the manifests the browsers will get, so a permission
 * added or lost anywhere (config, a WXT module, an entrypoint option) fails here.
 */
const root = resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(join(tmpdir(), 'sourcelight-manifest-'));
const manifests: Record<string, any> = {};
const ignore = () => {};
const quietLogger = { debug: ignore, log: ignore, info: ignore, success: ignore, warn: console.warn, error: console.error, fatal: console.error, level: 3 };

beforeAll(async () => {
  for (const browser of ['chrome', 'firefox']) {
    await build({ root, browser, outDir, logger: quietLogger });
  }
  manifests.chrome = JSON.parse(readFileSync(join(outDir, 'chrome-mv3/manifest.json'), 'utf8'));
  manifests.firefox = JSON.parse(readFileSync(join(outDir, 'firefox-mv2/manifest.json'), 'utf8'));
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const CSP = "script-src 'self'; object-src 'self'";
const COMMANDS = ['next-claim', 'previous-claim', 'toggle-highlights'];

describe('Chrome manifest (MV3)', () => {
  it('asks for storage, activeTab and scripting only, with every site optional', () => {
    const manifest = manifests.chrome;
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('runs only its own code', () => {
    expect(manifests.chrome.content_security_policy).toEqual({ extension_pages: CSP });
  });

  it('has the keyboard shortcuts, each with a suggested key', () => {
    const { commands } = manifests.chrome;
    expect(Object.keys(commands).sort()).toEqual(COMMANDS);
    const keys = COMMANDS.map((name) => commands[name].suggested_key.default);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no Firefox-only keys', () => {
    expect(manifests.chrome.browser_specific_settings).toBeUndefined();
  });
});

describe('Firefox manifest (MV2)', () => {
  it('asks for storage, activeTab and scripting only, with every site optional', () => {
    const manifest = manifests.firefox;
    expect(manifest.manifest_version).toBe(2);
    // MV2 lists host permissions among the permissions: there must be none.
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toEqual(['*://*/*']);
  });

  it('runs only its own code', () => {
    expect(manifests.firefox.content_security_policy).toBe(CSP);
  });

  it('has the add-on id, the no-data-collection declaration, and minimum versions that read it', () => {
    expect(manifests.firefox.browser_specific_settings).toEqual({
      gecko: {
        id: 'sourcelight@sourcelight.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('has the keyboard shortcuts', () => {
    expect(Object.keys(manifests.firefox.commands).sort()).toEqual(COMMANDS);
  });
});

describe.each(['chrome', 'firefox'])('%s build', (browser) => {
  const dir = () => join(outDir, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');

  it('is named Sourcelight and says what it does', () => {
    expect(manifests[browser].name).toBe('Sourcelight');
    expect(manifests[browser].description).toMatch(/claim/);
  });

  it('runs the content script on the news sites and nowhere else', () => {
    const matches = manifests[browser].content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    expect([...matches].sort()).toEqual([...NEWS_SITE_MATCHES].sort());
    expect(matches).not.toContain('<all_urls>');
  });

  it('ships every icon it names', () => {
    const { icons } = manifests[browser];
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48', '96']);
    for (const file of Object.values<string>(icons)) expect(existsSync(join(dir(), file))).toBe(true);
  });

  it('gives the toolbar button its icons, title and popup', () => {
    const button = browser === 'chrome' ? manifests.chrome.action : manifests.firefox.browser_action;
    expect(button).toEqual({ default_title: 'Sourcelight', default_icon: manifests[browser].icons, default_popup: 'popup.html' });
  });

  it('loads no script from the network', () => {
    const html = readdirSync(dir()).filter((file) => file.endsWith('.html'));
    expect(html.sort()).toEqual(['options.html', 'popup.html']);
    for (const file of html) {
      const page = readFileSync(join(dir(), file), 'utf8');
      expect(page).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
      expect(page).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
    }
  });
});
