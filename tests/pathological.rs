//! The pathological set (issue 6): hostile and broken inputs that must give a result, or a clear
//! "not an article" / "too large: analysed the first N characters", and never a panic or a hang.
//!
//! Inputs are generated here, never committed. Each case runs on its own thread with a bounded
//! stack and a generous ceiling, and prints its time; the ceiling only catches hangs and
//! quadratic blow-ups, it is not a speed target (the benchmarks report speed). See the times with
//! `cargo test --release --test pathological -- --nocapture --test-threads=1 --include-ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use newslens::insight::{Analysis, Error, MAX_TEXT_BYTES};
use newslens::offsets::Unit;
use newslens::output;
use newslens::page::{html, Node, PageModel, TEXT};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Unoptimised test builds run the pipeline 10-30 times slower than release, so the ceiling
/// that means "hung" is wider there.
const CEILING: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(90)
} else {
    Duration::from_secs(20)
};

/// The wasm32 target gives the main thread a 1 MiB stack, and the analysis runs there in the
/// browser: analysing on a thread this small catches recursion over page depth before a reader
/// does. Native frames are larger than wasm's, so this errs on the safe side.
const WASM_STACK: usize = 1 << 20;
/// The command line parses HTML on the main thread, whose stack is 8 MiB on Linux.
const CLI_STACK: usize = 8 << 20;

/// Runs `f` on a fresh thread with `stack` bytes of stack, failing the test if it panics or
/// outlives the ceiling, and prints how long it took.
fn timed<T: Send + 'static>(name: &str, stack: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let start = Instant::now();
    let handle = std::thread::Builder::new()
        .name(name.to_string())
        .stack_size(stack)
        .spawn(move || {
            let _ = tx.send(f());
        })
        .expect("spawn");
    match rx.recv_timeout(CEILING) {
        Ok(v) => {
            let _ = handle.join();
            eprintln!("pathological {name:<40} {:>9.1} ms", ms(start));
            v
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{name}: no result after {:?} (hang or blow-up)", CEILING)
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let why = handle.join().err().map(|p| panic_message(&*p));
            panic!("{name}: panicked: {}", why.unwrap_or_default())
        }
    }
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1e3
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(non-string panic)".into())
}

/// Analyses text on the wasm-sized stack and checks every promise on the result.
fn text_case(name: &str, text: String) -> Analysis {
    let label = format!("text: {name}");
    let a = timed(&label, WASM_STACK, move || {
        let a = newslens::analyze_text(&text, &support::options());
        (text, a)
    });
    let (text, a) = a;
    if let Err(e) = support::check_all(&a, None) {
        panic!("{label}: {e}");
    }
    if text.len() > MAX_TEXT_BYTES {
        assert_too_large(&label, &a);
    } else {
        // text input is analysed exactly as given: the eval's offsets depend on it
        assert_eq!(a.article.text, text, "{label}: text input was altered");
    }
    report(&label, Ok(&a));
    a
}

/// Parses HTML as the command line does, then analyses the model on the wasm-sized stack.
fn html_case(name: &str, page_html: String) -> Outcome {
    let parse_label = format!("parse: {name}");
    let page = timed(&parse_label, CLI_STACK, move || {
        html::parse(&page_html, Some("https://news.example/2021/05/07/story"))
    });
    if let Err(e) = page.validate() {
        panic!("{parse_label}: the parser built an invalid model: {e}");
    }
    model_case(name, page)
}

/// Analyses a page model on the wasm-sized stack and checks the result, whichever way it went.
fn model_case(name: &str, page: PageModel) -> Outcome {
    let label = format!("page: {name}");
    let (page, r) = timed(&label, WASM_STACK, move || {
        let r = newslens::analyze_page(&page, &support::options());
        (page, r)
    });
    if let Err(e) = support::check_page_result(&r, &page) {
        panic!("{label}: {e}");
    }
    report(&label, r.as_ref());
    Outcome(r)
}

/// What a page case gave: an analysis or a refusal, both already checked. Callers that only
/// need "no panic, no hang" may drop it.
struct Outcome(Result<Analysis, Error>);

