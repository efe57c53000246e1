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

describe.concurrent("npm run eval: floors", () => {
  it("names a floors file with a bad field, before opening any index", async () => {
    const dir = await mkdtemp(join(tmpdir(), "eval-floors-"));
    const file = join(dir, "floors.json");
    await writeFile(file, JSON.stringify({ hitAt1: 1.5, hitAt3: 0.9, abstention: 0.5, falseAbstentionMax: 0.1, exactFigures: 0.5 }));
    const run = await runEval(["tests/eval/qa-sample.json", "--check", "--floors", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`eval: floors ${file}: hitAt1:`);
  });

  it("fails the check below a floor and passes at a floor of zero", async () => {
    const dir = await mkdtemp(join(tmpdir(), "eval-floors-"));
    const impossible = join(dir, "impossible.json");
    const zero = join(dir, "zero.json");
    await writeFile(impossible, JSON.stringify({ hitAt1: 1, hitAt3: 1, abstention: 1, falseAbstentionMax: 0, exactFigures: 1 }));
    await writeFile(zero, JSON.stringify({ hitAt1: 0, hitAt3: 0, abstention: 0, falseAbstentionMax: 1, exactFigures: 0 }));
    const questions = join(dir, "questions.json");
    await writeFile(
      questions,
      JSON.stringify([
        { id: "f1", question: "What is the weather on Mars?", kind: "lookup", docs: ["reform-2024-close-enough-to-care"], must_contain: ["no such sentence anywhere"], answer: "-" },
      ]),
    );
    const failing = await runEval([questions, "--check", "--floors", impossible]);
    const passing = await runEval([questions, "--check", "--floors", zero]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain("Check FAILED: hit@1");
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain("Check passed: every floor met.");
  });
});
