// Pure parts of the panel's sections (no browser needed).

import { test } from "node:test";
import assert from "node:assert/strict";
import { frameBox } from "../../extension/ui/places.js";
import { sortSpeakers } from "../../extension/ui/speakers.js";
import { prefixModel, textLength } from "../../extension/ui/budget.js";

test("the map frames its markers with a margin, at the map's aspect ratio, inside the world", () => {
  const [x, y, w, h] = frameBox([[100, 100], [140, 120]], 960, 480);
  assert.ok(x <= 100 && y <= 100 && x + w >= 140 && y + h >= 120, "markers inside");
  assert.ok(Math.abs(w / h - 2) < 1e-9, "aspect kept");
  assert.ok(w >= 960 / 6, "a single region still shows its surroundings");
  assert.deepEqual(frameBox([], 960, 480), [0, 0, 960, 480]);
  const edge = frameBox([[2, 2]], 960, 480);
  assert.ok(edge[0] >= 0 && edge[1] >= 0, "never outside the world");
});

test("speakers sort by number of quotes, then by order of appearance", () => {
  const a = { name: "A", quotes: [{ start: 50 }], mentions: [{ start: 40 }] };
  const b = { name: "B", quotes: [{ start: 10 }, { start: 90 }], mentions: [{ start: 5 }] };
  const c = { name: "C", quotes: [{ start: 30 }], mentions: [{ start: 1 }] };
  assert.deepEqual(sortSpeakers([a, b, c], "count").map((s) => s.name), ["B", "C", "A"]);
  assert.deepEqual(sortSpeakers([a, b, c], "appearance").map((s) => s.name), ["C", "B", "A"]);
});

test("the budget's prefix: a valid model, the same node indices, cut inside a text node but never in a pair", () => {
  const model = {
    url: "https://example.test/a",
    nodes: [
      { parent: null, tag: "html" },
      { parent: 0, tag: "body" },
      { parent: 1, tag: "p" },
      { parent: 2, tag: "#text", text: "hidden text", hidden: true },
      { parent: 2, tag: "#text", text: "0123456789" },
      { parent: 1, tag: "p" },
      { parent: 5, tag: "#text", text: "abc\u{1F600}def" },
      { parent: 1, tag: "p" },
      { parent: 7, tag: "#text", text: "never reached" },
    ],
  };
  assert.equal(textLength(model), 10 + 8 + 13, "hidden text is not counted");
  const whole = prefixModel(model, 1000);
  assert.equal(whole.chars, 31);
  assert.deepEqual(whole.model.nodes, model.nodes);
  // 10 + 4 would end between the two halves of the emoji: the cut steps back before it.
  const cut = prefixModel(model, 14);
  assert.equal(cut.chars, 13);
  assert.equal(cut.model.url, model.url);
  assert.deepEqual(cut.model.nodes.slice(0, 6), model.nodes.slice(0, 6));
  assert.deepEqual(cut.model.nodes[6], { parent: 5, tag: "#text", text: "abc" });
  assert.equal(cut.model.nodes.length, 7);
  for (const [i, n] of cut.model.nodes.entries()) assert.ok(n.parent === null || n.parent < i, "parents come first");
  assert.equal(model.nodes[6].text, "abc\u{1F600}def", "the full model is left alone");
  assert.equal(prefixModel(model, 0).chars, 0);
  assert.equal(textLength({}), 0);
});