/// The outcome in one line: what the panel would say.
fn report(label: &str, r: Result<&Analysis, &Error>) {
    match r {
        Ok(a) => {
            let v = output::view(a, Unit::CodePoint);
            eprintln!(
                "    {label}: {} bytes, {} sentences, {} mentions, {} quotes, {} timex{}",
                a.article.text.len(),
                a.sentences.len(),
                a.mentions.len(),
                a.quotes.len(),
                a.timex.len(),
                v.warnings
                    .iter()
                    .map(|w| format!("; {w}"))
                    .collect::<String>()
            );
        }
        Err(e) => eprintln!("    {label}: {e}"),
    }
}

fn assert_too_large(label: &str, a: &Analysis) {
    let cut = a
        .truncated
        .unwrap_or_else(|| panic!("{label}: over MAX_TEXT_BYTES but not marked truncated"));
    assert!(cut <= MAX_TEXT_BYTES && cut > 0, "{label}: cut at {cut}");
    let v = output::view(a, Unit::CodePoint);
    let n = a.article.text.chars().count();
    let want = format!("too large: analysed the first {n} characters");
    assert!(
        v.warnings.iter().any(|w| w == &want),
        "{label}: warnings {:?} lack {want:?}",
        v.warnings
    );
}

/// A page that is too large must still be analysed (first part) or refused with a reason.
fn assert_large_page(label: &str, r: &Result<Analysis, Error>) {
    if let Ok(a) = r {
        if a.truncated.is_some() {
            assert_too_large(label, a);
        }
    }
}

// ---- inputs ----

/// Plain news sentences of our own (names, places, dates, quotes, abbreviations), so every stage
/// has something to chew on.
const SENTENCES: &[&str] = &[
    "The mayor of Springfield, Ana Torres, said on Tuesday that the bridge would reopen in March.",
    "\u{201c}We are doing everything we can,\u{201d} Torres told reporters outside City Hall.",
    "Officials in Ohio said the repairs had cost $3.5 million since January 2020.",
    "According to the Department of Transportation, traffic fell by 12 percent last week.",
    "Residents, who asked not to be named, said they were tired of waiting.",
    "The council will vote on the plan next Monday, a spokesman said.",
    "In Paris and Berlin, similar projects took two years to finish.",
    "Dr. John Smith, an engineer at the University of Michigan, warned that \"the steel is old.\"",
    "On May 3, 2021, U.S. inspectors found cracks in two of the 40-year-old supports.",
    "Torres added that the city would \u{201c}not cut corners\u{201d} to save time.",
];

