//! Short lines inside a story's container that are not the story: interface labels
//! ("Advertisement", "Share this article", "DON'T MISS"), time stamps ("Updated at 1:23 p.m.")
//! and photo captions that only their credit gives away ("Crowds on Friday (Image: Getty)").
//! Markup does not always mark them; their wording does, in any site's template.

fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '\'')
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Interface wording: the whole block is one of the labels templates print around stories.
pub fn is_ui_label(text: &str) -> bool {
    if text.len() > 48 {
        return false;
    }
    matches!(
        squash(text).as_str(),
        "advertisement"
            | "advert"
            | "ad"
            | "ads"
            | "sponsored"
            | "sponsored content"
            | "story continues below advertisement"
            | "article continues below advertisement"
            | "continue reading below"
            | "comments"
            | "comment"
            | "show comments"
            | "view comments"
            | "share"
            | "share this"
            | "share this article"
            | "share this story"
            | "share on facebook"
            | "share on twitter"
            | "related"
            | "related articles"
            | "related stories"
            | "related content"
            | "read more"
            | "read next"
            | "more"
            | "see more"
            | "don't miss"
            | "dont miss"
            | "explore further"
            | "tags"
            | "topics"
            | "continue reading"
            | "print"
            | "email"
            | "facebook"
            | "twitter"
            | "whatsapp"
            | "linkedin"
            | "pinterest"
            | "reddit"
            | "tell us what you think"
            | "recommended"
            | "recommended for you"
            | "you may also like"
            | "you might also like"
            | "most popular"
            | "most read"
            | "trending"
            | "trending now"
            | "newsletter"
            | "sign up"
            | "subscribe"
            | "back to top"
            | "loading"
            | "close"
            | "menu"
            | "listen"
            | "listen to this article"
            | "watch"
            | "watch video"
            | "video"
            | "image"
            | "photo"
            | "enlarge this image"
            | "toggle caption"
            | "hide caption"
            | "skip advert"
    )
}

/// A line that only stamps the story: "Updated at 1:23 p.m.", "Published 7 May 2021".
pub fn is_timestamp_line(text: &str) -> bool {
    if text.len() > 80 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let t = text.trim_start().to_lowercase();
    let starts = [
        "updated",
        "last updated",
        "published",
        "posted",
        "first published",
        "modified",
    ]
    .iter()
    .any(|p| t.starts_with(p));
    // Only a stamp: a few words, among them a clock time or a month.
    let timeish = t.contains(':')
        || t.split(|c: char| !c.is_alphanumeric()).any(|w| {
            super::dates::month_number(w).is_some()
                || matches!(w, "am" | "pm" | "ago" | "gmt" | "utc" | "et" | "bst")
        });
    starts && timeish && t.split_whitespace().count() <= 8
}

/// A caption given away by the credit that closes it: "... (Image: GETTY)", "(Photo: AP)".
pub fn ends_with_photo_credit(text: &str) -> bool {
    let t = text.trim_end();
    if !t.ends_with(')') || t.len() > 600 {
        return false;
    }
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let inner = t.get(open + 1..).unwrap_or("").trim_start().to_lowercase();
    [
        "image:",
        "photo:",
        "picture:",
        "pic:",
        "credit:",
        "photograph:",
        "image credit",
        "photo credit",
    ]
    .iter()
    .any(|p| inner.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert!(is_ui_label("Advertisement"));
        assert!(is_ui_label("DON'T MISS"));
        assert!(is_ui_label("  Share this article: "));
        assert!(!is_ui_label("Share prices fell."));
    }

    #[test]
    fn stamps_and_credits() {
        assert!(is_timestamp_line("Updated at 1:23 p.m."));
        assert!(!is_timestamp_line(
            "Published reports said 3 people died in the fire on Monday."
        ));
        assert!(!is_timestamp_line("Updated guidance was issued."));
        assert!(ends_with_photo_credit(
            "Protesters in masks (Image: GETTY )"
        ));
        assert!(!ends_with_photo_credit("He said (and meant it)"));
    }
}
