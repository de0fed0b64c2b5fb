/** The admin token of the receiver the browser tests post to (web-test-runner.config.js): tests read back what they sent with it. */
export const ADMIN_TOKEN = 'browser-tests-admin-token';
export const asAdmin = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };
