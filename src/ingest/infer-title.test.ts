import { describe, expect, it } from "vitest";
import { inferTitle } from "./infer-title.js";

describe("inferTitle", () => {
  it("takes the first heading-like line, skipping site furniture", () => {
    expect(inferTitle("Skip to main content\n\nIs devolution the future of health and social care?\n02 Jul 2019\n\nText follows here.")).toBe(
      "Is devolution the future of health and social care?",
    );
  });

  it("passes over a one-word publisher name when a real title follows", () => {
    expect(inferTitle("\n\nREFORM\n\nCLOSE ENOUGH TO CARE\n\nA new structure\n")).toBe("CLOSE ENOUGH TO CARE");
  });

  it("falls back to a one-word heading", () => {
    expect(inferTitle("Devolution\n\nIt is a long story that goes on.")).toBe("Devolution");
  });

  it("returns null when no line reads as a heading", () => {
    expect(inferTitle("")).toBeNull();
    expect(inferTitle("This is a sentence. So is this one.\n\nAnd another sentence here.")).toBeNull();
  });
});
