// Launches Debian's Chromium through playwright-core with a fresh profile; tells whether
// the browser is missing (a skip locally, a failure on CI).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why browser tests cannot run here, or null when they can. On CI a missing browser is an error. */
export function browserMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const message = `${CHROMIUM} is missing: install it with \`apt-get install chromium\``;
  if (process.env.CI === 'true') throw new Error(message);
  return message;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(viewport = { width: 1920, height: 1080 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'orgflow-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
