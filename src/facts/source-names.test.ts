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

  it("counts every word of a publisher named in full as naming the source", () => {
    const found = namedSources("definition of devolution health foundation", documents);
    expect([...found.docIds]).toEqual(["hf-2016-devolution"]);
    expect([...found.terms].sort()).toEqual(analyse("health foundation").sort());
  });

  it("leaves a generic word alone when the name is not there in full", () => {
    const found = namedSources("How is health funded?", documents);
    expect(found.docIds.size).toBe(0);
    expect(found.terms.size).toBe(0);
  });
});
