//! What the page says about the story, as opposed to the story itself: title, byline, site,
//! language, publication date and paywall flags. Publishers state these for search engines and
//! social networks (JSON-LD, Open Graph, `article:` meta, microdata), usually more reliably than
//! the visible page; the visible page is the fallback.

use super::dates::{self, Stamp};
use super::hints::tokens;
use crate::page::PageModel;
use serde_json::Value;

/// Everything gathered from the page's markup, before choosing.
#[derive(Debug, Default)]
pub struct Facts {
    /// `<meta>` name/property (lower case) → content, in document order.
    pub meta: Vec<(String, String)>,
    pub doc_title: Option<String>,
    /// Visible `<h1>` texts with their node, in document order.
    pub h1: Vec<(u32, String)>,
    pub lang: Option<String>,
    pub ld: LdFacts,
    /// `itemprop="datePublished"` values.
    pub itemprop_published: Vec<String>,
    /// `itemprop="author"` / `rel="author"` / byline-classed element texts.
    pub author_texts: Vec<String>,
    /// `<time datetime>`: node, value, whether its markup says "published".
    pub times: Vec<(u32, String, bool)>,
    /// Markup that names a paywall or a subscriber-only teaser.
    pub paywall_marks: usize,
    /// Number of `<video>`-like players in the body.
    pub videos: usize,
    /// `<link rel="canonical">`: the page's own address when the reader was not told it.
    pub canonical: Option<String>,
}

#[derive(Debug, Default)]
pub struct LdFacts {
    pub headline: Option<String>,
    pub published: Vec<String>,
    /// `dateCreated`: when the record was made, which can be after the story went out.
    pub created: Vec<String>,
    pub modified: Vec<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub free: Option<bool>,
    pub lang: Option<String>,
    /// The @type of the main JSON-LD entity ("NewsArticle", "WebPage", "VideoObject").
    pub kinds: Vec<String>,
}

/// Collapsed text of an element (all visible and invisible text below it).
pub fn text_of(page: &PageModel, kids: &[Vec<u32>], node: u32, limit: usize) -> String {
    let mut out = String::new();
    let mut stack = vec![node];
    // Bounded work as well as bounded output: nested empty elements cost nothing to write but
    // time to walk.
    let mut visited = 0;
    while let Some(i) = stack.pop() {
        visited += 1;
        if out.len() > limit || visited > 4 * limit {
            break;
        }
        let Some(n) = page.nodes.get(i as usize) else {
            continue;
        };
        if n.is_text() {
            for w in n.text.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
            continue;
        }
        if n.tag == "script" {
            continue;
        }
        if let Some(k) = kids.get(i as usize) {
            stack.extend(k.iter().rev());
        }
    }
    out
}

fn raw_text(page: &PageModel, kids: &[Vec<u32>], node: u32) -> String {
    kids.get(node as usize)
        .map(|k| {
            k.iter()
                .filter_map(|&c| page.nodes.get(c as usize))
                .filter(|n| n.is_text())
                .map(|n| n.text.as_str())
                .collect()
        })
        .unwrap_or_default()
}

