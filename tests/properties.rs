//! Property tests (issue 6): arbitrary text, HTML and page models never panic, every output span
//! lies within the text on char boundaries, the offset maps agree with a direct count, and the
//! same input always gives the same result.
//!
//! Cases are bounded (count and size) so CI stays fast; the fuzz targets in fuzz/ run the same
//! checks (tests/support) for hours. PROPTEST_CASES raises the count for a longer local run.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use newslens::offsets::{OffsetMap, Unit};
use newslens::output;
use newslens::page::{html, Node, PageModel, TEXT};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn config(cases: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(cases),
        // shrinking a pipeline failure can take long; a few hundred steps find a small input
        max_shrink_iters: 512,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Pieces the stages react to: names, cues, quote marks of every kind, dates and numbers,
/// abbreviations, block breaks, and characters of every UTF-8 and UTF-16 width.
const PIECES: &[&str] = &[
    "Ana",
    "Torres",
    "Mr.",
    "Dr.",
    "U.S.",
    "said",
    "told",
    "according to",
    "Tuesday",
    "May",
    "7",
    "2021",
    "May 7, 2021",
    "last week",
    "next Monday",
    "in",
    "Paris",
    "Ohio",
    "the",
    "\u{201c}",
    "\u{201d}",
    "\"",
    "'",
    "\u{2018}",
    "\u{2019}",
    "\u{ab}",
    "\u{bb}",
    "\u{300c}",
    "\u{300d}",
    "\u{201e}",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "\u{2014}",
    "-",
    "(",
    ")",
    "...",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\t",
    "\u{a0}",
    "\u{301}",
    "\u{200d}",
    "\u{fe0f}",
    "\u{1f600}",
    "\u{1f469}\u{200d}\u{1f52c}",
    "\u{1f1fa}\u{1f1f8}",
    "\u{5d0}\u{5de}\u{5e8}",
    "\u{627}\u{644}",
    "\u{202e}",
    "\u{200f}",
    "\u{4e2d}\u{56fd}",
    "\u{10348}",
    "\u{fffd}",
    "\u{0}",
    "3.5",
    "$",
    "%",
    "1990s",
    "10:30 a.m.",
    "O'Brien",
    "tree-planting",
];

/// Text made of `PIECES` and arbitrary characters, up to about 600 bytes.
fn news_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[A-Z][a-z]{1,8}",
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|v| {
        v.iter()
            .enumerate()
            .map(|(i, p)| {
                // most pieces are words: space them like prose
                if i > 0 && p.chars().next().is_some_and(char::is_alphanumeric) {
                    format!(" {p}")
                } else {
                    p.clone()
                }
            })
            .collect()
    })
}

