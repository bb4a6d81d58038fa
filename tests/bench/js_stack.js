// The JavaScript stack Newslens is measured against (issue 7): what a developer would reach for
// to get the same panel — Readability.js for the article, compromise for people, places and
// quotations, compromise-dates for dates. Bundled by esbuild into one classic script that defines
// `NewslensJsStack.analyze(document)`, run in the page like Newslens.
import { Readability } from "@mozilla/readability";
import nlp from "compromise";
import dates from "compromise-dates";

nlp.plugin(dates);

function analyze(document, published) {
  // Readability mutates the document it reads, so it gets a clone, as its README advises.
  const article = new Readability(document.cloneNode(true)).parse();
  if (!article) return null;
  const doc = nlp(article.textContent || "");
  return {
    title: article.title,
    byline: article.byline,
    people: doc.people().out("array"),
    places: doc.places().out("array"),
    organizations: doc.organizations().out("array"),
    quotes: doc.quotations().out("array"),
    dates: doc.dates({ today: published || undefined }).json(),
  };
}

globalThis.NewslensJsStack = { analyze };
