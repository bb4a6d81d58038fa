//! The wasm bindings in a real browser: the DOM reader on live and parsed documents, the same
//! article through the DOM and through the native HTML parser, and a whole analysis.
//! Run with `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use js_sys::Reflect;
use newslens::page::{html, PageModel};
use newslens::wasm;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{DomParser, SupportedType};

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE: &str = include_str!("../fixtures/voa-harris-lopez-obrador.html");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn parse_dom(html: &str) -> web_sys::Document {
    DomParser::new()
        .unwrap()
        .parse_from_string(html, SupportedType::TextHtml)
        .unwrap()
}

fn model_of(v: JsValue) -> PageModel {
    serde_wasm_bindgen::from_value(v).expect("page model")
}

/// The browser's DOM and the native parser give the same page model, hence the same article.
#[wasm_bindgen_test]
fn dom_reader_and_html_parser_agree() {
    let from_dom = model_of(wasm::read_document(&parse_dom(SAMPLE), None).unwrap());
    let from_html = html::parse(SAMPLE, None);
    assert_eq!(from_dom.nodes.len(), from_html.nodes.len());
    for (i, (a, b)) in from_dom.nodes.iter().zip(&from_html.nodes).enumerate() {
        assert_eq!(a, b, "node {i}");
    }
    let opts = newslens::Options::default();
    let a = newslens::analyze_page(&from_dom, &opts).expect("article from the DOM");
    let b = newslens::analyze_page(&from_html, &opts).expect("article from HTML");
    assert_eq!(a.article.text, b.article.text);
    assert_eq!(a.article.title, b.article.title);
}

/// In a rendered document the reader knows computed visibility.
#[wasm_bindgen_test]
fn live_dom_reader_sees_visibility() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("section").unwrap();
    host.set_attribute("id", "nl-test").unwrap();
    // Built with DOM calls, never innerHTML.
    let shown = document.create_element("p").unwrap();
    shown.set_text_content(Some("Shown words."));
    let hidden = document.create_element("p").unwrap();
    hidden.set_attribute("class", "nl-hidden").unwrap();
    hidden.set_text_content(Some("Hidden words."));
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(".nl-hidden { display: none }"));
    host.append_child(&style).unwrap();
    host.append_child(&shown).unwrap();
    host.append_child(&hidden).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let model = model_of(wasm::read_document(&document, None).unwrap());
    host.remove();
    let text_hidden = |needle: &str| {
        model
            .nodes
            .iter()
            .find(|n| n.text == needle)
            .map(|n| n.hidden)
    };
    assert_eq!(text_hidden("Shown words."), Some(false));
    assert_eq!(text_hidden("Hidden words."), Some(true));
    assert!(
        !model.nodes.iter().any(|n| n.tag == "style"),
        "style elements are not page text"
    );
}

/// A whole analysis in the browser, with offsets that index JavaScript strings and segments
/// that lead back to the page's text nodes.
#[wasm_bindgen_test]
fn whole_analysis_in_the_browser() {
    let doc = parse_dom(SAMPLE);
    let v = wasm::analyze_document(
        &doc,
        Some("https://www.voanews.com/a/x.html".into()),
        JsValue::UNDEFINED,
    )
    .map_err(|e| get(&e, "message").as_string())
    .expect("analysis");
    let article = get(&v, "article");
    assert_eq!(
        get(&article, "published").as_string().as_deref(),
        Some("2021-05-07")
    );
    let text: js_sys::JsString = get(&article, "text").dyn_into().unwrap();
    let model = model_of(wasm::read_document(&doc, None).unwrap());
    let segments: js_sys::Array = get(&v, "segments").dyn_into().unwrap();
    assert!(segments.length() > 10);
    for s in segments.iter() {
        let n = |k: &str| get(&s, k).as_f64().unwrap() as u32;
        let node = &model.nodes[n("node") as usize];
        let node_text = js_sys::JsString::from(node.text.as_str());
        let len = n("end") - n("start");
        assert_eq!(
            String::from(text.slice(n("start"), n("end"))),
            String::from(node_text.slice(n("node_start"), n("node_start") + len)),
            "a segment copies its node's text verbatim"
        );
    }
}
