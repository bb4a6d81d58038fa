//! What an element's markup says about its role: class and id names, ARIA roles and the tag.
//! Publishers name their boilerplate ("share-bar", "related-stories", "newsletter-signup") far
//! more consistently than they lay it out, which is why Readability and trafilatura lean on the
//! same signal. Names are cut into words (on punctuation and camelCase) so that "share" matches
//! "article-share-bar" and "shareTools" but not "shareholders".

use crate::page::Node;

/// Lower-case words of a class/id value: "wp-caption-text shareBar" → wp, caption, text,
/// wpcaptiontext, share, bar, sharebar.
pub fn tokens(v: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in v.split_ascii_whitespace().take(16) {
        let mut joined = String::new();
        let mut word = String::new();
        let mut prev_lower = false;
        let mut parts = 0;
        for c in name.chars() {
            if c.is_alphanumeric() {
                if c.is_uppercase() && prev_lower && !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                    parts += 1;
                }
                prev_lower = c.is_lowercase() || c.is_ascii_digit();
                for l in c.to_lowercase() {
                    word.push(l);
                    joined.push(l);
                }
            } else {
                prev_lower = false;
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                    parts += 1;
                }
            }
        }
        if !word.is_empty() {
            out.push(word);
            parts += 1;
        }
        if parts > 1 {
            out.push(joined);
        }
    }
    out
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
    let mut embed = false;
    for v in [n.attr("class"), n.attr("id")].into_iter().flatten() {
        for t in tokens(v) {
            if let Some(b) = word_class(&t) {
                raise(b);
            }
            embed |= matches!(t.as_str(), "embed" | "embedded" | "tweet" | "twitter-tweet");
        }
    }
    // "social-media-embed", "embed--twitter": a post the story quotes, not a share button.
    if embed && best < Some(Always) && n.tag != "aside" && n.tag != "nav" {
        return None;
    }
    best
}

/// Class and id words that publishers put on the story's own container.
pub fn content_like(n: &Node) -> bool {
    [n.attr("class"), n.attr("id"), n.attr("itemprop")]
        .into_iter()
        .flatten()
        .flat_map(|v| tokens(v))
        .any(|t| {
            matches!(
                t.as_str(),
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
        })
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
