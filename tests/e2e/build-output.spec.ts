import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from './support/launch-extension';
import { CONTENT_SCRIPT_FILE, OVERLAY_SCRIPT_FILE } from '../../lib/sites/user-site-scripts';
import { CONSOLE_MATCHES } from '../../lib/model/console-sites';

// The built manifest is what users install: its permissions must stay the ones README explains.
test('the manifest asks for no more than README explains, and user sites reuse the built content script', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.default_locale).toBe('zh_CN');
  expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  // Two content scripts on the same hosts: the capture in every frame, the badge's host in the top frame only.
  const scripts = manifest.content_scripts as { matches: string[]; js: string[]; all_frames?: boolean }[];
  expect(scripts.map((s) => s.js).sort()).toEqual([[CONTENT_SCRIPT_FILE], [OVERLAY_SCRIPT_FILE]]);
  const capture = scripts.find((s) => s.js[0] === CONTENT_SCRIPT_FILE)!;
  const overlay = scripts.find((s) => s.js[0] === OVERLAY_SCRIPT_FILE)!;
  expect(capture.matches.sort()).toEqual([...CONSOLE_MATCHES].sort());
  expect(capture).toMatchObject({ all_frames: true, match_about_blank: true, match_origin_as_fallback: true });
  expect(overlay.matches.sort()).toEqual([...CONSOLE_MATCHES].sort());
  expect(overlay.all_frames ?? false).toBe(false);
  for (const file of [CONTENT_SCRIPT_FILE, OVERLAY_SCRIPT_FILE]) expect(existsSync(path.join(EXTENSION_DIR, file)), file).toBe(true);
  // Only the badge page may be framed by web pages; it shows nothing unless the background accepts its port.
  expect(manifest.web_accessible_resources.flatMap((r: { resources: string[] }) => r.resources)).toEqual(['overlay.html']);
});

test('every message key exists in both locales', () => {
  const zh = JSON.parse(readFileSync(path.join(EXTENSION_DIR, '_locales/zh_CN/messages.json'), 'utf8'));
  const en = JSON.parse(readFileSync(path.join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8'));
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  for (const key of Object.keys(zh)) {
    expect(zh[key].message.trim(), key).not.toBe('');
    expect(en[key].message.trim(), key).not.toBe('');
  }
});