/// Paragraph `i` of news prose: three sentences.
fn paragraph(i: usize) -> String {
    (0..3)
        .map(|k| SENTENCES[(i * 3 + k) % SENTENCES.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// `n` paragraphs of news prose.
fn paragraphs(n: usize) -> Vec<String> {
    (0..n).map(paragraph).collect()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A news page around `body` (already HTML), with the metadata real pages carry.
fn news_page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{t}</title>\
         <meta property=\"og:title\" content=\"{t}\">\
         <meta property=\"article:published_time\" content=\"2021-05-07T10:00:00Z\"></head>\
         <body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>\
         <main><article><h1>{t}</h1><p class=\"byline\">By Staff Reporter</p>{body}</article></main>\
         <footer><p>&copy; 2021 News Example</p></footer></body></html>",
        t = escape(title)
    )
}

/// Enough paragraphs of prose to fill at least `bytes`.
fn paragraphs_of(bytes: usize) -> Vec<String> {
    let mut total = 0;
    let mut out = Vec::new();
    let mut i = 0;
    while total < bytes {
        let p = paragraph(i);
        total += p.len() + 1;
        out.push(p);
        i += 1;
    }
    out
}

fn p_tags(paras: &[String]) -> String {
    paras
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect()
}

/// Deterministic bytes (xorshift), so a failure is reproducible.
fn noise(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn node(parent: Option<u32>, tag: &str, text: &str) -> Node {
    Node {
        parent,
        tag: tag.into(),
        text: text.into(),
        ..Node::default()
    }
}

// ---- the set ----

#[test]
fn five_megabyte_page() {
    let paras = paragraphs_of(5 << 20);
    let page = news_page("en", "A very long story", &p_tags(&paras));
    assert!(page.len() >= 5 << 20, "page is {} bytes", page.len());
    let Outcome(r) = html_case("5 MB page", page);
    assert_large_page("5 MB page", &r);
    // the same prose as text must be cut and say so
    let a = text_case("5 MB text", paras.join("\n\n"));
    assert!(a.truncated.is_some());
}

#[test]
fn nesting_ten_thousand_deep() {
    let depth = 10_000;
    let body = format!(
        "{}{}{}",
        "<div class=\"wrap\">".repeat(depth),
        p_tags(&paragraphs(8)),
        "</div>".repeat(depth)
    );
    html_case("nesting 10,000 deep", news_page("en", "Deep", &body));
    // unclosed tags nest too, and inline elements are not capped by the parser like blocks may be
    let unclosed = format!(
        "{}{}",
        "<span><b>".repeat(depth / 2),
        p_tags(&paragraphs(8))
    );
    html_case(
        "10,000 unclosed inline tags",
        news_page("en", "Deep", &unclosed),
    );
    // the model can come from any DOM; the content script does not cap depth
    for depth in [10_000u32, 100_000] {
        let mut nodes = vec![node(None, "html", ""), node(Some(0), "body", "")];
        for i in 1..depth {
            nodes.push(node(Some(i), "div", ""));
        }
        for p in paragraphs(8) {
            let parent = nodes.len() as u32 - 1;
            nodes.push(node(Some(parent), "p", ""));
            nodes.push(node(Some(parent + 1), TEXT, &p));
        }
        model_case(
            &format!("model chain {depth} deep"),
            PageModel { url: None, nodes },
        );
    }
}

#[test]
fn one_megabyte_paragraph() {
    let para: String = paragraphs_of(1 << 20).join(" ");
    assert!(para.len() >= 1 << 20);
    html_case(
        "one 1 MB paragraph",
        news_page("en", "One paragraph", &format!("<p>{}</p>", escape(&para))),
    );
    text_case("one 1 MB paragraph", para);
    // one 1 MB word: no space, no punctuation, nothing to split on
    text_case("one 1 MB word", "a".repeat(1 << 20));
    text_case("1 MB of digits", "7".repeat(1 << 20));
    text_case("1 MB of dots", ".".repeat(1 << 20));
}

/// A 10,000-character word inside one paragraph of a story (a layout bomb, or a pasted blob)
/// must not outweigh the story: the page is still an article, and the word is in its text.
#[test]
fn ten_thousand_character_word_in_a_story() {
    let word = "A".repeat(10_000);
    let mut paras = paragraphs(8);
    paras.insert(3, format!("\u{201c}{word},\u{201d} Torres said."));
    let Outcome(r) = html_case(
        "a 10,000-character word in a story",
        news_page("en", "Bridge to reopen", &p_tags(&paras)),
    );
    let a = r.unwrap_or_else(|e| panic!("still an article, not: {e}"));
    assert!(a.article.text.contains(&word), "the word is kept whole");
    assert!(
        a.article.text.contains(SENTENCES[0]),
        "and so is the story around it"
    );
    text_case("a 10,000-character word in a story", paras.join("\n\n"));
}

#[test]
fn hundred_thousand_tiny_paragraphs() {
    let tiny: Vec<String> = (0..100_000).map(|i| format!("Word {i}.")).collect();
    html_case(
        "100,000 tiny paragraphs",
        news_page("en", "Tiny", &p_tags(&tiny)),
    );
    text_case("100,000 tiny paragraphs", tiny.join("\n\n"));
    text_case("100,000 one-char lines", "x\n".repeat(100_000));
}

#[test]
fn page_of_only_tables() {
    let mut body = String::new();
    for t in 0..200 {
        body.push_str(
            "<table><thead><tr><th>Team</th><th>Score</th><th>Date</th></tr></thead><tbody>",
        );
        for r in 0..20 {
            body.push_str(&format!(
                "<tr><td>Team {t}-{r}</td><td>{}</td><td>May {}, 2021</td></tr>",
                (t * 7 + r) % 100,
                r + 1
            ));
        }
        body.push_str("</tbody></table>");
    }
    let page = format!(
        "<!DOCTYPE html><html><head><title>Results</title></head><body>{body}</body></html>"
    );
    html_case("only tables", page);
    // tables nested in tables, the old layout way
    let nested = format!(
        "<!DOCTYPE html><html><body>{}{}{}</body></html>",
        "<table><tr><td>".repeat(500),
        p_tags(&paragraphs(6)),
        "</td></tr></table>".repeat(500)
    );
    html_case("tables nested 500 deep", nested);
}

#[test]
fn binary_garbage() {
    let bytes = noise(256 * 1024, 0x9e37_79b9_7f4a_7c15);
    let lossy = String::from_utf8_lossy(&bytes).into_owned();
    text_case("binary garbage (lossy)", lossy.clone());
    html_case("binary garbage as HTML", lossy);
    // the same bytes wrapped in markup, as a broken server might send them
    let mut wrapped = b"<!DOCTYPE html><html><body><p>".to_vec();
    wrapped.extend_from_slice(&bytes);
    html_case(
        "binary inside <p>",
        String::from_utf8_lossy(&wrapped).into_owned(),
    );
    // NUL and the C0 controls, which text nodes may carry
    let controls: String = (0..4096u32)
        .map(|i| char::from_u32(i % 32).unwrap_or(' '))
        .collect();
    text_case("control characters", controls);
    cli_case("binary garbage", &["analyze", "-"], &bytes, false);
    cli_case(
        "binary garbage --text",
        &["analyze", "--text", "--json", "-"],
        &bytes,
        true,
    );
}

#[test]
fn invalid_utf8_and_lone_surrogates() {
    // invalid UTF-8 as a file or pipe gives it to the command line: stray continuation bytes,
    // truncated sequences, overlong forms, encoded surrogates (ED A0 80), bytes FE/FF
    let mut bad =
        b"Ana Torres said \xe2\x80 on Tuesday \xc3 \xed\xa0\x80 \xf0\x9f\x98 that ".to_vec();
    bad.extend_from_slice(
        b"\xc0\xaf\xfe\xff \x80\x80 \"the bridge\" \xf4\x90\x80\x80 opens in May.",
    );
    let html_bad = [
        b"<!DOCTYPE html><html><body><article><p>".as_slice(),
        &bad,
        b"</p></article></body></html>",
    ]
    .concat();
    cli_case(
        "invalid UTF-8 text",
        &["analyze", "--text", "--json", "-"],
        &bad,
        true,
    );
    cli_case(
        "invalid UTF-8 page",
        &["analyze", "--json", "-"],
        &html_bad,
        false,
    );
    // batch reads lines lossily; a JSON string with a lone surrogate escape is refused per line
    let mut batch = b"{\"id\":\"raw\",\"text\":\"".to_vec();
    // (the raw bytes go inside a JSON string, so their quote marks are escaped)
    let escaped: Vec<u8> = bad
        .iter()
        .flat_map(|&b| {
            if b == b'"' {
                vec![b'\\', b'"']
            } else {
                vec![b]
            }
        })
        .collect();
    batch.extend_from_slice(&escaped);
    batch.extend_from_slice(b"\"}\n{\"id\":\"esc\",\"text\":\"a\\ud800b \\udc00 said.\"}\n");
    batch.extend_from_slice(b"{\"id\":\"ok\",\"text\":\"Torres said \\ud83d\\ude00 yes.\"}\n");
    let out = cli_run(&["batch", "--today", "2021-05-07"], &batch);
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("batch line is JSON"))
        .collect();
    assert_eq!(lines.len(), 3, "one output line per input line");
    assert!(
        lines[0].get("article").is_some(),
        "lossy line analysed: {}",
        lines[0]
    );
    assert!(
        lines[1].get("error").is_some(),
        "lone surrogate refused: {}",
        lines[1]
    );
    assert!(
        lines[2].get("article").is_some(),
        "paired escape analysed: {}",
        lines[2]
    );

    // a JavaScript string with lone surrogates reaches Rust through TextEncoder, which puts
    // U+FFFD in their place: one UTF-16 unit for one, so offsets still index the JS string
    let js: Vec<u16> = "Ana Torres said \u{201c}yes\u{201d} on May 7."
        .encode_utf16()
        .flat_map(|u| [u, 0xD800, u, 0xDC00])
        .collect();
    let seen = String::from_utf16_lossy(&js);
    assert_eq!(seen.encode_utf16().count(), js.len());
    text_case("lone surrogates via TextEncoder", seen);
}

#[test]
fn right_to_left_text() {
    let arabic = "\u{627}\u{644}\u{642}\u{627}\u{647}\u{631}\u{629} (\u{631}\u{648}\u{64a}\u{62a}\u{631}\u{632}) - \u{642}\u{627}\u{644} \u{627}\u{644}\u{631}\u{626}\u{64a}\u{633} \u{201c}\u{646}\u{639}\u{645}\u{201d} \u{64a}\u{648}\u{645} 7 \u{645}\u{627}\u{64a}\u{648} 2021.";
    let hebrew = "\u{5d9}\u{5b0}\u{5e8}\u{5d5}\u{5bc}\u{5e9}\u{5b8}\u{5c1}\u{5dc}\u{5b7}\u{5d9}\u{5b4}\u{5dd} \u{5d0}\u{5de}\u{5e8} \"\u{5db}\u{5df}\" \u{5d1}-Joe Biden.";
    // bidi overrides and marks around Latin names, the way spoofed text arrives
    let spoof = "Ana \u{202e}serroT anA\u{202c} said \u{2067}\u{201c}no\u{201d}\u{2069} on \u{200f}May 7\u{200e}, 2021.";
    let text = [arabic, hebrew, spoof].join("\n\n").repeat(200);
    text_case("right-to-left", text.clone());
    let body: String = text
        .split("\n\n")
        .map(|p| format!("<p dir=\"rtl\">{}</p>", escape(p)))
        .collect();
    html_case(
        "right-to-left page",
        news_page("ar", "\u{62e}\u{628}\u{631}", &body),
    );
}

#[test]
fn emoji_and_combining_marks_across_offsets() {
    // every unit width next to the things stages slice on: names, quotes, dates, sentence ends
    let pieces = [
        "\u{1f600}Ana Torres\u{1f600} said \u{201c}\u{1f469}\u{200d}\u{1f52c} yes\u{201d} on May 7, 2021\u{1f44d}\u{1f3fd}.",
        "Jose\u{301} Mari\u{301}a Pe\u{303}a told \u{1f1fa}\u{1f1f8} reporters in Bogota\u{301} on Tuesday.",
        "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\"Z\u{335}\u{31b}\u{359}a\u{334}\u{32e}l\u{337}go\",\u{fe0f} she said\u{20e3}.",
        "\u{10348}\u{10349} Gothic and \u{1d49c}\u{1d4b7} math letters, March 3\u{fe0f}\u{20e3}, 2020.",
    ];
    let text = pieces.join("\n\n").repeat(300);
    support::check_offsets(&text).expect("offset maps agree");
    text_case("emoji and combining marks", text.clone());
    let body: String = text
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    html_case("emoji page", news_page("en", "\u{1f600} Emoji", &body));
    // a text node split inside a grapheme (markup between a base letter and its mark)
    let split = "<p>Jose<b>\u{301}</b> said <i>\u{1f469}</i>\u{200d}\u{1f52c} \u{201c}yes<em>\u{201d}</em> on May 7.</p>".repeat(300);
    html_case(
        "graphemes split by markup",
        news_page("en", "Split", &split),
    );
}

/// One "sentence" with thousands of dates (an archive list with no stops) or of comma lists:
/// every date's event phrase is read from the words around it, so the timeline stays linear.
/// Each used to read the whole sentence, which took seconds in release and hung a debug build.
#[test]
fn twenty_thousand_dates_in_one_sentence() {
    let months: Vec<&str> =
        "January February March April May June July August September October November December"
            .split(' ')
            .collect();
    let dates: Vec<String> = (0..20_000)
        .map(|i| format!("{} {}", months[i % 12], 1 + i % 28))
        .collect();
    let a = text_case("20,000 dates in one sentence", dates.join(" "));
    assert!(!a.timeline.is_empty(), "the dates make a timeline");
    let lists: Vec<String> = (0..10_000)
        .map(|i| format!("the red, green and blue car in May {}", 2000 + i % 20))
        .collect();
    text_case("10,000 comma lists in one sentence", lists.join(" and "));
    // every "and said" looks back for the subject of its clause, only so far
    text_case(
        "12,000 'and said' in one sentence",
        "the man ran and said the car was red, ".repeat(12_000),
    );
}

#[test]
fn ten_thousand_unclosed_quotation_marks() {
    for (name, mark) in [
        ("curly", "\u{201c}"),
        ("straight", "\""),
        ("guillemet", "\u{ab}"),
        ("single", "\u{2018}"),
    ] {
        let text = format!(
            "Torres said {}",
            (0..10_000)
                .map(|i| format!("{mark}word{i} "))
                .collect::<String>()
        );
        text_case(&format!("10,000 unclosed {name} quotes"), text);
    }
    // unclosed quotes over many paragraphs, each opened after an attribution cue
    let paras: Vec<String> = (0..10_000)
        .map(|i| format!("Ana Torres said: \u{201c}Part {i} of the story goes on"))
        .collect();
    text_case("10,000 paragraphs opening quotes", paras.join("\n\n"));
    html_case(
        "10,000 unclosed quotes page",
        news_page("en", "Quotes", &p_tags(&paras)),
    );
}

#[test]
fn non_english_articles() {
    let german = "BERLIN (dpa) \u{2013} Bundeskanzlerin Angela Merkel hat am Dienstag gesagt: \u{201e}Wir schaffen das.\u{201c} Die Stra\u{df}e in M\u{fc}nchen bleibt bis 7. Mai 2021 gesperrt.";
    let french = "PARIS \u{2014} \u{ab} Nous ne c\u{e9}derons pas \u{bb}, a d\u{e9}clar\u{e9} le ministre mardi 4 mai. L\u{2019}\u{c9}lys\u{e9}e n\u{2019}a pas r\u{e9}agi.";
    let chinese = "\u{65b0}\u{534e}\u{793e}\u{5317}\u{4eac}5\u{6708}7\u{65e5}\u{7535} \u{674e}\u{514b}\u{5f3a}\u{8bf4}\u{ff1a}\u{300c}\u{6211}\u{4eec}\u{5c06}\u{7ee7}\u{7eed}\u{52aa}\u{529b}\u{3002}\u{300d}\u{4ed6}\u{5728}\u{4e0a}\u{6d77}\u{8868}\u{793a}\u{3002}";
    let russian = "\u{41c}\u{41e}\u{421}\u{41a}\u{412}\u{410}, 7 \u{43c}\u{430}\u{44f} \u{2014} \u{00ab}\u{41c}\u{44b} \u{433}\u{43e}\u{442}\u{43e}\u{432}\u{44b}\u{00bb}, \u{2014} \u{437}\u{430}\u{44f}\u{432}\u{438}\u{43b} \u{412}\u{43b}\u{430}\u{434}\u{438}\u{43c}\u{438}\u{440} \u{41f}\u{443}\u{442}\u{438}\u{43d}.";
    for (lang, t) in [
        ("de", german),
        ("fr", french),
        ("zh", chinese),
        ("ru", russian),
    ] {
        let paras: Vec<String> = (0..40).map(|_| t.to_string()).collect();
        text_case(&format!("article in {lang}"), paras.join("\n\n"));
        html_case(
            &format!("page in {lang}"),
            news_page(lang, &format!("{lang} news"), &p_tags(&paras)),
        );
    }
}

#[test]
fn empty_bodies() {
    text_case("empty text", String::new());
    text_case("white space only", " \n\n\t\u{a0}\u{3000}\n".repeat(1000));
    for (name, page) in [
        (
            "empty body",
            "<!DOCTYPE html><html><head><title>T</title></head><body></body></html>",
        ),
        ("no body at all", "<html>"),
        ("empty document", ""),
        ("only a title", "<title>Breaking news</title>"),
        (
            "body of comments",
            "<html><body><!-- a --><!-- b --></body></html>",
        ),
        (
            "script only",
            "<html><body><script>var s = '<p>not text</p>';</script></body></html>",
        ),
    ] {
        let Outcome(r) = html_case(name, page.to_string());
        if let Ok(a) = &r {
            assert!(
                a.article.text.trim().is_empty(),
                "{name}: found an article in an empty page: {:?}",
                a.article.text
            );
        }
    }
    model_case("empty model", PageModel::default());
    model_case(
        "root only",
        PageModel {
            url: Some(String::new()),
            nodes: vec![node(None, "html", "")],
        },
    );
}

#[test]
fn malformed_models_are_refused_not_panicked_on() {
    let text = |p| node(Some(p), TEXT, "Torres said yes.");
    for (name, nodes) in [
        (
            "parent after child",
            vec![node(None, "html", ""), node(Some(5), "p", "")],
        ),
        (
            "two roots",
            vec![node(None, "html", ""), node(None, "html", "")],
        ),
        (
            "self parent",
            vec![node(None, "html", ""), node(Some(1), "p", "")],
        ),
        (
            "parent u32::MAX",
            vec![node(None, "html", ""), node(Some(u32::MAX), "p", "")],
        ),
        (
            "text root",
            vec![node(None, TEXT, "Just text at the root.")],
        ),
        (
            "text under text",
            vec![node(None, "html", ""), text(0), text(1)],
        ),
        (
            "empty tag",
            vec![node(None, "", ""), node(Some(0), "", "x")],
        ),
        (
            "element with text",
            vec![
                node(None, "html", ""),
                node(Some(0), "p", "text on an element"),
            ],
        ),
    ] {
        model_case(name, PageModel { url: None, nodes });
    }
}

#[test]
fn the_voa_sample_passes_every_check() {
    // a real article, to make sure the checks above are not only ever run on refusals
    let page = include_str!("../fixtures/voa-harris-lopez-obrador.html").to_string();
    html_case("VOA sample", page.clone());
    html_case("VOA sample x16", {
        let start = page.find("<p").unwrap_or(0);
        let end = page.rfind("</p>").map_or(page.len(), |e| e + 4);
        let body = &page[start..end];
        format!("{}{}{}", &page[..start], body.repeat(16), &page[end..])
    });
}

// ---- the command line, as a file or a pipe gives it bytes ----

fn cli_run(args: &[&str], input: &[u8]) -> std::process::Output {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    // `env!` would not compile this file without the cli feature; the cli tests need it anyway.
    #[allow(clippy::option_env_unwrap)]
    let bin = option_env!("CARGO_BIN_EXE_newslens").expect("built with the cli feature");
    let mut child = Command::new(bin)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run newslens");
    // feed and drain on threads: a large output could fill a pipe while we still write
    let mut stdin = child.stdin.take().expect("stdin");
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            v
        })
    };
    let out_reader = drain(Box::new(child.stdout.take().expect("stdout")));
    let err_reader = drain(Box::new(child.stderr.take().expect("stderr")));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for newslens") {
            break status;
        }
        if start.elapsed() > CEILING {
            let _ = child.kill();
            panic!("newslens {args:?}: no answer after {CEILING:?} (hang or blow-up)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = writer.join();
    let out = std::process::Output {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && out.status.code() != Some(101),
        "newslens {args:?} panicked: {stderr}"
    );
    out
}

/// Runs the command line on `input`; it must answer with JSON (when `json`) whose code-point
/// offsets match its text, or refuse with a message, and never panic.
fn cli_case(name: &str, args: &[&str], input: &[u8], json: bool) {
    let start = Instant::now();
    let out = cli_run(args, input);
    eprintln!("pathological cli: {name:<35} {:>9.1} ms", ms(start));
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("newslens: ") && stderr.len() > 12,
            "{name}: unclear refusal {stderr:?}"
        );
        assert!(!json, "{name}: refused text input: {stderr}");
        eprintln!("    cli {name}: {}", stderr.trim());
        return;
    }
    if json {
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
        let text: Vec<char> = v["article"]["text"]
            .as_str()
            .unwrap_or("")
            .chars()
            .collect();
        for m in v["mentions"].as_array().into_iter().flatten() {
            let (s, e) = (
                m["start"].as_u64().unwrap_or(0),
                m["end"].as_u64().unwrap_or(0),
            );
            let got: String = text
                .get(s as usize..e as usize)
                .map(|c| c.iter().collect())
                .unwrap_or_default();
            assert_eq!(
                got,
                m["text"].as_str().unwrap_or(""),
                "{name}: mention offsets"
            );
        }
    }
}
