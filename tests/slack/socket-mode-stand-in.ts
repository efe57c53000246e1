import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

/**
 * Slack's side of a Socket Mode connection on 127.0.0.1: a minimal WebSocket server (RFC 6455,
 * text frames, ping and close) that greets with `hello`, pushes envelopes the test hands it and
 * records the acknowledgements the app sends back. Its `url` is what the Web API stand-in
 * returns from apps.connections.open.
 */
export { startSocketModeStandIn, type SocketModeStandIn, type Envelope };

interface Envelope {
  envelope_id: string;
  type: "events_api" | "slash_commands" | "interactive";
  payload: unknown;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

interface SocketModeStandIn {
  url: string;
  /** Resolves once a client has connected and been sent `hello`. */
  connected: Promise<void>;
  push(envelope: Envelope): void;
  /** Envelope ids the app acknowledged, in order. */
  acks: string[];
  close(): Promise<void>;
}

const WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const OPCODE = { text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigEndian64(length)]);
  return Buffer.concat([header, payload]);
}

function bigEndian64(n: number): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(BigInt(n));
  return out;
}

/** Splits complete client frames (always masked) off the front of `buffer`. */
function readFrames(buffer: Buffer): { frames: Array<{ opcode: number; payload: Buffer }>; rest: Buffer } {
  const frames: Array<{ opcode: number; payload: Buffer }> = [];
  let at = 0;
  for (;;) {
    if (buffer.length - at < 2) break;
    const opcode = (buffer[at] ?? 0) & 0x0f;
    let length = (buffer[at + 1] ?? 0) & 0x7f;
    let offset = at + 2;
    if (length === 126) {
      if (buffer.length < offset + 2) break;
      length = buffer.readUInt16BE(offset);
      offset += 2;
    } else if (length === 127) {
      if (buffer.length < offset + 8) break;
      length = Number(buffer.readBigUInt64BE(offset));
      offset += 8;
    }
    if (buffer.length < offset + 4 + length) break;
    const mask = buffer.subarray(offset, offset + 4);
    const payload = Buffer.from(buffer.subarray(offset + 4, offset + 4 + length));
    for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
    frames.push({ opcode, payload });
    at = offset + 4 + length;
  }
  return { frames, rest: buffer.subarray(at) };
}

async function startSocketModeStandIn(): Promise<SocketModeStandIn> {
  const acks: string[] = [];
  const sockets = new Set<Duplex>();
  let client: Duplex | undefined;
  let onConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const send = (socket: Duplex, opcode: number, payload: Buffer) => socket.write(frame(opcode, payload));

  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on("upgrade", (req, socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    const key = String(req.headers["sec-websocket-key"] ?? "");
    const accept = createHash("sha1").update(key + WEBSOCKET_GUID).digest("base64");
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const { opcode, payload } of frames) {
        if (opcode === OPCODE.ping) send(socket, OPCODE.pong, payload);
        else if (opcode === OPCODE.close) socket.end(frame(OPCODE.close, payload));
        else if (opcode === OPCODE.text) {
          const message = JSON.parse(payload.toString("utf8")) as { envelope_id?: unknown };
          if (typeof message.envelope_id === "string") acks.push(message.envelope_id);
        }
      }
    });
    client = socket;
    send(socket, OPCODE.text, Buffer.from(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0001" } })));
    onConnected();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/link`,
    connected,
    acks,
    push(envelope) {
      if (client === undefined) throw new Error("socket-mode stand-in: no client connected");
      send(client, OPCODE.text, Buffer.from(JSON.stringify(envelope)));
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
