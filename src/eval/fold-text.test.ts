import { describe, expect, it } from "vitest";
import { containsFigure, containsFolded, foldText } from "./fold-text.js";

describe("foldText", () => {
  it("folds case, curly quotes, dashes and whitespace", () => {
    expect(foldText("  ‘Mancunian\u00a0exceptionalism’ —\n “x” – y ")).toBe(`'mancunian exceptionalism' - "x" - y`);
  });
});

describe("containsFolded", () => {
  it("matches a straight-quoted expectation against curly text", () => {
    expect(containsFolded("the area’s 2.8 million inhabitants", "the area's 2.8 million")).toBe(true);
  });
  it("matches an en dash against a hyphen and across line breaks", () => {
    expect(containsFolded("populations of around 250,000 –\n500,000", "250,000 - 500,000")).toBe(true);
  });
  it("does not match other words", () => {
    expect(containsFolded("175 place-based partnerships", "175 primary care networks")).toBe(false);
  });
  it("never matches an empty expectation", () => {
    expect(containsFolded("anything", "  ")).toBe(false);
  });
});

describe("containsFigure", () => {
  it("finds a figure standing alone", () => {
    expect(containsFigure("There are 42 systems", "42")).toBe(true);
    expect(containsFigure("(42)", "42")).toBe(true);
  });
  it("does not find a figure inside a longer number", () => {
    expect(containsFigure("There are 142 systems", "42")).toBe(false);
    expect(containsFigure("There are 421 systems", "42")).toBe(false);
    expect(containsFigure("rate of 4.2 per cent", "2")).toBe(false);
    expect(containsFigure("rate of 42.5 per cent", "42")).toBe(false);
    expect(containsFigure("some 1,542 staff", "542")).toBe(false);
  });
  it("accepts a figure at the end of a sentence or with a unit", () => {
    expect(containsFigure("The total is 42.", "42")).toBe(true);
    expect(containsFigure("a £6bn budget", "£6")).toBe(true);
    expect(containsFigure("a £6bn budget", "£6bn")).toBe(true);
  });
  it("treats word figures as whole words", () => {
    expect(containsFigure("twice as high", "twice")).toBe(true);
    expect(containsFigure("a threefold rise", "three")).toBe(false);
  });
  it("finds a later standalone occurrence after an embedded one", () => {
    expect(containsFigure("from 142 to 42", "42")).toBe(true);
  });
  it("folds dashes in values", () => {
    expect(containsFigure("in 2022–23", "2022-23")).toBe(true);
  });
});
