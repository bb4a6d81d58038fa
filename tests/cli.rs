//! The command line's contract: errors on stderr with a non-zero exit, batch lines that fail
//! alone, offsets in code points.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn newslens(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run newslens");
    if let Some(input) = stdin {
        child
            .stdin
            .as_mut()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn missing_file_is_a_clear_error() {
    let o = newslens(&["analyze", "/nonexistent/page.html"], None);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("cannot read /nonexistent/page.html"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn non_html_is_refused_unless_text_is_asked_for() {
    let dir = std::env::temp_dir().join(format!("newslens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("notes.txt");
    std::fs::write(&path, "Harris said Friday that the talks went well.\n").unwrap();
    let p = path.to_str().unwrap();
    let o = newslens(&["analyze", p], None);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("is not HTML"), "{}", stderr(&o));
    let o = newslens(
        &[
            "analyze",
            "--text",
            "--json",
            "--published",
            "2021-05-07",
            p,
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["article"]["text"],
        "Harris said Friday that the talks went well.\n"
    );
    assert_eq!(v["article"]["published"], "2021-05-07");
    let binary = dir.join("garbage.bin");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 1, 2, 3, 255, 254]).unwrap();
    let o = newslens(&["analyze", binary.to_str().unwrap()], None);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("is not HTML"));
}

#[test]
fn a_page_with_no_article_says_so() {
    let o = newslens(
        &["analyze", "-"],
        Some("<html><body><nav><a href=/>Home</a></nav></body></html>"),
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("not an article"), "{}", stderr(&o));
}

#[test]
fn bad_options_are_explained() {
    let o = newslens(&["analyze", "--published", "May 7", "x.html"], None);
    assert!(stderr(&o).contains("YYYY-MM-DD"));
    let o = newslens(&["frobnicate"], None);
    assert!(!o.status.success() && stderr(&o).contains("unknown command"));
}

#[test]
fn batch_keeps_going_past_bad_lines() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Zoë said “hi” on Friday.\", \"published\": \"2021-05-07\"}\n",
        "this is not json\n",
        "{\"id\": \"c\", \"html\": 42}\n",
        "{\"id\": \"d\", \"text\": \"x\", \"published\": \"yesterday\"}\n",
        "\n",
        "{\"id\": 5, \"text\": \"Last line.\"}\n",
    );
    let o = newslens(&["batch", "--today", "2021-05-07"], Some(input));
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["article"]["text"], "Zoë said “hi” on Friday.");
    assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[2]["id"], "c");
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .contains("\"html\" or \"text\""));
    assert!(lines[3]["error"].as_str().unwrap().contains("YYYY-MM-DD"));
    assert_eq!(lines[4]["id"], "5");
    // offsets count code points: every mention's text is the code-point slice of the text
    for line in &lines {
        if let Some(text) = line["article"]["text"].as_str() {
            let chars: Vec<char> = text.chars().collect();
            for m in line["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .chain(line["timex"].as_array().unwrap())
            {
                let (s, e) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                let slice: String = chars[s..e].iter().collect();
                assert_eq!(m["text"].as_str().unwrap(), slice);
            }
        }
    }
}
