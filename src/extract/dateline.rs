//! News datelines: the place (and often the agency) that opens a wire story,
//! "NAIROBI, Kenya (AP) —", "WASHINGTON (Reuters) -", "LONDON —". They tell where the story was
//! filed; the places stage may use them.

/// Dashes that close a dateline, with the spaces around them.
const CLOSERS: [&str; 7] = [" — ", " – ", " -- ", " - ", " _ ", "—", " —"];

/// The dateline at the start of `first` (the first paragraph), without its closing dash.
pub fn find(first: &str) -> Option<String> {
    let head = first.get(..first.len().min(120)).or_else(|| {
        let mut k = first.len().min(120);
        while !first.is_char_boundary(k) {
            k -= 1;
        }
        first.get(..k)
    })?;
    let (cut, _) = CLOSERS
        .iter()
        .filter_map(|c| head.find(c).map(|k| (k, c)))
        .min_by_key(|(k, _)| *k)?;
    let prefix = head.get(..cut)?.trim();
    if prefix.is_empty() || prefix.split_whitespace().count() > 8 {
        return None;
    }
    let first_word: String = prefix
        .split(|c: char| !c.is_alphabetic() && c != '.' && c != '\'')
        .next()
        .unwrap_or("")
        .to_string();
    let letters: Vec<char> = first_word.chars().filter(|c| c.is_alphabetic()).collect();
    // The place is written in capitals (wire style), or the dateline ends with the agency in
    // parentheses ("Washington (CNN)"); anything else is just a sentence with a dash in it.
    let caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let agency = prefix.ends_with(')')
        && prefix
            .rfind('(')
            .is_some_and(|k| prefix.len() - k <= 24 && k > 0)
        && prefix.starts_with(|c: char| c.is_uppercase());
    // A sentence would have its own end inside.
    let sentence = prefix.contains(". ") && !caps;
    ((caps || agency) && !sentence).then(|| prefix.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines() {
        assert_eq!(
            find("NAIROBI, Kenya (AP) — Kenya's president said...").as_deref(),
            Some("NAIROBI, Kenya (AP)")
        );
        assert_eq!(
            find("WASHINGTON - The Senate voted").as_deref(),
            Some("WASHINGTON")
        );
        assert_eq!(
            find("Washington (CNN)— The Senate").as_deref(),
            Some("Washington (CNN)")
        );
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert_eq!(
            find("U.S. Vice President Kamala Harris said Friday that..."),
            None
        );
        assert_eq!(find("The plan - which failed - was old."), None);
        assert_eq!(find("I — and he — went"), None);
    }
}