/// Reads the facts from the whole page in one pass.
pub fn gather(page: &PageModel, kids: &[Vec<u32>], roles: &[super::hints::Role]) -> Facts {
    let mut f = Facts {
        lang: page
            .nodes
            .first()
            .and_then(|n| n.attr("lang"))
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty()),
        ..Facts::default()
    };
    for (i, n) in page.nodes.iter().enumerate() {
        let i = i as u32;
        match n.tag.as_str() {
            "meta" => {
                let key = n.attr("property").or(n.attr("name")).or(n.attr("itemprop"));
                if let (Some(k), Some(c)) = (key, n.attr("content")) {
                    f.meta
                        .push((k.trim().to_ascii_lowercase(), c.trim().to_string()));
                }
                if n.attr("http-equiv")
                    .is_some_and(|h| h.eq_ignore_ascii_case("content-language"))
                {
                    if let (None, Some(c)) = (&f.lang, n.attr("content")) {
                        f.lang = Some(c.trim().to_string()).filter(|c| !c.is_empty());
                    }
                }
            }
            "title" if f.doc_title.is_none() => {
                let t = text_of(page, kids, i, 2000);
                if !t.is_empty() {
                    f.doc_title = Some(t);
                }
            }
            "script" => read_json_ld(&raw_text(page, kids, i), &mut f.ld),
            "h1" if !n.hidden && f.h1.len() < 32 => {
                let t = text_of(page, kids, i, 2000);
                if !t.is_empty() {
                    f.h1.push((i, t));
                }
            }
            "video" => f.videos += 1,
            "time" => {
                if let Some(dt) = n.attr("datetime") {
                    let published = n
                        .attr("itemprop")
                        .is_some_and(|p| p.contains("datePublished"))
                        || [n.attr("class"), n.attr("id")]
                            .into_iter()
                            .flatten()
                            .any(|v| {
                                tokens(v).iter().any(|t| {
                                    matches!(
                                        t.as_str(),
                                        "published" | "publish" | "pubdate" | "posted"
                                    )
                                })
                            });
                    f.times.push((i, dt.to_string(), published));
                }
            }
            _ => {}
        }
        if n.is_text() {
            continue;
        }
        if let Some(p) = n.attr("itemprop") {
            let p = p.trim();
            if p == "datePublished" && f.itemprop_published.len() < 8 {
                if let Some(v) = n.attr("content").or(n.attr("datetime")) {
                    f.itemprop_published.push(v.to_string());
                } else {
                    f.itemprop_published.push(text_of(page, kids, i, 200));
                }
            } else if (p == "author" || p == "creator") && f.author_texts.len() < 32 {
                f.author_texts.push(text_of(page, kids, i, 300));
            }
        }
        if n.tag == "link"
            && f.canonical.is_none()
            && n.attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("canonical"))
            })
        {
            f.canonical = n
                .attr("href")
                .map(|h| h.trim().to_string())
                .filter(|h| h.contains("://"));
        }
        if f.author_texts.len() < 32
            && n.attr("rel")
                .is_some_and(|r| r.split_whitespace().any(|w| w == "author"))
        {
            f.author_texts.push(text_of(page, kids, i, 300));
        }
        if let Some(r) = roles.get(i as usize) {
            if r.byline && n.tag != "meta" && f.author_texts.len() < 32 {
                f.author_texts.push(text_of(page, kids, i, 300));
            }
            if r.paywall {
                f.paywall_marks += 1;
            }
        }
    }
    f
}

fn is_article_type(t: &str) -> bool {
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting" | "LiveBlogPosting" | "Report" | "SocialMediaPosting" | "Blog"
        )
}

fn types(o: &serde_json::Map<String, Value>) -> Vec<String> {
    match o.get("@type") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => {
            // An author object: a person's name (organisations are not bylines).
            let t = types(o);
            if t.iter()
                .any(|t| t == "Organization" || t == "NewsMediaOrganization")
            {
                return;
            }
            if let Some(Value::String(n)) = o.get("name") {
                out.push(n.clone());
            }
        }
        _ => {}
    }
}

/// Parses one JSON-LD script, tolerating the usual damage (HTML comment or CDATA wrappers, raw
/// newlines inside strings), and records what its article entities say.
pub fn read_json_ld(src: &str, ld: &mut LdFacts) {
    let mut s = src.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(rest) = s.strip_prefix(open) {
            s = rest.strip_suffix(close).unwrap_or(rest).trim();
        }
    }
    let cleaned: String;
    let v: Value = match serde_json::from_str(s) {
        Ok(v) => v,
        Err(_) => {
            cleaned = s.replace(['\n', '\r', '\t'], " ");
            match serde_json::from_str(&cleaned) {
                Ok(v) => v,
                Err(_) => return,
            }
        }
    };
    // Walk every object (top level, arrays, @graph, mainEntity...) without recursion.
    let mut stack = vec![&v];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter().rev()),
            Value::Object(o) => {
                let t = types(o);
                let article = t.iter().any(|t| is_article_type(t));
                if article || t.iter().any(|t| t == "WebPage" || t == "VideoObject") {
                    ld.kinds.extend(t.iter().cloned());
                }
                if article {
                    if ld.headline.is_none() {
                        if let Some(Value::String(h)) = o.get("headline").or(o.get("name")) {
                            ld.headline = Some(h.split_whitespace().collect::<Vec<_>>().join(" "));
                        }
                    }
                    if let Some(Value::String(d)) = o.get("datePublished") {
                        ld.published.push(d.clone());
                    }
                    if let Some(Value::String(d)) = o.get("dateCreated") {
                        ld.created.push(d.clone());
                    }
                    if let Some(Value::String(d)) = o.get("dateModified") {
                        ld.modified.push(d.clone());
                    }
                    if let Some(a) = o.get("author").or(o.get("creator")) {
                        strings(a, &mut ld.authors);
                    }
                    if let Some(p) = o.get("publisher") {
                        if ld.publisher.is_none() {
                            ld.publisher = match p {
                                Value::Object(p) => {
                                    p.get("name").and_then(|n| n.as_str()).map(String::from)
                                }
                                Value::String(s) => Some(s.clone()),
                                _ => None,
                            };
                        }
                    }
                    match o.get("isAccessibleForFree") {
                        Some(Value::Bool(b)) => ld.free = Some(*b),
                        Some(Value::String(s)) => ld.free = Some(!s.eq_ignore_ascii_case("false")),
                        _ => {}
                    }
                    if let Some(Value::String(l)) = o.get("inLanguage") {
                        ld.lang.get_or_insert_with(|| l.clone());
                    }
                } else if t.iter().any(|t| t == "WebPage") {
                    // A page's own date is a weaker hint than its article's, kept for later.
                    if let Some(Value::String(d)) = o.get("datePublished") {
                        ld.modified.push(d.clone());
                    }
                }
                for (k, x) in o {
                    if matches!(x, Value::Object(_) | Value::Array(_))
                        && k != "author"
                        && k != "publisher"
                    {
                        stack.push(x);
                    }
                }
            }
            _ => {}
        }
    }
}

