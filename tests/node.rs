//! The wasm bindings under Node: the JavaScript-facing entry points, UTF-16 offsets and errors
//! as values. Run with `wasm-pack test --node`.
#![cfg(target_arch = "wasm32")]

use js_sys::{JsString, Reflect};
use newslens::page::html;
use newslens::wasm;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn array(v: &JsValue) -> Vec<JsValue> {
    v.clone()
        .dyn_into::<js_sys::Array>()
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn opts(published: &str) -> JsValue {
    let o = js_sys::Object::new();
    Reflect::set(&o, &"published".into(), &published.into()).unwrap();
    o.into()
}

/// Every span handed to JavaScript must index the JavaScript string itself: a UTF-16 slice of
/// the article text equals the text the span claims.
#[wasm_bindgen_test]
fn text_offsets_are_utf16_indices() {
    let text = "Zoë 👍🏽 said “We will win,” Kamala Harris said on Friday in Mexico City.\n\nShe left 😀 Wednesday.";
    let v = wasm::analyze_text(text, opts("2021-05-07")).expect("analysis");
    let js_text: JsString = get(&get(&v, "article"), "text").dyn_into().unwrap();
    assert_eq!(String::from(js_text.clone()), text);
    let mut checked = 0;
    for list in ["mentions", "timex"] {
        for m in array(&get(&v, list)) {
            let start = get(&m, "start").as_f64().unwrap() as u32;
            let end = get(&m, "end").as_f64().unwrap() as u32;
            let claimed = get(&m, "text").as_string().unwrap();
            assert_eq!(
                String::from(js_text.slice(start, end)),
                claimed,
                "{list} span {start}..{end}"
            );
            checked += 1;
        }
    }
    for b in array(&get(&get(&v, "article"), "blocks")) {
        let end = get(&b, "end").as_f64().unwrap() as u32;
        assert!(end <= js_text.length());
    }
    let _ = checked;
}

/// A page model built natively crosses the boundary as a plain object and is analysed there.
#[wasm_bindgen_test]
fn page_model_round_trips_through_javascript() {
    let page = html::parse(
        include_str!("../fixtures/voa-harris-lopez-obrador.html"),
        Some("https://www.voanews.com/a/x.html"),
    );
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let model = serde::Serialize::serialize(&page, &ser).unwrap();
    match wasm::analyze_page(model, JsValue::UNDEFINED) {
        Ok(v) => {
            let title = get(&get(&v, "article"), "title").as_string();
            assert_eq!(
                title.as_deref(),
                Some("US Vice President Calls for Immigration Effort With Mexico")
            );
            assert!(
                array(&get(&v, "segments")).len() > 10,
                "segments map the text back to the page"
            );
        }
        Err(e) => panic!("analysis failed: {:?}", get(&e, "message").as_string()),
    }
}

/// The flat form (what the extension's reader sends: one string, typed arrays) gives the same
/// analysis as the object form; an inconsistent one is refused with an error value.
#[wasm_bindgen_test]
fn flat_page_model_is_analysed_like_the_object_form() {
    let page = html::parse(
        include_str!("../fixtures/voa-harris-lopez-obrador.html"),
        Some("https://www.voanews.com/a/x.html"),
    );
    let e = newslens::page::flat::encode(&page);
    let flat = |nodes: &[u32], lens: &[u32]| {
        let o = js_sys::Object::new();
        Reflect::set(&o, &"url".into(), &page.url.clone().unwrap().into()).unwrap();
        Reflect::set(&o, &"tags".into(), &e.tags.as_str().into()).unwrap();
        Reflect::set(
            &o,
            &"nodes".into(),
            &js_sys::Uint32Array::from(nodes).into(),
        )
        .unwrap();
        Reflect::set(&o, &"text".into(), &e.text.as_str().into()).unwrap();
        Reflect::set(&o, &"lens".into(), &js_sys::Uint32Array::from(lens).into()).unwrap();
        JsValue::from(o)
    };
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let object = serde::Serialize::serialize(&page, &ser).unwrap();
    let a = wasm::analyze_page(flat(&e.nodes, &e.lens), JsValue::UNDEFINED).unwrap();
    let b = wasm::analyze_page(object, JsValue::UNDEFINED).unwrap();
    let json = |v: &JsValue| js_sys::JSON::stringify(v).unwrap().as_string().unwrap();
    assert_eq!(json(&a), json(&b));
    let mut lens = e.lens.clone();
    lens[0] += 1;
    let err = wasm::analyze_page(flat(&e.nodes, &lens), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(get(&err, "kind").as_string().as_deref(), Some("bad-input"));
}

/// Bad input comes back as an error value with a kind and a message, never a panic.
#[wasm_bindgen_test]
fn bad_input_is_an_error_value() {
    for bad in [
        JsValue::from_str("not a model"),
        JsValue::NULL,
        js_sys::Object::new().into(),
    ] {
        let e = wasm::analyze_page(bad, JsValue::UNDEFINED).unwrap_err();
        assert_eq!(get(&e, "kind").as_string().as_deref(), Some("bad-input"));
        assert!(!get(&e, "message")
            .as_string()
            .unwrap_or_default()
            .is_empty());
    }
    let e = wasm::analyze_text("x", opts("07/05/2021")).unwrap_err();
    assert!(get(&e, "message")
        .as_string()
        .unwrap()
        .contains("YYYY-MM-DD"));
    // a model whose parent links point forward is refused, not followed
    let bad_tree = js_sys::JSON::parse(r##"{"nodes":[{"tag":"html"},{"parent":2,"tag":"body"},{"parent":0,"tag":"#text","text":"x"}]}"##).unwrap();
    let e = wasm::analyze_page(bad_tree, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(get(&e, "kind").as_string().as_deref(), Some("bad-input"));
}

#[wasm_bindgen_test]
fn a_page_without_an_article_says_why() {
    let page = html::parse(
        "<html><body><nav><a href=/>Home</a></nav></body></html>",
        None,
    );
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let model = serde::Serialize::serialize(&page, &ser).unwrap();
    let e = wasm::analyze_page(model, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(get(&e, "kind").as_string().as_deref(), Some("not-article"));
}
