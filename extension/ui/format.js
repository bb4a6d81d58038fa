// How values read in the panel: dates in words, reading time, country names. Pure functions, so
// the Markdown export and the panel say the same thing.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
const SEASONS = { SP: "spring", SU: "summer", FA: "autumn", AU: "autumn", WI: "winter" };

/** Reading time in minutes at an unhurried 230 words a minute, at least 1. */
export function readingMinutes(words) {
  return Math.max(1, Math.round((Number(words) || 0) / 230));
}

/** "2021-05-07" → "7 May 2021"; "2021-04" → "April 2021"; "2021" → "2021"; "199X" → "the 1990s". */
export function formatDate(value) {
  if (typeof value !== "string") return "";
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 12) return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 12) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return `week ${+m[2]} of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2]]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{3})X$/.exec(value);
  if (m) return `the ${m[1]}0s`;
  m = /^(\d{2})XX$/.exec(value);
  if (m) return `the ${+m[1] + 1}th century`;
  if (/^\d{4}$/.test(value)) return value;
  if (value === "PRESENT_REF") return "now";
  if (value === "PAST_REF") return "in the past";
  if (value === "FUTURE_REF") return "in the future";
  return value;
}

/** A timeline value, which may be a range "START/END": "7–8 June 2021". */
export function formatValue(value) {
  if (typeof value !== "string") return "";
  const slash = value.indexOf("/");
  if (slash < 0) return formatDate(value);
  const a = value.slice(0, slash), b = value.slice(slash + 1);
  const da = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a), db = /^(\d{4})-(\d{2})-(\d{2})$/.exec(b);
  if (da && db && da[1] === db[1] && da[2] === db[2]) {
    return `${+da[3]}–${+db[3]} ${MONTHS[+da[2] - 1] ?? da[2]} ${da[1]}`;
  }
  return `${formatDate(a)} – ${formatDate(b)}`;
}

/** Days since 1970-01-01 of the start of a TIMEX3 date value, or null. */
export function dayNumber(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || "");
  if (!m) return null;
  const t = Date.UTC(+m[1], (m[2] ? +m[2] : 1) - 1, m[3] ? +m[3] : 1);
  return Number.isFinite(t) ? Math.floor(t / 86400000) : null;
}

let regionNames = null;
/** "MX" → "Mexico", in English like the rest of the panel; unknown codes stay as they are. */
export function countryName(code) {
  if (!code) return "";
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    return regionNames.of(String(code).toUpperCase()) || code;
  } catch {
    return code;
  }
}

/** The host name without "www.", for the header when the page names no site. */
export function siteOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** Up to two initials for a speaker's badge: "Kamala Harris" → "KH". */
export function initials(name) {
  const words = String(name || "").split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return "?";
  const first = words[0], last = words.length > 1 ? words[words.length - 1] : "";
  return ([...first][0] + ([...last][0] ?? "")).toUpperCase();
}

export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