/// Markup: tags the extractor cares about, broken and unbalanced, with news text between.
fn html_text() -> impl Strategy<Value = String> {
    const TAGS: &[&str] = &[
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<article>",
        "</article>",
        "<h1>",
        "</h1>",
        "<br>",
        "<blockquote>",
        "</blockquote>",
        "<li>",
        "<ul>",
        "</ul>",
        "<table><tr><td>",
        "</td>",
        "<figure><figcaption>",
        "</figcaption></figure>",
        "<script>",
        "</script>",
        "<script type=\"application/ld+json\">{\"datePublished\":\"2021-05-07\"}</script>",
        "<meta property=\"article:published_time\" content=\"2021-05-07\">",
        "<time datetime=\"2021-05-07\">",
        "</time>",
        "<title>",
        "</title>",
        "<nav>",
        "</nav>",
        "<p class=\"byline\">By ",
        "<span hidden>",
        "<div style=\"display:none\">",
        "</span>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "&amp;",
        "&#x1F600;",
        "&nbsp;",
        "<",
        ">",
        "</",
        "<body>",
        "</body>",
        "<html>",
        "<head>",
        "</head>",
        "<!DOCTYPE html>",
    ];
    let piece = prop_oneof![
        2 => proptest::sample::select(TAGS).prop_map(str::to_string),
        3 => news_text(),
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

/// Page models in the shape a DOM walk gives (parents before children), and now and then
/// broken ones (a parent after its child, or out of range).
fn page_model() -> impl Strategy<Value = PageModel> {
    const TAGS: &[&str] = &[
        TEXT,
        TEXT,
        TEXT,
        "html",
        "head",
        "title",
        "meta",
        "body",
        "article",
        "div",
        "p",
        "p",
        "h1",
        "span",
        "a",
        "blockquote",
        "li",
        "ul",
        "table",
        "td",
        "figcaption",
        "time",
        "nav",
        "script",
        "footer",
        "",
    ];
    let node = (
        any::<u16>(),
        proptest::sample::select(TAGS),
        news_text(),
        proptest::collection::vec(
            (
                proptest::sample::select(&["class", "id", "content", "property", "datetime"][..]),
                "[a-z0-9:-]{0,12}",
            ),
            0..3,
        ),
        any::<bool>(),
        proptest::bool::weighted(0.02),
    );
    (
        proptest::option::of("https://[a-z]{1,8}\\.example/[0-9/]{0,12}[a-z-]{0,10}"),
        proptest::collection::vec(node, 0..40),
    )
        .prop_map(|(url, raw)| {
            let nodes = raw
                .into_iter()
                .enumerate()
                .map(|(i, (back, tag, text, attrs, hidden, broken))| {
                    let parent = if broken {
                        Some(u32::from(back))
                    } else if i == 0 {
                        None
                    } else {
                        Some((i - 1 - back as usize % i) as u32)
                    };
                    let is_text = tag == TEXT;
                    Node {
                        parent,
                        tag: tag.to_string(),
                        text: if is_text { text } else { String::new() },
                        attrs: if is_text {
                            Vec::new()
                        } else {
                            attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
                        },
                        hidden,
                    }
                })
                .collect();
            PageModel { url, nodes }
        })
}

/// Two analyses are the same when their JSON is: the JSON is what anyone downstream sees.
fn same_json<T: serde::Serialize>(a: &T, b: &T) -> bool {
    serde_json::to_string(a).ok() == serde_json::to_string(b).ok()
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn text_never_panics_and_spans_fit(text in news_text()) {
        let a = newslens::analyze_text(&text, &support::options());
        prop_assert_eq!(&a.article.text, &text, "text input is analysed exactly as given");
        if let Err(e) = support::check_all(&a, None) {
            return Err(TestCaseError::fail(e));
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let a = newslens::analyze_text(&text, &support::options());
        if let Err(e) = support::check_all(&a, None) {
            return Err(TestCaseError::fail(e));
        }
    }

    #[test]
    fn html_never_panics_and_models_are_valid(markup in html_text()) {
        let page = html::parse(&markup, Some("https://news.example/2021/05/07/story"));
        prop_assert!(page.validate().is_ok(), "parser built an invalid model");
        let r = newslens::analyze_page(&page, &support::options());
        if let Err(e) = support::check_page_result(&r, &page) {
            return Err(TestCaseError::fail(e));
        }
    }

    #[test]
    fn page_models_never_panic(page in page_model()) {
        let r = newslens::analyze_page(&page, &support::options());
        if page.validate().is_err() {
            prop_assert!(r.is_err(), "an invalid model was analysed");
        }
        if let Err(e) = support::check_page_result(&r, &page) {
            return Err(TestCaseError::fail(e));
        }
    }

    #[test]
    fn page_models_survive_the_json_boundary(page in page_model()) {
        // the model crosses from JavaScript as plain data; what goes over must come back equal
        let json = serde_json::to_string(&page).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back: PageModel = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back, page);
    }

    #[test]
    fn same_text_same_result(text in news_text()) {
        let a = newslens::analyze_text(&text, &support::options());
        let b = newslens::analyze_text(&text, &support::options());
        prop_assert!(same_json(&a, &b), "two runs differ");
        prop_assert!(same_json(
            &output::view(&a, Unit::Utf16),
            &output::view(&b, Unit::Utf16)
        ));
    }

    #[test]
    fn same_page_same_result(markup in html_text()) {
        let p1 = html::parse(&markup, None);
        let p2 = html::parse(&markup, None);
        prop_assert_eq!(&p1, &p2, "two parses differ");
        let a = newslens::analyze_page(&p1, &support::options()).map(|a| serde_json::to_string(&a).ok());
        let b = newslens::analyze_page(&p2, &support::options()).map(|a| serde_json::to_string(&a).ok());
        prop_assert_eq!(a, b, "two runs differ");
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn offset_maps_agree_with_a_direct_count(text in news_text(), long in 0usize..4) {
        // long texts cross many checkpoints of the map
        let text = text.repeat(1 + long * 4);
        if let Err(e) = support::check_offsets(&text) {
            return Err(TestCaseError::fail(e));
        }
    }

    #[test]
    fn offset_maps_take_offsets_in_any_order(text in news_text(), picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..64)) {
        let text = text.repeat(5);
        let bounds: Vec<usize> = (0..=text.len()).filter(|&b| text.is_char_boundary(b)).collect();
        for unit in [Unit::CodePoint, Unit::Utf16] {
            let map = OffsetMap::new(&text, unit);
            for p in &picks {
                let b = bounds[p.index(bounds.len())];
                prop_assert_eq!(map.convert(b), support::direct_count(&text, b, unit));
            }
        }
    }

    #[test]
    fn offsets_inside_a_character_round_down(text in news_text()) {
        // a byte offset inside a character means the character it is in: both conversions
        // must agree on that, or a span's two ends could disagree by one
        let text = text.repeat(3);
        for unit in [Unit::CodePoint, Unit::Utf16] {
            let map = OffsetMap::new(&text, unit);
            for b in (0..=text.len() + 2).filter(|&b| b > text.len() || !text.is_char_boundary(b)) {
                prop_assert_eq!(map.convert(b), support::direct_count(&text, b, unit), "byte {} {:?}", b, unit);
            }
        }
    }
}
