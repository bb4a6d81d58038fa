//! Prints how long each pipeline stage takes on a file (plain text or HTML), to find the stage
//! that grows faster than the input. `cargo run --release --example stage_times -- FILE [--text]`
use newslens::{entities, extract, places, quotes, sentences, speakers, timeline, timex};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("usage: stage_times FILE [--text]");
    let bytes = std::fs::read(path).expect("read");
    let raw = String::from_utf8_lossy(&bytes).into_owned();
    // The first analysis also builds the lazily loaded tables (names, gazetteer): time it apart.
    let warm = Instant::now();
    let _ = newslens::analyze_text(
        "Warm-up: Harris said Friday in Mexico.",
        &Default::default(),
    );
    eprintln!(
        "{:<18} {:>10.1} ms",
        "tables (first use)",
        warm.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let lap = |name: &str| {
        eprintln!("{name:<18} {:>10.1} ms", t.elapsed().as_secs_f64() * 1e3);
    };
    let article = if args.iter().any(|a| a == "--text") {
        extract::from_text(&raw)
    } else {
        let page = newslens::page::html::parse(&raw, None);
        lap("parse");
        extract::extract(&page).expect("article")
    };
    lap("extract");
    let doc = sentences::split(&article.text, &article.blocks);
    lap("sentences");
    let mut mentions = entities::recognize(&doc, &article);
    lap("entities");
    places::refine(&doc, &article, &mut mentions);
    lap("places::refine");
    let q = quotes::find(&doc, &article, &mentions);
    lap("quotes");
    let _cast = speakers::resolve(&doc, &article, &mentions, &q);
    lap("speakers");
    let _p = places::resolve(&doc, &article, &mentions);
    lap("places::resolve");
    let tx = timex::find(&doc, None);
    lap("timex");
    let _tl = timeline::build(&doc, &article, &tx, timex::dateline(&doc).as_ref());
    lap("timeline");
}
