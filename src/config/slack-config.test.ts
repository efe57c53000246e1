import { describe, expect, it } from "vitest";
import { parseSlackConfig } from "./slack-config.js";

const secret = "8f742231b10e8888abcd99yyyzzz85a5";

describe("parseSlackConfig", () => {
  it("returns null when no Slack variable is set, so the terminal chat runs", () => {
    expect(parseSlackConfig({ PORT: "4000", SLACK_BOT_TOKEN: " " })).toEqual({ ok: true, config: null });
  });

  it("reads HTTP mode with defaults", () => {
    const result = parseSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: secret });
    expect(result).toEqual({
      ok: true,
      config: {
        botToken: "xoxb-1-2-abc",
        signingSecret: secret,
        appToken: null,
        port: 3000,
        host: null,
        apiUrl: null,
        apiRetries: null,
        rateLimit: { burst: 5, perMinute: 10 },
        feedbackDir: "feedback",
      },
    });
  });

  it("switches to Socket Mode with an app token and needs no signing secret", () => {
    const result = parseSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-A" });
    expect(result.ok && result.config?.appToken).toBe("xapp-1-A");
  });

  it("normalises the API URL and retries nothing against a local stand-in", () => {
    const result = parseSlackConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: "http://127.0.0.1:9999/api",
      PORT: "0",
    });
    expect(result.ok && result.config).toMatchObject({ apiUrl: "http://127.0.0.1:9999/api/", apiRetries: 0, port: 0 });
  });

  it("names every bad variable at once and never echoes secret values", () => {
    const result = parseSlackConfig({
      SLACK_BOT_TOKEN: "xoxp-user-token-value",
      SLACK_APP_TOKEN: "not-an-app-token-value",
      PORT: "70000",
      SLACK_API_URL: "ftp://x",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join("\n");
    for (const name of ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "PORT", "SLACK_API_URL"]) expect(text).toContain(name);
    expect(text).not.toContain("xoxp-user-token-value");
    expect(text).not.toContain("not-an-app-token-value");
  });

  it("requires the bot token and, in HTTP mode, the signing secret", () => {
    const result = parseSlackConfig({ SLACK_SIGNING_SECRET: secret });
    expect(result).toEqual({ ok: false, errors: ["config: SLACK_BOT_TOKEN is required to run the Slack bot"] });
    const noSecret = parseSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1" });
    expect(!noSecret.ok && noSecret.errors.join()).toContain("SLACK_SIGNING_SECRET");
  });
});
