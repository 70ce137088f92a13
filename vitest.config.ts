import { defineConfig } from 'vitest/config';

// Unit tests: pure modules (seeds, formats, scenes). Timezone and locale are pinned so results match on any machine.
process.env.TZ = 'UTC';
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
  },
});
