//! What an element's markup says about its role: class and id names, ARIA roles and the tag.
//! Publishers name their boilerplate ("share-bar", "related-stories", "newsletter-signup") far
//! more consistently than they lay it out, which is why Readability and trafilatura lean on the
//! same signal. Names are cut into words (on punctuation and camelCase) so that "share" matches
//! "article-share-bar" and "shareTools" but not "shareholders".

use crate::page::Node;

/// Lower-case words of a class/id value: "wp-caption-text shareBar" → wp, caption, text,
/// wpcaptiontext, share, bar, sharebar. Allocates; the per-node paths use `Words` instead.
pub fn tokens(v: &str) -> Vec<String> {
    let mut w = Words::default();
    w.read(v);
    w.iter().map(str::to_string).collect()
}

/// The words of class/id values, in one reused buffer: `roles` reads every element's class and
/// id four ways, and a `String` per word made `tokens` the largest single cost of extraction
/// (28% of parse + extract instructions on aeb_dev). The words of a name are written back to
/// back, so the joined form ("sharebar") is the span from its first word's start to its last
/// word's end and costs nothing.
#[derive(Debug, Default)]
pub struct Words {
    buf: String,
    spans: Vec<(u32, u32)>,
}

impl Words {
    /// Replaces the words with those of `v` (at most 16 names, as `tokens` lists them).
    pub fn read(&mut self, v: &str) -> &Self {
        self.buf.clear();
        self.spans.clear();
        for name in v.split_ascii_whitespace().take(16) {
            self.push_name(name);
        }
        self
    }

    /// Replaces the words with those of one name, without the joined form.
    fn read_name(&mut self, name: &str) -> &Self {
        self.buf.clear();
        self.spans.clear();
        let parts = self.push_name(name);
        if parts > 1 {
            self.spans.pop();
        }
        self
    }

    /// Appends a name's words, then their joined form when there are several; returns the count
    /// of words (without the joined form).
    fn push_name(&mut self, name: &str) -> usize {
        let first = self.spans.len();
        let name_start = self.buf.len();
        let mut start = self.buf.len();
        let mut prev_lower = false;
        let mut parts = 0;
        for c in name.chars() {
            if c.is_alphanumeric() {
                if c.is_uppercase() && prev_lower && self.buf.len() > start {
                    self.spans.push((start as u32, self.buf.len() as u32));
                    start = self.buf.len();
                    parts += 1;
                }
                prev_lower = c.is_lowercase() || c.is_ascii_digit();
                if c.is_ascii() {
                    self.buf.push(c.to_ascii_lowercase());
                } else {
                    self.buf.extend(c.to_lowercase());
                }
            } else {
                prev_lower = false;
                if self.buf.len() > start {
                    self.spans.push((start as u32, self.buf.len() as u32));
                    start = self.buf.len();
                    parts += 1;
                }
            }
        }
        if self.buf.len() > start {
            self.spans.push((start as u32, self.buf.len() as u32));
            parts += 1;
        }
        if parts > 1 {
            debug_assert_eq!(self.spans.len() - first, parts);
            self.spans.push((name_start as u32, self.buf.len() as u32));
        }
        parts
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.spans
            .iter()
            .map(|&(a, b)| &self.buf[a as usize..b as usize])
    }

    fn get(&self, i: usize) -> &str {
        let (a, b) = self.spans[i];
        &self.buf[a as usize..b as usize]
    }

    fn len(&self) -> usize {
        self.spans.len()
    }
}

/// What the markup says about one element, worked out once per page (class names are read by
/// several stages).
#[derive(Debug, Clone, Copy, Default)]
pub struct Role {
    pub boilerplate: Option<Boilerplate>,
    pub content: bool,
    pub caption: bool,
    pub credit: bool,
    pub byline: bool,
    pub paywall: bool,
}

pub fn roles(page: &crate::page::PageModel) -> Vec<Role> {
    let mut w = Words::default();
    page.nodes
        .iter()
        .map(|n| {
            if n.is_text() {
                return Role::default();
            }
            let (class, id) = (n.attr("class"), n.attr("id"));
            let named = class.is_some() || id.is_some();
            let (caption, credit) = if named || n.attr("itemprop").is_some() {
                caption_credit(n, &mut w)
            } else {
                (false, false)
            };
            if !named {
                // no class or id: only the tag and the role attribute can speak
                return Role {
                    boilerplate: boilerplate_with(n, &mut w),
                    content: n
                        .attr("itemprop")
                        .is_some_and(|v| w.read(v).iter().any(is_content_word)),
                    caption,
                    credit,
                    byline: false,
                    paywall: false,
                };
            }
            let (mut byline, mut paywall) = (false, false);
            let mut boiler = None;
            let mut embed = false;
            let mut content = false;
            for v in [class, id].into_iter().flatten() {
                for t in w.read(v).iter() {
                    if !n.hidden {
                        match t {
                            "byline" | "author" | "authors" | "authorname" | "bylinename" => {
                                byline = true
                            }
                            "paywall" | "regwall" | "subscriberonly" | "premiumcontent"
                            | "meteredcontent" | "truncated" => paywall = true,
                            _ => {}
                        }
                    }
                    if let Some(b) = word_class(t) {
                        boiler = boiler.max(Some(b));
                    }
                    embed |= is_embed(t);
                    content |= is_content_word(t);
                }
            }
            if !content {
                if let Some(v) = n.attr("itemprop") {
                    content = w.read(v).iter().any(is_content_word);
                }
            }
            Role {
                boilerplate: settle(n, boiler, embed),
                content,
                caption,
                credit,
                byline,
                paywall,
            }
        })
        .collect()
}

