/** Where the preview server listens during browser tests; E2E_PORT and E2E_DIST let several runs share a machine. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_DIST = process.env.E2E_DIST ?? 'dist';
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}/`;
