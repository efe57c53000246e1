import { readFile } from "node:fs/promises";
import { App } from "@slack/bolt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { ACTION_IDS, BOT_EVENTS, COMMAND_HELP, createFileFeedbackStore, createRateLimiter, createSlackApp, SLACK_EVENTS_PATH, SLASH_COMMANDS } from "../../src/slack/index.js";
import { createFakeEngine } from "./fake-engine.js";

const ManifestSchema = z.object({
  display_information: z.object({ name: z.string().min(1), description: z.string().min(1) }),
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.literal(true), messages_tab_enabled: z.literal(true) }),
    bot_user: z.object({ display_name: z.string().min(1) }),
    slash_commands: z.array(
      z.object({
        command: z.string().max(32).regex(/^\/[a-z0-9_-]+$/),
        url: z.string().url(),
        description: z.string().min(1),
        usage_hint: z.string().optional(),
        should_escape: z.boolean(),
      }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.string().url(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.literal(true), request_url: z.string().url() }),
    socket_mode_enabled: z.boolean(),
  }),
});

describe("manifest.yml", async () => {
  const manifest = ManifestSchema.parse(parse(await readFile(new URL("../../manifest.yml", import.meta.url), "utf8")));

  it("declares exactly the slash commands the app registers, with their help text", () => {
    const declared = manifest.features.slash_commands;
    expect(declared.map((c) => c.command).sort()).toEqual(Object.values(SLASH_COMMANDS).sort());
    for (const [name, command] of Object.entries(SLASH_COMMANDS)) {
      const entry = declared.find((c) => c.command === command);
      const help = COMMAND_HELP[name as keyof typeof COMMAND_HELP];
      expect(entry?.description).toBe(help.description);
      expect(entry?.usage_hint ?? "").toBe(help.usageHint);
    }
  });

  it("has Slack send mentions and links in command text as markup, which questionFromSlackText drops or reads", () => {
    // With escaping off, "@jane" arrives as plain text and the engine abstains on the unknown name.
    for (const command of manifest.features.slash_commands) expect(command.should_escape).toBe(true);
  });

  it("subscribes to exactly the events the app handles, with the scopes they need", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...BOT_EVENTS].sort());
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(["app_mentions:read", "chat:write", "commands", "im:history", "im:read", "im:write"]);
  });

  it("sends every request to the receiver's one endpoint", () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
  });

  describe("against what createSlackApp actually registers with Bolt", () => {
    afterEach(() => vi.restoreAllMocks());

    function registered(): { commands: string[]; events: string[]; actions: string[] } {
      const commands = vi.spyOn(App.prototype, "command");
      const events = vi.spyOn(App.prototype, "event");
      const actions = vi.spyOn(App.prototype, "action");
      const now = () => 0;
      createSlackApp({
        engine: createFakeEngine(),
        config: { botToken: "xoxb-manifest", signingSecret: "manifest-secret", appToken: null, port: 0, host: "127.0.0.1", apiUrl: "http://127.0.0.1:9/api/", apiRetries: 0, rateLimit: { burst: 1, perMinute: 1 }, feedbackDir: "unused" },
        feedback: createFileFeedbackStore("unused"),
        now,
        log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
        limiter: createRateLimiter({ burst: 1, perMinute: 1, now }),
      });
      // Listeners registered by id; the catch-all for unknown buttons is registered by a constraint object.
      const names = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((call) => call[0]).filter((id): id is string => typeof id === "string").sort();
      return { commands: names(commands), events: names(events), actions: names(actions) };
    }

    it("has a listener for every declared command and declares every command with a listener", () => {
      expect(registered().commands).toEqual(manifest.features.slash_commands.map((c) => c.command).sort());
    });

    it("has a listener for every subscribed event and subscribes to every event with a listener", () => {
      // Bolt listens for `message`; the listener answers DMs only, which Slack delivers as message.im.
      const asSubscribed = registered().events.map((event) => (event === "message" ? "message.im" : event));
      expect(asSubscribed.sort()).toEqual([...manifest.settings.event_subscriptions.bot_events].sort());
    });

    it("has a listener for every button the renderer emits", () => {
      expect(registered().actions).toEqual(Object.values(ACTION_IDS).sort());
    });
  });
});

