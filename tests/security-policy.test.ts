// The deployer's header configurations in the README carry exactly the app's policy and headers
// (src/security-policy.ts), so the documentation cannot drift from the code.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { HEADER_POLICY, META_POLICY, SECURITY_HEADERS } from "../src/security-policy";

const readme = readFileSync(resolve(import.meta.dirname, "../README.md"), "utf8");

function block(language: string): string {
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "u").exec(readme);
  if (!match) throw new Error(`no ${language} block in the README`);
  return match[1] as string;
}

const SERVERS: [string, (name: string) => RegExp][] = [
  ["nginx", (name) => new RegExp(`^add_header ${name} "([^"]*)" always;$`, "mu")],
  ["apache", (name) => new RegExp(`^Header always set ${name} "([^"]*)"$`, "mu")],
  ["xml", (name) => new RegExp(`<add name="${name}" value="([^"]*)" />`, "u")],
];

describe("security headers", () => {
  it.each(SERVERS)(
    "the README's %s configuration sends every header with the app's value",
    (server, line) => {
      const text = block(server);
      for (const [name, value] of SECURITY_HEADERS) expect(line(name).exec(text)?.[1], name).toBe(value);
    },
  );

  it("the header policy is the meta tag's, with frame-ancestors 'none' and form-action 'none'", () => {
    expect(HEADER_POLICY).toBe(`${META_POLICY}; frame-ancestors 'none'`);
    expect(META_POLICY).toContain("form-action 'none'");
    expect(META_POLICY).not.toContain("frame-ancestors");
  });
});
