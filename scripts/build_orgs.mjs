#!/usr/bin/env node
// Builds data/names/orgs.txt: the organisations of the npm package `compromise` 14.17.0 (MIT,
// © Spencer Kelly), whose lexicon tags about 350 company, media, agency and band names
// Organization ("google", "volkswagen", "associated press", "al jazeera").
//
// Usage: npm ci && node scripts/build_orgs.mjs
//
// Written one name a line, lower case, hyphens as spaces (the look-up in
// src/entities/names.rs folds a chunk the same way), sorted by bytes: names.rs binary-searches
// the embedded file in place, with nothing built at start-up. Entries that are mere
// abbreviations ("inc", "dept") are dropped: alone they name no organisation.
import { writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const VERSION = "14.17.0";
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(
  readFileSync(join(root, "node_modules", "compromise", "package.json"), "utf8"),
);
if (pkg.version !== VERSION) {
  throw new Error(`compromise ${pkg.version} installed, ${VERSION} expected`);
}
const nlp = (await import("compromise")).default;
const lexicon = nlp.model().one.lexicon;

// Abbreviations that compromise tags Organization because they end company names.
const ABBREVIATIONS = new Set(["inc", "ltd", "co", "corp", "dept", "univ", "assn", "llc", "plc"]);

const names = new Set();
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (!tags.includes("Organization")) continue;
  const name = word.toLowerCase().replace(/-/g, " ").trim();
  if (!name || ABBREVIATIONS.has(name) || name.includes("\t") || name.includes("\n")) continue;
  names.add(name);
}
const sorted = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
writeFileSync(join(root, "data", "names", "orgs.txt"), sorted.join("\n") + "\n");
console.log(`${sorted.length} organisations`);
