import { describe, expect, it } from "vitest";
import { analyse, type DocumentMeta } from "../index-format/index.js";
import { namedSources } from "./source-names.js";

const documents: DocumentMeta[] = [
  { id: "hf-2016-devolution", title: "Devolution: key points", publisher: "The Health Foundation", authors: [], date: null, kind: null, url: null },
  { id: "localis-local-empowerment", title: "Local empowerment", publisher: "Localis (sponsored by KPMG)", authors: [], date: null, kind: null, url: null },
];

describe("namedSources", () => {
  it("finds a source by its distinctive publisher word or its id's name", () => {
    const found = namedSources("What did Localis recommend on health?", documents);
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

  it("leaves a generic word alone when the name is not there in full", () => {
    const found = namedSources("How is health funded?", documents);
    expect(found.docIds.size).toBe(0);
    expect(found.terms.size).toBe(0);
  });
});
