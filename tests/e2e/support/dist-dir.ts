/** The build the e2e suites serve: dist/ unless E2E_DIST names another (so parallel work can test its own build). */
export const DIST_DIR = process.env['E2E_DIST'] ?? 'dist';
