import { describe, expect, it } from "vitest";
import { analyse } from "../index-format/index.js";
import { isEnglishWord } from "./english-words.js";
import { correctSpelling, type Lexicon } from "./spelling.js";

/** A corpus as spelling sees it: the passages using each stemmed term, and the real dictionary. */
function lexiconOf(passages: readonly string[]): Lexicon {
  const using = new Map<string, number>();
  for (const passage of passages) for (const term of new Set(analyse(passage))) using.set(term, (using.get(term) ?? 0) + 1);
  return { isEnglish: isEnglishWord, passagesUsing: (term) => using.get(term) ?? 0 };
}

const lexicon = lexiconOf([
  "Devolution of health care to integrated care boards.",
  "Devolution deals were reading as rewarding for local areas.",
  "Local areas are reading the reports.",
  "Denmark pays for telemedicine.",
  "Ofsted inspects schools.",
]);
const corrected = (question: string) => correctSpelling(question, lexicon).text;

describe("correctSpelling", () => {
  it("spells out a short form typed in chat when the corpus uses the full word and not the short one", () => {
    const reports = lexiconOf(["The minimum requirements for board membership.", "Government statistics on local areas.", "Budgets rose 5% on avg."]);
    expect(correctSpelling("min requirements for the board", reports)).toEqual({
      text: "minimum requirements for the board",
      corrections: [{ from: "min", to: "minimum" }],
    });
    expect(correctSpelling("Govt stats", reports).text).toBe("Government statistics");
    expect(correctSpelling("avg budget", reports).text).toBe("avg budget");
    expect(correctSpelling("max budget", reports).text).toBe("max budget");
    expect(correctSpelling("the MIN board", reports).text).toBe("the MIN board");
  });

  it("mends one typing slip in a word the corpus uses: swapped, missing, wrong or extra letter", () => {
    expect(corrected("what is devolutoin?")).toBe("what is devolution?");
    expect(corrected("integated care boards")).toBe("integrated care boards");
    expect(corrected("intehrated care")).toBe("integrated care");
    expect(corrected("devolluution")).toBe("devolluution");
    expect(corrected("devollution")).toBe("devolution");
  });

  it("mends a function word, and keeps a capital at the start of a sentence", () => {
    expect(corrected("Waht is devolution?")).toBe("What is devolution?");
    expect(correctSpelling("Waht is devolution?", lexicon).corrections).toEqual([{ from: "Waht", to: "What" }]);
  });

  it("prefers the commoner kind of slip to the commoner word", () => {
    expect(corrected("which deals were rewading?")).toBe("which deals were rewarding?");
  });

  it("mends to a word the corpus uses that the dictionary lacks", () => {
    expect(corrected("spend on telemeicine")).toBe("spend on telemedicine");
  });

  it("mends capitalised words too when asked to, for a lookup of a name", () => {
    expect(correctSpelling("Integated Care", lexicon, { names: true }).text).toBe("Integrated Care");
    expect(correctSpelling("What about Integated Care?", lexicon).text).toBe("What about Integated Care?");
  });

  it("leaves alone real words the corpus lacks, names, acronyms and short words", () => {
    for (const question of ["Where is a good pizza place?", "What did Manchestr say?", "What does OFSTDE do?", "teh deals", "Is it Ofstde?"]) {
      expect(correctSpelling(question, lexicon)).toEqual({ text: question, corrections: [] });
    }
  });
});
