import { describe, expect, it } from "vitest";
import { analyse, type DocumentMeta } from "../index-format/index.js";
import { everydaySourceTerms, namedSources } from "./source-names.js";

const documents: DocumentMeta[] = [
  { id: "hf-2016-devolution", title: "Devolution: key points", publisher: "The Health Foundation", authors: [], date: null, kind: null, url: null },
  { id: "localis-local-empowerment", title: "Local empowerment", publisher: "Localis (sponsored by KPMG)", authors: [], date: null, kind: null, url: null },
];

describe("namedSources", () => {
  it("finds a source by its distinctive publisher word or its id's name", () => {
    const found = namedSources("What did Localis recommend on health?", documents, new Set(analyse("health")));
    expect([...found.docIds]).toEqual(["localis-local-empowerment"]);
    expect([...found.terms]).toEqual(analyse("Localis"));
  });

  it("finds a source by the initials of a publisher of several words", () => {
    const found = namedSources("What does the HF say about devolution?", documents);
    expect([...found.docIds]).toEqual(["hf-2016-devolution"]);
    expect([...found.terms]).toEqual(["hf"]);
    expect([...namedSources("What is an LE?", documents).docIds]).toEqual([]);
  });

  it("counts every word of a publisher named in full as naming the source", () => {
    const found = namedSources("definition of devolution health foundation", documents);
    expect([...found.docIds]).toEqual(["hf-2016-devolution"]);
    expect([...found.terms].sort()).toEqual(analyse("health foundation").sort());
  });

  it("finds a source by the main part of its title, written out word for word", () => {
    const titled: DocumentMeta[] = [
      { id: "umi-2024-buses", title: "Next Stop: Rebuilding the Bus Network", publisher: "Urban Institute", authors: [], date: null, kind: null, url: null },
      { id: "library-buses", title: "Local bus services in England", publisher: "Library", authors: [], date: null, kind: null, url: null },
    ];
    const found = namedSources("What are the Next Stop report's recommendations?", titled);
    expect([...found.docIds]).toEqual(["umi-2024-buses"]);
    expect([...found.terms].sort()).toEqual(analyse("next stop").sort());
    expect(namedSources("Where is the next bus stop?", titled).docIds.size).toBe(0);
    // A title without a subtitle describes its topic: asking about the topic does not name it.
    expect(namedSources("How are local bus services in England funded?", titled).docIds.size).toBe(0);
  });

  it("leaves a publisher word that other sources use every day alone when the name is not there in full", () => {
    const water: DocumentMeta[] = [
      ...documents,
      { id: "cwpp-2025-running-clean", title: "Running Clean", publisher: "Centre for Water and Public Policy", authors: [], date: null, kind: null, url: null },
    ];
    // "health" and "water" are in most passages of the other publishers; "localis" and "centre" in none.
    const passageCounts = new Map([["hf-2016-devolution", 10], ["localis-local-empowerment", 10], ["cwpp-2025-running-clean", 10]]);
    const usedBy: Record<string, Record<string, number>> = {
      [analyse("health")[0] ?? ""]: { "hf-2016-devolution": 9, "localis-local-empowerment": 8, "cwpp-2025-running-clean": 0 },
      [analyse("water")[0] ?? ""]: { "hf-2016-devolution": 5, "localis-local-empowerment": 0, "cwpp-2025-running-clean": 10 },
      [analyse("public")[0] ?? ""]: { "hf-2016-devolution": 1, "localis-local-empowerment": 0, "cwpp-2025-running-clean": 3 },
    };
    const everyday = everydaySourceTerms(water, passageCounts, (terms) => new Map([...terms].map((term) => [term, new Map(Object.entries(usedBy[term] ?? {}))])));
    expect([...everyday].sort()).toEqual(analyse("health water").sort());

    for (const question of ["How is health funded?", "How much do water bills rise?"]) {
      const found = namedSources(question, water, everyday);
      expect(found.docIds.size).toBe(0);
      expect(found.terms.size).toBe(0);
    }
    expect([...namedSources("What does the Centre for Water and Public Policy recommend?", water, everyday).docIds]).toEqual(["cwpp-2025-running-clean"]);
    expect([...namedSources("What does the Health Foundation say?", water, everyday).docIds]).toEqual(["hf-2016-devolution"]);
  });
});
