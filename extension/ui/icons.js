// Small line icons drawn with SVG (no icon font, no network). Each returns a fresh element marked
// aria-hidden: the text beside it carries the meaning.

import { s } from "./dom.js";

const PATHS = {
  country: "M5 21V4m0 0h11l-2 4 2 4H5",
  region: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18",
  admin: "M4 5l6-2 4 2 6-2v16l-6 2-4-2-6 2z M10 3v16 M14 5v16",
  city: "M4 21V9l5-3v15M9 21V4l7 3v14M16 21v-9l4 2v7M3 21h18",
  landmark: "M12 21s-6-5.5-6-11a6 6 0 0 1 12 0c0 5.5-6 11-6 11zM12 8a2 2 0 1 0 0 4a2 2 0 1 0 0-4",
  other: "M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8",
  close: "M6 6l12 12M18 6L6 18",
  collapse: "M9 6l6 6-6 6",
  expand: "M15 6l-6 6 6 6",
  settings: "M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1",
  copy: "M9 9h11v11H9zM5 15H4V4h11v1",
  download: "M12 4v11m-5-5l5 5 5-5M4 20h16",
  quote: "M7 7h4v4c0 3-2 5-4 6M14 7h4v4c0 3-2 5-4 6",
  speaker: "M12 12a4 4 0 1 0 0-8a4 4 0 1 0 0 8M4 21c1-4 4-6 8-6s7 2 8 6",
  place: "M12 21s-6-5.5-6-11a6 6 0 0 1 12 0c0 5.5-6 11-6 11z",
  time: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 3",
  alert: "M12 3l10 18H2zM12 10v5M12 18v.5",
  info: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 11v6M12 7.5v.5",
};

export function icon(name, cls = "") {
  return s("svg", { class: `nl-icon ${cls}`.trim(), viewBox: "0 0 24 24", "aria-hidden": "true", focusable: "false" },
    s("path", { d: PATHS[name] || PATHS.other }));
}