/// Whether an element's class or id names a caption or an image credit. The role word must
/// end the name ("image-caption", "wp-caption-text", "photo-credit"): names like
/// "f_caption_muted_videos_on" on `<body>` are feature flags, not roles.
fn caption_credit(node: &Node, w: &mut Words) -> (bool, bool) {
    let mut caption = false;
    let mut credit = false;
    if matches!(node.tag.as_str(), "html" | "body" | "main" | "article") {
        return (false, false);
    }
    for v in [node.attr("class"), node.attr("id"), node.attr("itemprop")]
        .into_iter()
        .flatten()
    {
        for name in v.split_ascii_whitespace().take(16) {
            // the words of this name alone, without their joined form
            let parts = w.read_name(name);
            let Some(pos) = (0..parts.len()).rev().find(|&i| {
                matches!(
                    parts.get(i),
                    "caption" | "captions" | "figcaption" | "credit" | "credits" | "copyright"
                )
            }) else {
                continue;
            };
            let tail_ok = (pos + 1..parts.len()).all(|i| {
                matches!(
                    parts.get(i),
                    "text" | "content" | "wrapper" | "wrap" | "inner" | "container" | "body"
                )
            });
            if !tail_ok {
                continue;
            }
            match parts.get(pos) {
                "credit" | "credits" | "copyright" => credit = true,
                _ => caption = true,
            }
        }
    }
    (caption, credit)
}

/// How sure the markup is that an element is not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Boilerplate {
    /// Maybe furniture (headers, forms, "tools", "more"); kept if it holds a quarter of the
    /// page's prose, since whole articles sometimes sit in a `<div class="main with-tools">`.
    Weak,
    /// Almost surely not the story (share bars, ads, sidebars, footers); kept only if it holds
    /// 40% of the page's prose: a story wrapped in `<article class="pg-rail-tall">` must live.
    Strong,
    /// Reader comments and cookie banners: never the story, however long.
    Always,
}

fn word_class(t: &str) -> Option<Boilerplate> {
    use Boilerplate::*;
    Some(match t {
        "comment" | "comments" | "commentlist" | "disqus" | "cookie" | "cookies" | "consent"
        | "gdpr" | "cmp" | "onetrust" | "replies" | "respond" => Always,
        "share" | "sharing" | "sharebar" | "sharetools" | "shares" | "social" | "socialshare"
        | "advert" | "advertisement" | "advertising" | "ad" | "ads" | "adslot" | "adunit"
        | "dfp" | "gpt" | "sponsor" | "sponsored" | "promo" | "promotion" | "newsletter"
        | "subscribe" | "subscription" | "signup" | "paywall" | "outbrain" | "taboola"
        | "recirc" | "recirculation" | "popup" | "modal" | "overlay" | "toolbar" | "breadcrumb"
        | "breadcrumbs" | "skip" | "skiplink" | "sronly" | "visuallyhidden" | "screenreader"
        | "tooltip" | "banner" | "masthead" | "trending" | "mostpopular" | "mostread"
        | "readmore" | "readnext" | "moreon" | "morestories" | "nocontent" | "hide" | "hidden"
        | "offscreen" | "login" | "widget" | "widgets" | "pagination" | "pager" | "author-bio"
        | "authorbio" | "bio" | "tags" | "taglist" | "tagcloud" | "topics" | "keywords" | "rss"
        | "related" | "relatedcontent" | "relatedstories" | "recommended" | "recommendations"
        | "byline" | "dateline-meta" | "meta" | "timestamp" | "sidebar" | "rail" | "aside" => {
            Strong
        }
        "nav" | "navbar" | "navigation" | "menu" | "footer" | "header" | "foot" | "head"
        | "subnav" | "topbar" | "links" | "more" | "extra" | "supplemental" | "community"
        | "utility" | "utils" | "actions" | "tools" | "follow" | "newsletters" => Weak,
        _ => return None,
    })
}

/// The strongest boilerplate signal in an element's tag, role, class and id.
pub fn boilerplate(n: &Node) -> Option<Boilerplate> {
    boilerplate_with(n, &mut Words::default())
}

