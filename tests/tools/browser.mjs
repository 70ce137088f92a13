/**
 * Where to find Chromium: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` when present, else Playwright's own
 * browser (undefined lets Playwright use the one it downloaded). Shared by the Playwright config and the tools.
 */
import { existsSync } from 'node:fs';

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return undefined;
}

/** Flags for a closed network (no background requests). */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];
