// Pure parts of the panel's sections (no browser needed).

import { test } from "node:test";
import assert from "node:assert/strict";
import { frameBox } from "../../extension/ui/places.js";
import { sortSpeakers } from "../../extension/ui/speakers.js";

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