impl Facts {
    pub fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.meta
                .iter()
                .find(|(mk, v)| mk == k && !v.is_empty())
                .map(|(_, v)| v.as_str())
        })
    }
}

/// The page's address: the one the reader was given, else the one the page declares.
pub fn url<'a>(f: &'a Facts, given: Option<&'a str>) -> Option<&'a str> {
    given.or(f.canonical.as_deref()).or_else(|| {
        f.meta(&["og:url", "twitter:url"])
            .filter(|u| u.contains("://"))
    })
}

fn host(u: &str) -> Option<String> {
    let host = u.split("://").nth(1)?.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

/// The site's name: Open Graph, then the JSON-LD publisher, then the host name.
pub fn site(f: &Facts, url: Option<&str>) -> Option<String> {
    f.meta(&[
        "og:site_name",
        "application-name",
        "twitter:app:name:iphone",
    ])
    .map(|s| {
        if s.contains("://") {
            host(s).unwrap_or_default()
        } else {
            s.to_string()
        }
    })
    .filter(|s| !s.is_empty())
    .or_else(|| f.ld.publisher.clone())
    .or_else(|| host(url?))
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Cuts site branding off a title: "Headline | Site", "Site - Headline", "Headline - Section - Site".
pub fn strip_branding(title: &str, site: Option<&str>) -> String {
    const SEPS: [&str; 7] = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "];
    let mut parts: Vec<&str> = vec![title];
    for sep in SEPS {
        if title.contains(sep) {
            parts = title
                .split(sep)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            break;
        }
    }
    if parts.len() < 2 {
        return title.trim().to_string();
    }
    let site_n = site.map(norm).unwrap_or_default();
    let is_site = |p: &str| {
        let n = norm(p);
        !site_n.is_empty()
            && (n == site_n || (n.len() >= 3 && (site_n.contains(&n) || n.contains(&site_n))))
    };
    let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_site(p)).collect();
    let words = |p: &str| p.split_whitespace().count();
    // Without a known site name the branding is the short part at an end; the headline is the
    // longest part.
    let best = kept
        .iter()
        .copied()
        .max_by_key(|p| words(p))
        .unwrap_or(title);
    if kept.len() == parts.len() && words(best) < 3 {
        return title.trim().to_string();
    }
    best.to_string()
}

/// The headline: a visible `<h1>` that agrees with what the page tells search engines, else the
/// declared headline, else the document title without its branding.
pub fn title(f: &Facts, site: Option<&str>) -> Option<String> {
    let declared: Vec<&str> = [
        f.ld.headline.as_deref(),
        f.meta(&["og:title", "twitter:title", "title", "dc.title", "headline"]),
        f.doc_title.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (_, h) in &f.h1 {
        let hn = norm(h);
        if hn.len() < 8 {
            continue;
        }
        // The same words as declared: the declared form, which publishers write for search
        // engines in plain punctuation.
        if let Some(d) = declared
            .iter()
            .map(|d| strip_branding(d, site))
            .find(|d| norm(d) == hn)
        {
            return Some(d);
        }
        if declared.iter().any(|d| {
            let dn = norm(d);
            dn == hn || dn.contains(&hn) || (hn.contains(&dn) && dn.len() * 2 > hn.len())
        }) {
            return Some(h.clone());
        }
    }
    declared
        .first()
        .map(|d| strip_branding(d, site))
        .or_else(|| f.h1.first().map(|(_, h)| h.clone()))
        .filter(|t| !t.is_empty())
}

/// Words that make a byline a desk, not a person.
fn impersonal(name: &str) -> bool {
    let lw = name.to_lowercase();
    lw.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "staff"
                | "editor"
                | "editors"
                | "editorial"
                | "desk"
                | "team"
                | "admin"
                | "administrator"
                | "newsroom"
                | "news"
                | "agency"
                | "agencies"
                | "wire"
                | "wires"
                | "reporters"
                | "correspondent"
                | "correspondents"
                | "username"
                | "anonymous"
                | "guest"
                | "contributor"
                | "contributors"
                | "press"
                | "media"
                | "online"
                | "service"
                | "services"
                | "web"
                | "digital"
        )
    }) || name.contains("://")
        || name.contains('@')
}

