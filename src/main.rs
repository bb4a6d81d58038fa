//! `newslens`: the command line. A thin adapter over the core: it reads files and standard
//! input, builds the page model with the native HTML parser, and prints the analysis (offsets in
//! code points, as ../shared/eval/README.md specifies).

use newslens::insight::{Error, Options};
use newslens::offsets::Unit;
use newslens::output::{self, View};
use newslens::page::{html, PageModel};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
newslens: speakers, places and timeline of a news article

usage:
  newslens analyze [--json] [--text] [--published YYYY-MM-DD] [--url URL] FILE|-
  newslens batch   [--today YYYY-MM-DD]      JSON Lines in, one analysis per line out

  analyze   prints a readable summary of FILE (HTML, or plain text with --text);
            --json prints the analysis as JSON instead
  batch     reads {\"id\", \"html\", \"url\"} or {\"id\", \"text\", \"published\"} per line on stdin
  --published  the publication date, overriding the page's own
  --today      the date relative dates are read against when there is no publication date
               (default: the system date)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("batch") => batch(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command '{other}'\n\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("newslens: {}", message.trim_end());
            ExitCode::from(2)
        }
    }
}

struct Flags {
    json: bool,
    text: bool,
    published: Option<String>,
    today: Option<String>,
    url: Option<String>,
    positional: Vec<String>,
}

fn parse_flags(args: &[String]) -> Result<Flags, String> {
    let mut f = Flags {
        json: false,
        text: false,
        published: None,
        today: None,
        url: None,
        positional: vec![],
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--json" => f.json = true,
            "--text" => f.text = true,
            "--published" => f.published = Some(date_flag("--published", value("--published")?)?),
            "--today" => f.today = Some(date_flag("--today", value("--today")?)?),
            "--url" => f.url = Some(value("--url")?),
            s if s.starts_with("--") => return Err(format!("unknown option '{s}'\n\n{USAGE}")),
            _ => f.positional.push(a.clone()),
        }
    }
    Ok(f)
}

fn date_flag(name: &str, v: String) -> Result<String, String> {
    newslens::insight::parse_date(&v)
        .map(|_| v[..10].to_string())
        .ok_or_else(|| format!("{name} takes a date as YYYY-MM-DD, not '{v}'"))
}

fn options(published: Option<String>, today: Option<String>) -> Options {
    Options {
        published,
        today: Some(today.unwrap_or_else(system_today)),
    }
}

