// The app's Content-Security-Policy, in one place: the build puts it in the page's meta tag
// (vite.config.ts), and the README gives deployers the same policy as an HTTP header for nginx,
// Apache and IIS (tests/security-policy.test.ts checks they match). Only a header covers the
// workers (a worker takes its policy from the response that served its script, not from the page)
// and can say frame-ancestors; a meta tag cannot.
//
// Defence in depth for "police data never leaves the machine": the page may only talk to its own
// origin. Only in the build, because the dev server injects inline scripts.
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** For the page's meta tag. */
export const META_POLICY = DIRECTIVES.join("; ");

/** For the Content-Security-Policy header: the same, and no page may frame the app. */
export const HEADER_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join("; ");

/** Every header a deployment should send, with its value. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["Content-Security-Policy", HEADER_POLICY],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
];