fn clean_byline(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut s = s.as_str();
    for p in ["By ", "by ", "BY ", "Written by ", "Words by ", "Author: "] {
        if let Some(r) = s.strip_prefix(p) {
            s = r;
        }
    }
    // A byline element often carries the date or a role after the names.
    let cut = [
        " | ",
        " • ",
        " · ",
        "Updated",
        "Published",
        "Posted",
        ", Reporter",
        "\u{2014}",
    ]
    .iter()
    .filter_map(|m| s.find(m))
    .min()
    .unwrap_or(s.len());
    let s = s
        .get(..cut)
        .unwrap_or(s)
        .trim()
        .trim_end_matches([',', ';', ':', '-'])
        .trim();
    let words = s.split_whitespace().count();
    let ok = (1..=12).contains(&words)
        && s.chars().next().is_some_and(char::is_alphabetic)
        && !impersonal(s)
        && dates::find_in_text(s).is_none();
    ok.then(|| s.to_string())
}

/// The people who wrote the story.
pub fn byline(f: &Facts, site: Option<&str>) -> Option<String> {
    let site_n = site
        .map(|s| norm(s.strip_prefix("The ").unwrap_or(s)))
        .unwrap_or_default();
    // "Telegraph View", "BBC News": the publication signing, not a person.
    let not_site = |b: &String| site_n.len() < 3 || !norm(b).contains(&site_n);
    let mut ld: Vec<String> =
        f.ld.authors
            .iter()
            .filter_map(|a| clean_byline(a))
            .collect();
    ld.dedup();
    if !ld.is_empty() {
        let b = ld.join(", ");
        if not_site(&b) {
            return Some(b);
        }
    }
    f.meta(&[
        "author",
        "article:author",
        "dc.creator",
        "byl",
        "sailthru.author",
        "parsely-author",
    ])
    .and_then(clean_byline)
    .filter(not_site)
    .or_else(|| {
        f.author_texts
            .iter()
            .filter_map(|t| clean_byline(t))
            .find(not_site)
    })
}

pub fn lang(f: &Facts) -> Option<String> {
    f.lang.clone().or_else(|| f.ld.lang.clone()).or_else(|| {
        f.meta(&["og:locale", "language", "dc.language"])
            .map(|l| l.replace('_', "-"))
    })
}

/// Meta keys that carry the publication date, most specific first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "published_time",
    "og:published_time",
    "datepublished",
    "date.published",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "pub_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "article.published",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "live_date",
];

const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "dateModified",
    "datemodified",
    "last-modified",
    "dcterms.modified",
];

/// A date the page states, with where it came from.
#[derive(Debug, Clone)]
pub struct Found {
    pub stamp: Stamp,
    pub source: &'static str,
}

