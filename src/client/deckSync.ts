/**
 * Keeps the windows of one deck on the same slide (the projected classroom view and its presenter view): each move is
 * sent to the other windows of the same origin and deck, with no server, so it works offline and on any static host.
 * Transport: `BroadcastChannel`; where it is missing, the `storage` event of `localStorage` (other windows of the same
 * origin are told of each write). Where neither works (storage refused), sending does nothing: each window stays usable
 * on its own.
 */

/** A message between the windows of a deck. `go`: show slide `id`; `hello`: a window opened, tell it where we are. */
export type SyncMessage = { type: 'go'; id: string } | { type: 'hello' };

/** Sends and receives a deck's messages. */
export interface DeckSync {
  /** Sends a message to the deck's other windows (never to this one). */
  send(msg: SyncMessage): void;
  /** Stops listening. */
  close(): void;
}

/** Parses a received value; anything that is not a well-formed message gives null (ignored, silently). */
export function parseSyncMessage(v: unknown): SyncMessage | null {
  if (!v || typeof v !== 'object') return null;
  const m = v as Record<string, unknown>;
  if (m['type'] === 'hello') return { type: 'hello' };
  if (m['type'] === 'go' && typeof m['id'] === 'string' && m['id'].length > 0 && m['id'].length < 200) return { type: 'go', id: m['id'] };
  return null;
}

/**
 * Opens the channel named `name` (one per deck and locale, e.g. `cc-deck:/fr/classe/`).
 * @param onMessage called with each well-formed message from another window
 */
export function openDeckSync(name: string, onMessage: (msg: SyncMessage) => void): DeckSync {
  if (typeof BroadcastChannel === 'function') {
    const ch = new BroadcastChannel(name);
    ch.onmessage = (e: MessageEvent) => {
      const m = parseSyncMessage(e.data);
      if (m) onMessage(m);
    };
    return { send: (msg) => ch.postMessage(msg), close: () => ch.close() };
  }
  // Fallback: the storage event fires in the OTHER windows of the origin. A counter makes each write a change.
  let n = 0;
  const onStorage = (e: StorageEvent) => {
    if (e.key !== name || !e.newValue) return;
    try {
      const m = parseSyncMessage(JSON.parse(e.newValue));
      if (m) onMessage(m);
    } catch {
      /* not ours or malformed: ignore */
    }
  };
  window.addEventListener('storage', onStorage);
  return {
    send: (msg) => {
      try {
        localStorage.setItem(name, JSON.stringify({ ...msg, n: `${Date.now()}-${(n += 1)}-${Math.random()}` }));
      } catch {
        /* storage refused (private mode, quota): this window goes on alone */
      }
    },
    close: () => window.removeEventListener('storage', onStorage),
  };
}
