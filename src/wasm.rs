//! The browser adapter: wasm-bindgen entry points over the core. Offsets leave as UTF-16 code
//! units (JavaScript string indices); every entry point returns an error value instead of
//! panicking, and the panic hook reports the rare bug to the console.

use crate::insight::{self, Error, Options};
use crate::offsets::Unit;
use crate::output;
use crate::page::PageModel;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub mod dom;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// What JavaScript may pass as options.
#[derive(Debug, Default, Deserialize)]
struct JsOptions {
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    today: Option<String>,
}

/// An error as JavaScript sees it: `{kind, message}` where kind is "not-article",
/// "bad-input" or "internal".
#[derive(Serialize)]
struct JsError<'a> {
    kind: &'a str,
    message: String,
}

fn js_error(kind: &str, message: String) -> JsValue {
    serde_wasm_bindgen::to_value(&JsError {
        kind,
        message: message.clone(),
    })
    .unwrap_or_else(|_| JsValue::from_str(&message))
}

fn options(v: JsValue) -> Result<Options, JsValue> {
    let o: JsOptions = if v.is_undefined() || v.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(v)
            .map_err(|e| js_error("bad-input", format!("options: {e}")))?
    };
    for (name, d) in [("published", &o.published), ("today", &o.today)] {
        if let Some(d) = d {
            if insight::parse_date(d).is_none() {
                return Err(js_error(
                    "bad-input",
                    format!("options.{name} must be YYYY-MM-DD, not '{d}'"),
                ));
            }
        }
    }
    Ok(Options {
        published: o.published,
        today: o.today,
    })
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    // Plain objects (not Maps) so the UI reads fields directly and postMessage can clone them.
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    v.serialize(&ser)
        .map_err(|e| js_error("internal", format!("cannot hand the analysis over: {e}")))
}

fn view_of(a: &insight::Analysis, page: Option<&PageModel>) -> output::View {
    let mut v = output::view(a, Unit::Utf16);
    if let Some(p) = page {
        v.segments = Some(output::segments_utf16(&a.article, p));
    }
    v
}

/// The page model from JavaScript, in either form: flat (`nodes` is a Uint32Array, see
/// `page::flat`: what the extension sends, copied in bulk) or the object form `{url, nodes:
/// [{parent, tag, text, attrs, hidden}]}` (tests, hand-made models), read property by property.
fn page_model(model: JsValue) -> Result<PageModel, JsValue> {
    let bad = |m: String| js_error("bad-input", format!("page model: {m}"));
    let field = |name: &str| js_sys::Reflect::get(&model, &JsValue::from_str(name)).ok();
    let nodes = if model.is_object() {
        field("nodes")
    } else {
        None
    };
    let Some(nodes) = nodes.and_then(|n| n.dyn_into::<js_sys::Uint32Array>().ok()) else {
        return serde_wasm_bindgen::from_value(model).map_err(|e| bad(e.to_string()));
    };
    let string = |name: &str| field(name).and_then(|v| v.as_string());
    let lens = field("lens")
        .and_then(|v| v.dyn_into::<js_sys::Uint32Array>().ok())
        .ok_or_else(|| bad("a flat model needs lens, a Uint32Array".into()))?;
    let (Some(tags), Some(text)) = (string("tags"), string("text")) else {
        return Err(bad("a flat model needs tags and text, two strings".into()));
    };
    crate::page::flat::decode(crate::page::flat::Flat {
        url: string("url"),
        tags: &tags,
        nodes: &nodes.to_vec(),
        text: &text,
        lens: &lens.to_vec(),
    })
    .map_err(bad)
}

/// Analyses a page model built by the content script (either form, see `page_model`). Returns the analysis with UTF-16 offsets and the segments that map the article
/// text back to the model's text nodes, or throws `{kind, message}`.
#[wasm_bindgen(js_name = analyzePage)]
pub fn analyze_page(model: JsValue, options_: JsValue) -> Result<JsValue, JsValue> {
    let page = page_model(model)?;
    let opts = options(options_)?;
    match insight::analyze_page(&page, &opts) {
        Ok(a) => to_js(&view_of(&a, Some(&page))),
        Err(Error::NotAnArticle(n)) => Err(js_error("not-article", n.reason)),
        Err(Error::BadInput(m)) => Err(js_error("bad-input", m)),
    }
}

/// Article extraction alone, for the benchmark's wasm-against-native comparison (issue 3): the
/// same page model in, the number of bytes of article text out (0 when the page is not an
/// article), so that no result crosses back and only extraction is timed.
#[wasm_bindgen(js_name = extractPage)]
pub fn extract_page(model: JsValue) -> Result<u32, JsValue> {
    let page = page_model(model)?;
    Ok(crate::extract::extract(&page).map_or(0, |a| a.text.len() as u32))
}

/// Decoding alone, for the benchmark: how much of `extractPage` is the model crossing over.
/// Returns the number of nodes.
#[wasm_bindgen(js_name = decodePage)]
pub fn decode_page(model: JsValue) -> Result<u32, JsValue> {
    Ok(page_model(model)?.nodes.len() as u32)
}

/// Analyses plain text; offsets are UTF-16 indices into `text` itself.
#[wasm_bindgen(js_name = analyzeText)]
pub fn analyze_text(text: &str, options_: JsValue) -> Result<JsValue, JsValue> {
    let opts = options(options_)?;
    to_js(&view_of(&insight::analyze_text(text, &opts), None))
}

/// Reads a DOM document (a live one, or one from DOMParser) into the page model.
#[wasm_bindgen(js_name = readDocument)]
pub fn read_document(
    document: &web_sys::Document,
    url: Option<String>,
) -> Result<JsValue, JsValue> {
    to_js(&dom::read(document, url))
}

/// Reads a DOM document and analyses it in one call (the demo's pasted HTML).
#[wasm_bindgen(js_name = analyzeDocument)]
pub fn analyze_document(
    document: &web_sys::Document,
    url: Option<String>,
    options_: JsValue,
) -> Result<JsValue, JsValue> {
    let page = dom::read(document, url);
    let opts = options(options_)?;
    match insight::analyze_page(&page, &opts) {
        Ok(a) => to_js(&view_of(&a, Some(&page))),
        Err(Error::NotAnArticle(n)) => Err(js_error("not-article", n.reason)),
        Err(Error::BadInput(m)) => Err(js_error("bad-input", m)),
    }
}

/// Builds the lazily loaded tables (name lists, gazetteer index: about 8 M instructions) ahead of
/// the first analysis. The panel's worker calls it right after start-up, while the content script
/// is still reading the page, so the first click does not pay for them.
#[wasm_bindgen]
pub fn warm() {
    let _ = insight::analyze_text(
        "Warm-up: Kamala Harris said on Friday in Mexico City that talks would go on.",
        &Options::default(),
    );
}

/// The crate version, for the panel's About and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
