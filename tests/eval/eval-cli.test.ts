import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

function runEval(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ["src/cli/eval.ts", ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

// Bad input must give one clear line and exit 2 before any index is opened.
describe.concurrent("npm run eval: bad input", () => {
  it("rejects a missing argument with the usage", async () => {
    const run = await runEval([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage:");
  });

  it("names a file that cannot be read", async () => {
    const run = await runEval(["no-such-questions.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("eval: cannot read no-such-questions.json (ENOENT)");
  });

  it("names the file and item of a schema error, without a stack trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "eval-cli-"));
    const file = join(dir, "bad.json");
    await writeFile(file, JSON.stringify([{ id: "x1", question: "q?", kind: "number", docs: [], must_contain: [], answer: "a" }]));
    const run = await runEval([file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: item 1 (id x1): docs:`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