/// The publication date from the page's structured data, in order of trust. `None` when the
/// page states none; the caller then looks at the URL and the text.
pub fn published(f: &Facts) -> Option<Found> {
    let mut cands: Vec<Found> = Vec::new();
    let mut add = |v: &str, source: &'static str| {
        if let Some(stamp) = dates::parse_iso(v) {
            cands.push(Found { stamp, source });
        }
    };
    f.ld.published.iter().for_each(|d| add(d, "json-ld"));
    for k in PUBLISHED_META {
        for (mk, v) in &f.meta {
            if mk == k {
                add(v, "meta");
            }
        }
    }
    f.itemprop_published.iter().for_each(|d| add(d, "meta"));
    for (_, dt, published) in &f.times {
        if *published {
            add(dt, "time");
        }
    }
    let first = cands.first()?.clone();
    // Keep the publisher's time zone: when the first source gives UTC (or nothing) and another
    // gives the same moment in local time, the local one carries the publisher's calendar date.
    let local = cands.iter().find(|c| {
        c.stamp
            .tz
            .as_deref()
            .is_some_and(|tz| tz != "Z" && tz != "+00:00" && tz != "-00:00")
            && (c.stamp.day_number() - first.stamp.day_number()).abs() <= 1
    });
    match (&first.stamp.tz, local) {
        (tz, Some(l))
            if tz
                .as_deref()
                .is_none_or(|t| t == "Z" || t.ends_with("00:00")) =>
        {
            Some(l.clone())
        }
        _ => Some(first),
    }
}

/// JSON-LD `dateCreated`: weaker than a date in the URL, since CMSs set it when a record is
/// (re)created.
pub fn created(f: &Facts) -> Option<Found> {
    f.ld.created
        .iter()
        .find_map(|v| dates::parse_iso(v))
        .map(|stamp| Found {
            stamp,
            source: "json-ld",
        })
}

/// A modification date, the last resort when nothing says when the story was published.
// clippy's `find_map(dates::parse_iso)` does not compile: the chained `&str`s have two lifetimes.
#[allow(clippy::redundant_closure)]
pub fn modified(f: &Facts) -> Option<Found> {
    f.ld.modified
        .iter()
        .map(String::as_str)
        .chain(MODIFIED_META.iter().filter_map(|k| f.meta(&[k])))
        .find_map(|v| dates::parse_iso(v))
        .map(|stamp| Found {
            stamp,
            source: "meta",
        })
}

/// Whether the page says that part of the story is kept from this reader.
pub fn paywalled(f: &Facts) -> bool {
    f.ld.free == Some(false) || f.paywall_marks > 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::html;

    fn facts(h: &str) -> Facts {
        let m = html::parse(h, None);
        gather(&m, &m.children(), &super::super::hints::roles(&m))
    }

    #[test]
    fn json_ld_graph_and_authors() {
        let f = facts(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"X"},
            {"@type":["NewsArticle"],"headline":"A  B","datePublished":"2020-01-02T03:04:05+01:00",
             "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Org"}],
             "publisher":{"@type":"Organization","name":"The Paper"},"isAccessibleForFree":"False"}]}
            </script>"#,
        );
        assert_eq!(f.ld.headline.as_deref(), Some("A B"));
        assert_eq!(f.ld.authors, vec!["Jane Doe"]);
        assert_eq!(f.ld.publisher.as_deref(), Some("The Paper"));
        let p = published(&f).unwrap();
        assert_eq!(
            (p.stamp.date(), p.source),
            ("2020-01-02".to_string(), "json-ld")
        );
        assert!(paywalled(&f));
    }

    #[test]
    fn local_time_zone_wins_over_utc() {
        let f = facts(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2015-03-19T02:30:00Z"}</script>
            <meta property="article:published_time" content="2015-03-18T22:30:00-04:00">"#,
        );
        let p = published(&f).unwrap();
        assert_eq!(
            (p.stamp.date(), p.stamp.tz.as_deref()),
            ("2015-03-18".to_string(), Some("-04:00"))
        );
    }

    #[test]
    fn titles_lose_branding() {
        assert_eq!(
            strip_branding("Big news today | The Paper", Some("The Paper")),
            "Big news today"
        );
        assert_eq!(
            strip_branding("Big news in town today - Metro - Gazette", None),
            "Big news in town today"
        );
        assert_eq!(strip_branding("Red - Blue", None), "Red - Blue");
    }

    #[test]
    fn h1_agreeing_with_meta_is_the_title() {
        let f = facts(
            "<title>Storm hits the coast - Daily</title><body><h1>Menu</h1><h1>Storm hits the coast</h1></body>",
        );
        assert_eq!(title(&f, None).as_deref(), Some("Storm hits the coast"));
    }

    #[test]
    fn bylines_are_people() {
        assert_eq!(
            clean_byline("By Jane Doe | May 7, 2021").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(clean_byline("By Staff"), None);
        assert_eq!(clean_byline("VOA News"), None);
        assert_eq!(clean_byline("https://facebook.com/x"), None);
    }
}
