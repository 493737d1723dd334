/**
 * The planner page's Content-Security-Policy: sent as a header by Electron's app:// protocol and
 * written as a <meta> into built pages (where `frame-ancestors` is ignored, so it is left out).
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // The ad server's REST API is wherever the user's organisation runs it.
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = [...directives, "frame-ancestors 'none'"].join('; ');
export const CONTENT_SECURITY_POLICY_META = directives.join('; ');
