import { describe, expect, it } from "vitest";
import { isRoster } from "./roster.js";

describe("isRoster", () => {
  it("recognises a list of people and their roles", () => {
    expect(isRoster("Professor Kate Arden (Chair), Former Director of Public Health, Wigan Council\nDr David Bennett (Chair), Former Chief Executive, Monitor")).toBe(true);
    expect(isRoster("Jane Lewington OBE, Chair, NAViGo CIC\nLord Norman Warner, Former Minister for National Health Services Delivery")).toBe(true);
  });

  it("leaves prose, quotes and single lines alone", () => {
    expect(isRoster("Andrew Webster, Director of Public Services at KPMG, said: “The recommendations are welcome.”\nMore text follows.")).toBe(false);
    expect(isRoster("Dr Jahangir Alom, Emergency Medicine Doctor")).toBe(false);
    expect(isRoster("In England, combined authorities would act as the ACO.\nIn Denmark, regions run hospitals.")).toBe(false);
  });
});