fn boilerplate_with(n: &Node, w: &mut Words) -> Option<Boilerplate> {
    let mut words = None;
    let mut embed = false;
    for v in [n.attr("class"), n.attr("id")].into_iter().flatten() {
        for t in w.read(v).iter() {
            if let Some(b) = word_class(t) {
                words = words.max(Some(b));
            }
            embed |= is_embed(t);
        }
    }
    settle(n, words, embed)
}

fn is_embed(t: &str) -> bool {
    matches!(t, "embed" | "embedded" | "tweet" | "twitter-tweet")
}

/// Combines the class and id words' verdict (`words`, and whether they name an embedded post)
/// with the tag and the ARIA role.
fn settle(n: &Node, words: Option<Boilerplate>, embed: bool) -> Option<Boilerplate> {
    use Boilerplate::*;
    let mut best = match n.tag.as_str() {
        "nav" | "footer" | "aside" => Some(Strong),
        "form" | "menu" | "header" => Some(Weak),
        "dialog" => Some(Strong),
        _ => None,
    };
    let mut raise = |b: Boilerplate| {
        if best.is_none_or(|x| x < b) {
            best = Some(b);
        }
    };
    if let Some(role) = n.attr("role") {
        match role.trim().to_ascii_lowercase().as_str() {
            "navigation" | "menu" | "menubar" | "banner" | "contentinfo" | "search"
            | "complementary" => raise(Weak),
            "dialog" | "alert" | "alertdialog" | "toolbar" | "tooltip" => raise(Strong),
            _ => {}
        }
    }
    if let Some(b) = words {
        raise(b);
    }
    // "social-media-embed", "embed--twitter": a post the story quotes, not a share button.
    if embed && best < Some(Always) && n.tag != "aside" && n.tag != "nav" {
        return None;
    }
    best
}

/// Class and id words that publishers put on the story's own container.
pub fn content_like(n: &Node) -> bool {
    let mut w = Words::default();
    [n.attr("class"), n.attr("id"), n.attr("itemprop")]
        .into_iter()
        .flatten()
        .any(|v| w.read(v).iter().any(is_content_word))
}

fn is_content_word(t: &str) -> bool {
    matches!(
        t,
        "article"
            | "articlebody"
            | "storybody"
            | "story"
            | "content"
            | "entry"
            | "entrycontent"
            | "post"
            | "postcontent"
            | "body"
            | "text"
            | "main"
            | "maincontent"
            | "blogpost"
            | "richtext"
            | "prose"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(tag: &str, class: &str) -> Node {
        Node {
            tag: tag.into(),
            attrs: vec![("class".into(), class.into())],
            ..Node::default()
        }
    }

    #[test]
    fn tokens_split_on_punctuation_and_case() {
        assert_eq!(
            tokens("wp-caption-text shareBar"),
            vec![
                "wp",
                "caption",
                "text",
                "wpcaptiontext",
                "share",
                "bar",
                "sharebar"
            ]
        );
    }

    #[test]
    fn words_of_one_name_and_unicode_case() {
        let mut w = Words::default();
        let parts: Vec<&str> = w.read_name("image-CaptionText").iter().collect();
        assert_eq!(parts, vec!["image", "caption", "text"]);
        assert_eq!(
            tokens("ÉtéNews x"),
            vec!["été", "news", "éténews", "x"],
            "non-ASCII letters are lower-cased and joined like ASCII ones"
        );
        assert!(tokens("  -- ").is_empty());
    }

    #[test]
    fn roles_agree_with_the_single_node_checks() {
        let page = crate::page::PageModel {
            url: None,
            nodes: vec![
                node("div", "article-share-bar"),
                node("div", "entry-content byline"),
                node("figcaption", "wp-caption-text"),
                Node {
                    tag: "div".into(),
                    attrs: vec![("itemprop".into(), "articleBody".into())],
                    ..Node::default()
                },
            ],
        };
        let r = roles(&page);
        for (n, role) in page.nodes.iter().zip(&r) {
            assert_eq!(role.boilerplate, boilerplate(n), "{:?}", n.attrs);
            assert_eq!(role.content, content_like(n), "{:?}", n.attrs);
        }
        assert!(r[1].byline && r[1].content && !r[0].byline);
        assert!(r[2].caption && r[3].content);
    }

    #[test]
    fn boilerplate_words_but_not_lookalikes() {
        assert_eq!(
            boilerplate(&node("div", "article-share-bar")),
            Some(Boilerplate::Strong)
        );
        assert_eq!(boilerplate(&node("div", "shareholders")), None);
        assert_eq!(
            boilerplate(&node("section", "comments")),
            Some(Boilerplate::Always)
        );
        assert_eq!(boilerplate(&node("nav", "")), Some(Boilerplate::Strong));
        assert_eq!(boilerplate(&node("header", "")), Some(Boilerplate::Weak));
        assert_eq!(boilerplate(&node("div", "headline")), None);
        assert!(content_like(&node("div", "article-body")));
    }
}
