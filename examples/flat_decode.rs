//! Decoding the page model's flat form (the form the extension sends into wasm), natively, for
//! instruction counts: `valgrind --tool=callgrind --toggle-collect='newslens::page::flat::decode'
//! target/release/examples/flat_decode DIR`. Prints the nodes decoded and the time.
use newslens::page::{flat, html};
use std::time::Instant;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: flat_decode DIR");
        std::process::exit(2);
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "html"));
    files.sort();
    let encoded: Vec<flat::Encoded> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| flat::encode(&html::parse(&String::from_utf8_lossy(&b), None)))
        .collect();
    let t = Instant::now();
    let mut nodes = 0;
    for e in &encoded {
        let m = flat::decode(flat::Flat {
            url: None,
            tags: &e.tags,
            nodes: &e.nodes,
            text: &e.text,
            lens: &e.lens,
        })
        .expect("a model encoded here decodes");
        nodes += m.nodes.len();
    }
    println!(
        "{} pages, {nodes} nodes decoded in {:.2} ms",
        encoded.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
}
