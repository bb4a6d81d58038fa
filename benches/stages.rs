//! Native benchmarks of each pipeline stage (issue 7), on the VOA sample and on the dev pages,
//! which are read at run time from ../shared/eval/pages/html and never vendored.
//!
//! `cargo bench --bench stages` first prints two single-shot tables, then runs criterion:
//! - the scaling series: each stage on 1x, 4x, 16x and 64x a typical article (the VOA sample's
//!   paragraphs repeated), so a stage that grows faster than the text shows at once;
//! - the stages on every page.
//!
//! `NEWSLENS_BENCH_FILE=path` adds a page or text file of your own to both (handy to find which
//! stage a slow input hurts). Figures are printed, never asserted.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use newslens::extract::{self, Article};
use newslens::insight::{self, Options};
use newslens::offsets::Unit;
use newslens::page::{html, PageModel};
use newslens::{entities, output, places, quotes, sentences, speakers, timeline, timex};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const VOA: &str = include_str!("../fixtures/voa-harris-lopez-obrador.html");

fn options() -> Options {
    Options {
        published: Some("2021-05-07".into()),
        today: None,
    }
}

/// The inputs: the VOA sample, every dev page found, and the user's file.
fn pages() -> Vec<(String, String)> {
    let mut out = vec![("voa-sample".to_string(), VOA.to_string())];
    let mut found: Vec<PathBuf> = eval_pages_dir()
        .and_then(|dir| std::fs::read_dir(dir).ok())
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    found.sort();
    for p in found {
        if p.extension().is_some_and(|e| e == "html") {
            if let Ok(bytes) = std::fs::read(&p) {
                let name = p
                    .file_stem()
                    .map_or(String::new(), |s| s.to_string_lossy().into());
                out.push((name, String::from_utf8_lossy(&bytes).into_owned()));
            }
        }
    }
    if let Ok(f) = std::env::var("NEWSLENS_BENCH_FILE") {
        if let Ok(bytes) = std::fs::read(&f) {
            out.push((f, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    out
}

/// The dev pages: $NEWSLENS_EVAL_PAGES, else ../shared/eval/pages/html beside the checkout
/// (or beside the worktrees' parent, where engineers' worktrees live).
fn eval_pages_dir() -> Option<PathBuf> {
    if let Ok(d) = std::env::var("NEWSLENS_EVAL_PAGES") {
        return Some(PathBuf::from(d));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    ["../shared/eval/pages/html", "../../shared/eval/pages/html"]
        .iter()
        .map(|rel| root.join(rel))
        .find(|d| d.is_dir())
}

/// What each stage needs, computed by the stages before it.
struct Prepared {
    page: Option<PageModel>,
    article: Article,
}

fn prepare(input: &str) -> Option<Prepared> {
    if input.trim_start().starts_with('<') {
        let page = html::parse(input, None);
        let article = extract::extract(&page).ok()?;
        Some(Prepared {
            page: Some(page),
            article,
        })
    } else {
        Some(Prepared {
            page: None,
            article: extract::from_text(input),
        })
    }
}

const STAGES: &[&str] = &[
    "page parse",
    "extract",
    "sentences",
    "entities",
    "quotes",
    "speakers",
    "places",
    "timex",
    "timeline",
    "view",
    "pipeline",
];

/// Runs every stage once, in pipeline order, and returns the time of each (the last entry is
/// the whole pipeline from the page model, or from the text).
fn time_stages(input: &str) -> Option<Vec<Duration>> {
    let mut t = Vec::new();
    let mut clock = Instant::now();
    let mut lap = |t: &mut Vec<Duration>| {
        t.push(clock.elapsed());
        clock = Instant::now();
    };
    let is_html = input.trim_start().starts_with('<');
    let page = is_html.then(|| html::parse(input, None));
    lap(&mut t);
    let article = match &page {
        Some(p) => extract::extract(p).ok()?,
        None => extract::from_text(input),
    };
    lap(&mut t);
    let opts = options();
    let doc = sentences::split(&article.text, &article.blocks);
    lap(&mut t);
    let mut mentions = entities::recognize(&doc, &article);
    places::refine(&doc, &article, &mut mentions);
    mentions.sort_by_key(|m| (m.start, m.end));
    lap(&mut t);
    let qs = quotes::find(&doc, &article, &mentions);
    lap(&mut t);
    black_box(speakers::resolve(&doc, &article, &mentions, &qs));
    lap(&mut t);
    black_box(places::resolve(&doc, &article, &mentions));
    lap(&mut t);
    let anchor = Some(timex::Anchor {
        year: 2021,
        month: 5,
        day: 7,
        published: true,
        dateline: false,
    });
    let tx = timex::find(&doc, anchor);
    lap(&mut t);
    black_box(timeline::build(
        &doc,
        &article,
        &tx,
        timex::dateline(&doc).as_ref(),
    ));
    lap(&mut t);
    drop(doc);
    let analysis = insight::analyze_article(article.clone(), &opts);
    let view_start = Instant::now();
    black_box(output::view(&analysis, Unit::Utf16));
    t.push(view_start.elapsed());
    let whole = Instant::now();
    match &page {
        Some(p) => drop(black_box(newslens::analyze_page(p, &opts))),
        None => drop(black_box(newslens::analyze_text(input, &opts))),
    }
    t.push(whole.elapsed());
    Some(t)
}

fn print_table(title: &str, rows: &[(String, usize, Option<Vec<Duration>>)]) {
    eprintln!("\n{title} (ms, one run each)");
    eprint!("{:<28} {:>9}", "input", "KB");
    for s in STAGES {
        eprint!(" {:>10}", s);
    }
    eprintln!();
    for (name, bytes, t) in rows {
        eprint!("{:<28} {:>9.1}", name, *bytes as f64 / 1024.0);
        match t {
            Some(t) => t
                .iter()
                .for_each(|d| eprint!(" {:>10.2}", d.as_secs_f64() * 1e3)),
            None => eprint!(" not an article"),
        }
        eprintln!();
    }
}

/// A typical article's text (the VOA sample's paragraphs) repeated `k` times.
fn scaled_text(k: usize) -> String {
    let base = prepare(VOA).map(|p| p.article.text).unwrap_or_default();
    vec![base; k].join("\n\n")
}

fn tables() {
    let rows: Vec<_> = [1, 4, 16, 64]
        .iter()
        .map(|&k| {
            let text = scaled_text(k);
            (
                format!("typical article x{k}"),
                text.len(),
                time_stages(&text),
            )
        })
        .collect();
    print_table("SCALING", &rows);
    let rows: Vec<_> = pages()
        .into_iter()
        .map(|(name, input)| {
            let t = time_stages(&input);
            (name, input.len(), t)
        })
        .collect();
    print_table("PAGES", &rows);
}

fn stages(c: &mut Criterion) {
    tables();
    let opts = options();
    for (name, input) in pages() {
        let Some(p) = prepare(&input) else { continue };
        let mut g = c.benchmark_group(name.as_str());
        g.sample_size(20).measurement_time(Duration::from_secs(2));
        if p.page.is_some() {
            g.bench_function("page parse", |b| {
                b.iter(|| html::parse(black_box(&input), None))
            });
        }
        if let Some(page) = &p.page {
            g.bench_function("extract", |b| b.iter(|| extract::extract(black_box(page))));
        }
        let a = &p.article;
        g.bench_function("sentences", |b| {
            b.iter(|| sentences::split(black_box(&a.text), &a.blocks))
        });
        let doc = sentences::split(&a.text, &a.blocks);
        g.bench_function("entities", |b| {
            b.iter(|| {
                let mut m = entities::recognize(&doc, a);
                places::refine(&doc, a, &mut m);
                m
            })
        });
        let mut mentions = entities::recognize(&doc, a);
        places::refine(&doc, a, &mut mentions);
        mentions.sort_by_key(|m| (m.start, m.end));
        g.bench_function("quotes", |b| b.iter(|| quotes::find(&doc, a, &mentions)));
        let qs = quotes::find(&doc, a, &mentions);
        g.bench_function("speakers", |b| {
            b.iter(|| speakers::resolve(&doc, a, &mentions, &qs))
        });
        g.bench_function("places", |b| b.iter(|| places::resolve(&doc, a, &mentions)));
        let anchor = Some(timex::Anchor {
            year: 2021,
            month: 5,
            day: 7,
            published: true,
            dateline: false,
        });
        g.bench_function("timex", |b| b.iter(|| timex::find(&doc, anchor)));
        let tx = timex::find(&doc, anchor);
        g.bench_function("timeline", |b| {
            b.iter(|| timeline::build(&doc, a, &tx, timex::dateline(&doc).as_ref()))
        });
        let analysis = insight::analyze_article(a.clone(), &opts);
        g.bench_function("view", |b| b.iter(|| output::view(&analysis, Unit::Utf16)));
        match &p.page {
            Some(page) => g.bench_function("pipeline", |b| {
                b.iter(|| newslens::analyze_page(black_box(page), &opts))
            }),
            None => g.bench_function("pipeline", |b| {
                b.iter(|| newslens::analyze_text(black_box(&input), &opts))
            }),
        };
        g.finish();
    }
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    for k in [1usize, 4, 16, 64] {
        let text = scaled_text(k);
        g.bench_with_input(BenchmarkId::new("pipeline", k), &text, |b, t| {
            b.iter(|| newslens::analyze_text(black_box(t), &opts))
        });
    }
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
