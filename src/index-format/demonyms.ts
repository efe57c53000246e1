/**
 * Adjectives of nationality and the place they name, so that "Danish funding" finds "Denmark"
 * and a question about "Welsh boards" is known to be about Wales. General English, applied by
 * the analyser to documents and questions alike; places only, never topics.
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    american: "america",
    australian: "australia",
    austrian: "austria",
    belgian: "belgium",
    british: "britain",
    canadian: "canada",
    chinese: "china",
    danish: "denmark",
    dutch: "netherlands",
    english: "england",
    estonian: "estonia",
    european: "europe",
    finnish: "finland",
    french: "france",
    german: "germany",
    greek: "greece",
    icelandic: "iceland",
    indian: "india",
    irish: "ireland",
    israeli: "israel",
    italian: "italy",
    japanese: "japan",
    mancunian: "manchester",
    norwegian: "norway",
    polish: "poland",
    portuguese: "portugal",
    scottish: "scotland",
    spanish: "spain",
    swedish: "sweden",
    swiss: "switzerland",
    welsh: "wales",
  }),
);