fn analyze(args: &[String]) -> Result<(), String> {
    let f = parse_flags(args)?;
    let [path] = f.positional.as_slice() else {
        return Err(format!(
            "analyze takes one file (or - for standard input)\n\n{USAGE}"
        ));
    };
    let bytes = if path == "-" {
        let mut b = Vec::new();
        io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        b
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    let opts = options(f.published, f.today);
    let text = decode(&bytes);
    let analysis = if f.text {
        newslens::analyze_text(&text, &opts)
    } else {
        if !looks_like_html(&text) {
            return Err(format!("{path} is not HTML (use --text for plain text)"));
        }
        let page = html::parse(&text, f.url.as_deref());
        newslens::analyze_page(&page, &opts).map_err(|e| format!("{path}: {e}"))?
    };
    let view = output::view(&analysis, Unit::CodePoint);
    let mut out = io::stdout().lock();
    let written = if f.json {
        serde_json::to_writer_pretty(&mut out, &view)
            .map_err(|e| e.to_string())
            .and_then(|_| writeln!(out).map_err(|e| e.to_string()))
    } else {
        out.write_all(summary(&view).as_bytes())
            .map_err(|e| e.to_string())
    };
    written.or_else(ignore_broken_pipe)
}

fn ignore_broken_pipe(e: String) -> Result<(), String> {
    if e.contains("Broken pipe") {
        Ok(())
    } else {
        Err(format!("cannot write: {e}"))
    }
}

/// Pages are UTF-8 almost always; anything else is read as Windows-1252, which maps every byte
/// to a character, so no input is refused for its encoding.
fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.trim_start_matches('\u{feff}').to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// An HTML document starts, after white space and comments, with a tag; and it is text, not
/// binary (NUL bytes and control characters are rare in markup).
fn looks_like_html(s: &str) -> bool {
    let head: String = s.chars().take(4096).collect();
    let controls = head
        .chars()
        .filter(|&c| (c < ' ' && !matches!(c, '\n' | '\r' | '\t' | '\x0c')) || c == '\u{fffd}')
        .count();
    if controls * 20 > head.chars().count().max(1) {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    const MARKUP: [&str; 7] = [
        "<html",
        "<!doctype",
        "<body",
        "<p",
        "<div",
        "<head",
        "<article",
    ];
    head.trim_start().starts_with('<') && MARKUP.iter().any(|m| lower.contains(m))
}

fn batch(args: &[String]) -> Result<(), String> {
    let f = parse_flags(args)?;
    if !f.positional.is_empty() {
        return Err(format!(
            "batch reads standard input and takes no file\n\n{USAGE}"
        ));
    }
    let today = f.today.unwrap_or_else(system_today);
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read standard input: {e}"))?;
        let line = String::from_utf8_lossy(&line);
        if line.trim().is_empty() {
            continue;
        }
        let result = batch_line(&line, &today, n + 1);
        let json = match result {
            Ok(v) => serde_json::to_string(&v),
            Err((id, msg)) => serde_json::to_string(&serde_json::json!({"id": id, "error": msg})),
        }
        .map_err(|e| e.to_string())?;
        if let Err(e) = writeln!(out, "{json}") {
            return ignore_broken_pipe(e.to_string());
        }
    }
    out.flush()
        .map_err(|e| e.to_string())
        .or_else(ignore_broken_pipe)
}

fn batch_line(line: &str, today: &str, n: usize) -> Result<View, (serde_json::Value, String)> {
    let v: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| (serde_json::Value::Null, format!("line {n}: not JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let fail = |m: String| (id.clone(), format!("line {n}: {m}"));
    let obj = v
        .as_object()
        .ok_or_else(|| fail("not a JSON object".into()))?;
    let published = match obj.get("published") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => {
            Some(date_flag("published", s.clone()).map_err(&fail)?)
        }
        Some(_) => return Err(fail("published must be a string YYYY-MM-DD".into())),
    };
    let opts = options(published, Some(today.to_string()));
    let run = || -> Result<newslens::Analysis, String> {
        match (obj.get("html"), obj.get("text")) {
            (Some(serde_json::Value::String(h)), _) => {
                if !looks_like_html(h) {
                    return Err("html is not HTML".into());
                }
                let url = obj.get("url").and_then(|u| u.as_str());
                let page: PageModel = html::parse(h, url);
                newslens::analyze_page(&page, &opts).map_err(|e: Error| e.to_string())
            }
            (_, Some(serde_json::Value::String(t))) => Ok(newslens::analyze_text(t, &opts)),
            _ => Err("needs a string field \"html\" or \"text\"".into()),
        }
    };
    // A bug on one line must not cost the others their results.
    let analysis = std::panic::catch_unwind(std::panic::AssertUnwindSafe(run))
        .map_err(|_| fail("internal error while analysing this line".into()))?
        .map_err(&fail)?;
    let mut view = output::view(&analysis, Unit::CodePoint);
    view.id = id
        .as_str()
        .map(str::to_string)
        .or_else(|| (!id.is_null()).then(|| id.to_string()));
    Ok(view)
}

fn system_today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The readable summary `analyze` prints without --json.
fn summary(v: &View) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let a = &v.article;
    let _ = writeln!(s, "{}", a.title.as_deref().unwrap_or("(untitled)"));
    let mut meta = Vec::new();
    if let Some(b) = &a.byline {
        meta.push(format!("by {b}"));
    }
    if let Some(site) = &a.site {
        meta.push(site.clone());
    }
    meta.push(match &a.published {
        Some(d) => format!("published {d}"),
        None => "publication date unknown".into(),
    });
    meta.push(format!("{} words", a.words));
    let _ = writeln!(s, "{}", meta.join(" · "));
    for w in &v.warnings {
        let _ = writeln!(s, "! {w}");
    }
    let _ = writeln!(s, "\nSPEAKERS ({})", v.speakers.len());
    for sp in &v.speakers {
        let role = sp
            .role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  {}{} — {} quote{}",
            sp.name,
            role,
            sp.quotes.len(),
            if sp.quotes.len() == 1 { "" } else { "s" }
        );
        for q in &sp.quotes {
            let t = ellipsize(&q.text, 110);
            match q.kind {
                newslens::quotes::QuoteKind::Direct => {
                    let _ = writeln!(s, "    “{t}”");
                }
                newslens::quotes::QuoteKind::Indirect => {
                    let _ = writeln!(s, "    ~ {t}");
                }
            }
        }
    }
    if !v.people.is_empty() {
        let names: Vec<&str> = v.people.iter().map(|p| p.name.as_str()).collect();
        let _ = writeln!(s, "  also mentioned: {}", names.join(", "));
    }
    let _ = writeln!(s, "\nPLACES ({})", v.places.len());
    for p in &v.places {
        let kind = serde_json::to_value(p.kind)
            .ok()
            .and_then(|k| k.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut where_ = vec![kind];
        if let Some(c) = &p.country {
            where_.push(c.clone());
        }
        if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
            where_.push(format!("{lat:.2}, {lon:.2}"));
        }
        let _ = writeln!(
            s,
            "  {} ({}) ×{}",
            p.name,
            where_.join(", "),
            p.mentions.len()
        );
    }
    let _ = writeln!(s, "\nTIMELINE ({})", v.timeline.len());
    for e in &v.timeline {
        let rel = if e.relative { " (relative)" } else { "" };
        let _ = writeln!(
            s,
            "  {:<23} {} — “{}”{}",
            e.value,
            ellipsize(&e.event, 80),
            e.expression,
            rel
        );
    }
    s
}

fn ellipsize(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        s
    } else {
        format!(
            "{}…",
            s.chars().take(max - 1).collect::<String>().trim_end()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(18_754), (2021, 5, 7));
    }

    #[test]
    fn html_sniffing() {
        assert!(looks_like_html(
            "<!DOCTYPE html><html><body><p>x</p></body></html>"
        ));
        assert!(!looks_like_html("Just some text."));
        assert!(!looks_like_html("\u{0}\u{1}\u{2}binary\u{0}\u{0}"));
    }
}
