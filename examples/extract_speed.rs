//! Native article extraction speed, HTML parsing included (issue 3: >= 300 pages/s on aeb_dev).
//!
//! `cargo run --release --example extract_speed -- DIR [--rounds 5] [--json]`
//!
//! Reads every `*.html` file of DIR (the bench decompresses aeb_dev's `.html.gz` there first),
//! then times parse + extract over all of them, `--rounds` times, and prints the median round as
//! pages per second and milliseconds per page. The browser benchmark runs the same pages through
//! the wasm (DOMParser + reader + extract) and compares the two.
use newslens::{extract, page::html};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: extract_speed DIR [--rounds N] [--json]");
        std::process::exit(2);
    };
    let rounds: usize = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(5)
        .max(1);
    let json = args.iter().any(|a| a == "--json");

    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "html"));
    files.sort();
    let pages: Vec<(String, String)> = files
        .iter()
        .filter_map(|p| {
            let bytes = std::fs::read(p).ok()?;
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect();
    if pages.is_empty() {
        eprintln!("extract_speed: no .html file in {dir}");
        std::process::exit(2);
    }
    // The lazily built tables are not used by extraction, but a first pass warms the allocator
    // and the caches the way a long-running process would be.
    let mut articles = 0;
    for (_, h) in &pages {
        articles += usize::from(extract::extract(&html::parse(h, None)).is_ok());
    }
    let mut per_page = vec![Vec::with_capacity(rounds); pages.len()];
    let mut totals = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let round = Instant::now();
        for (i, (_, h)) in pages.iter().enumerate() {
            let t = Instant::now();
            let page = html::parse(h, None);
            let _ = std::hint::black_box(extract::extract(&page));
            per_page[i].push(t.elapsed().as_secs_f64() * 1e3);
        }
        totals.push(round.elapsed().as_secs_f64());
    }
    totals.sort_by(f64::total_cmp);
    let median = totals[totals.len() / 2];
    let pages_per_s = pages.len() as f64 / median;
    let ms_per_page: Vec<f64> = per_page
        .iter_mut()
        .map(|xs| {
            xs.sort_by(f64::total_cmp);
            xs[xs.len() / 2]
        })
        .collect();
    if json {
        let rows: Vec<String> = pages
            .iter()
            .zip(&ms_per_page)
            .map(|((name, _), ms)| format!("{{\"name\":{name:?},\"ms\":{ms:.4}}}"))
            .collect();
        println!(
            "{{\"pages\":{},\"articles\":{articles},\"rounds\":{rounds},\"pages_per_s\":{pages_per_s:.1},\"ms_per_page\":{:.4},\"per_page\":[{}]}}",
            pages.len(),
            1e3 / pages_per_s,
            rows.join(",")
        );
    } else {
        println!(
            "{} pages ({articles} articles), median of {rounds} rounds: {pages_per_s:.0} pages/s, {:.2} ms/page (parse + extract)",
            pages.len(),
            1e3 / pages_per_s
        );
    }
}
