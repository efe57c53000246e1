import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A Slack Web API stand-in on 127.0.0.1: records every call the app makes (Web API methods
 * under /api/, response_url posts under /response/) and answers ok, as Slack would, unless a
 * test has scripted a failure for the next call to a method.
 */
export { startSlackStandIn, type SlackStandIn, type RecordedCall, type ScriptedReply, BOT_USER_ID, BOT_ID };

const BOT_USER_ID = "UBOT0001";
const BOT_ID = "BBOT0001";

interface RecordedCall {
  /** Web API method ("chat.postMessage") or "response" for a response_url post. */
  method: string;
  /** Parsed arguments; JSON-valued form fields (blocks, view) are decoded. */
  args: Record<string, unknown>;
  path: string;
}

/** What Slack answers when it refuses a call, e.g. `{ body: { ok: false, error: "not_in_channel" } }`. */
interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

interface SlackStandIn {
  /** Base URL of the Web API, ending in "/api/". */
  apiUrl: string;
  /** A response_url that records what is posted to it. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** The next call to `method` ("chat.postMessage", or "response" for a response_url) gets `reply`. */
  failNext(method: string, reply: ScriptedReply): void;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseArgs(body: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) return JSON.parse(body || "{}") as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

let tsCounter = 0;

/** `socketUrl`: what apps.connections.open returns, for a Socket Mode stand-in. */
async function startSlackStandIn(options: { socketUrl?: string } = {}): Promise<SlackStandIn> {
  const calls: RecordedCall[] = [];
  const scripted = new Map<string, ScriptedReply[]>();
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = req.url ?? "/";
      const args = parseArgs(body, req.headers["content-type"] ?? "");
      const method = path.startsWith("/api/") ? path.slice("/api/".length).split("?")[0] ?? "" : "response";
      calls.push({ method, args, path });
      const failure = scripted.get(method)?.shift();
      if (failure !== undefined) {
        res.writeHead(failure.status ?? 200, { "content-type": "application/json", ...failure.headers });
        res.end(JSON.stringify(failure.body));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      if (method === "auth.test") {
        res.end(JSON.stringify({ ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: "T0001", user: "qa-bot" }));
      } else if (method === "apps.connections.open" && options.socketUrl !== undefined) {
        res.end(JSON.stringify({ ok: true, url: options.socketUrl }));
      } else if (method === "chat.postMessage") {
        tsCounter += 1;
        res.end(JSON.stringify({ ok: true, channel: args["channel"], ts: `1700000000.${String(tsCounter).padStart(6, "0")}` }));
      } else {
        res.end(JSON.stringify({ ok: true }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(method, reply) {
      scripted.set(method, [...(scripted.get(method) ?? []), reply]);
    },
    reset() {
      calls.splice(0, calls.length);
      scripted.clear();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
