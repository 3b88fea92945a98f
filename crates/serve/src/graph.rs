//! The neighbourhood of a document as a picture: an SVG laid out by level, drawn on the
//! server (no script, nothing to download).
//!
//! The document is in the middle row. Above it, one row per step up, what it carries
//! out (its citations, theirs, up to the top); below it, one row per step down, the
//! documents that implement it (that cite it, and so on down to the grassroots). Each
//! document is drawn once, under or above the document it was first reached from (the
//! rows of `vanban query upstream/downstream`, with their `depth` and `via`), so the
//! picture is two trees; every edge points from the citing document up to the cited one
//! and carries its relation. A node links to its document's page (or, when the archive
//! lacks it, to its entry among the missing documents). Rows wider than
//! [`MAX_PER_LEVEL`] are cut, and the cut is said in the picture.

use std::collections::HashMap;

use serde_json::Value;

use crate::annotate::escape;

/// Nodes drawn per row at most.
pub(crate) const MAX_PER_LEVEL: usize = 40;
/// Rows drawn each way at most.
pub(crate) const MAX_LEVELS: usize = 12;

const BOX_W: i64 = 176;
const BOX_H: i64 = 48;
const GAP_X: i64 = 18;
const GAP_Y: i64 = 84;
const MARGIN: i64 = 24;
const LEFT: i64 = 120;

/// One node of the picture.
struct Node {
    key: String,
    reference: String,
    second: String,
    title: String,
    in_corpus: bool,
    /// The key of the node it was reached from (`None` for the centre).
    via: Option<String>,
    relation: String,
}

/// What was drawn: the SVG and how many documents were left out.
pub(crate) struct Picture {
    pub svg: String,
    pub drawn: usize,
    pub left_out: usize,
}

fn s(v: &Value, k: &str) -> String {
    v.get(k).and_then(Value::as_str).unwrap_or("").to_string()
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut t: String = text.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

fn node_of(row: &Value, via: Option<String>) -> Node {
    let key = s(row, "key");
    let reference = match s(row, "ref") {
        r if r.is_empty() => short(&key, 26),
        r => r,
    };
    let in_corpus = row.get("in_corpus").and_then(Value::as_i64) != Some(0);
    let ty = s(row, "type");
    let date = s(row, "date");
    let second = [ty.as_str(), date.as_str()]
        .iter()
        .filter(|x| !x.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" · ");
    let title = [key.clone(), s(row, "issuer"), s(row, "subject")]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Node {
        key,
        reference,
        second,
        title,
        in_corpus,
        via,
        relation: s(row, "relation"),
    }
}

/// Draw the centre `centre` (a `nodes` row), the `upstream` and `downstream` rows of the
/// walks.
pub(crate) fn draw(centre: &Value, upstream: &[Value], downstream: &[Value]) -> Picture {
    // levels[i]: row i from the top; the centre's row index is `up_rows`.
    let mut left_out = 0usize;
    let up = rows_by_depth(upstream, &mut left_out);
    let down = rows_by_depth(downstream, &mut left_out);
    let mut levels: Vec<Vec<Node>> = Vec::new();
    for row in up.iter().rev() {
        levels.push(
            row.iter()
                .map(|(r, via)| node_of(r, Some(via.clone())))
                .collect(),
        );
    }
    let centre_row = levels.len();
    levels.push(vec![node_of(centre, None)]);
    for row in &down {
        levels.push(
            row.iter()
                .map(|(r, via)| node_of(r, Some(via.clone())))
                .collect(),
        );
    }
    // Order each row by the position of the node it hangs from, going outwards from the
    // centre, so that edges cross little; drop nodes whose parent was cut.
    let mut pos: HashMap<String, usize> = HashMap::new();
    pos.insert(levels[centre_row][0].key.clone(), 0);
    let order = (0..centre_row)
        .rev()
        .chain(centre_row + 1..levels.len())
        .collect::<Vec<_>>();
    for i in order {
        let row = std::mem::take(&mut levels[i]);
        let mut kept: Vec<(usize, Node)> = Vec::new();
        for n in row {
            match n.via.as_ref().and_then(|v| pos.get(v)) {
                Some(&p) => kept.push((p, n)),
                None => left_out += 1,
            }
        }
        kept.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.key.cmp(&b.1.key)));
        if kept.len() > MAX_PER_LEVEL {
            left_out += kept.len() - MAX_PER_LEVEL;
            kept.truncate(MAX_PER_LEVEL);
        }
        for (j, (_, n)) in kept.iter().enumerate() {
            pos.entry(n.key.clone()).or_insert(j);
        }
        levels[i] = kept.into_iter().map(|(_, n)| n).collect();
    }

    let widest = levels.iter().map(Vec::len).max().unwrap_or(1).max(1) as i64;
    let width = LEFT + MARGIN * 2 + widest * (BOX_W + GAP_X);
    let height = MARGIN * 2 + levels.len() as i64 * (BOX_H + GAP_Y) - GAP_Y + 20;
    // Each node's box, by key (a key drawn twice keeps its first place).
    let mut at: HashMap<&str, (i64, i64)> = HashMap::new();
    for (i, row) in levels.iter().enumerate() {
        let row_w = row.len() as i64 * (BOX_W + GAP_X) - GAP_X;
        let x0 = LEFT + MARGIN + ((widest * (BOX_W + GAP_X) - GAP_X) - row_w) / 2;
        let y = MARGIN + i as i64 * (BOX_H + GAP_Y);
        for (j, n) in row.iter().enumerate() {
            at.entry(n.key.as_str())
                .or_insert((x0 + j as i64 * (BOX_W + GAP_X), y));
        }
    }

    let mut svg = String::new();
    svg.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"citation neighbourhood\">"
    ));
    svg.push_str("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead\"/></marker></defs>");
    // Row labels.
    for i in 0..levels.len() {
        let y = MARGIN + i as i64 * (BOX_H + GAP_Y) + BOX_H / 2 + 4;
        let label = match i.cmp(&centre_row) {
            std::cmp::Ordering::Less => format!("↑ {} up", centre_row - i),
            std::cmp::Ordering::Equal => "this document".to_string(),
            std::cmp::Ordering::Greater => format!("↓ {} down", i - centre_row),
        };
        svg.push_str(&format!(
            "<text class=\"level\" x=\"{MARGIN}\" y=\"{y}\">{}</text>",
            escape(&label)
        ));
    }
    // Edges first (under the boxes): from the citing document up to the cited one.
    for (i, row) in levels.iter().enumerate() {
        for n in row {
            let (Some(via), Some(&(x, y))) = (n.via.as_deref(), at.get(n.key.as_str())) else {
                continue;
            };
            let Some(&(px, py)) = at.get(via) else {
                continue;
            };
            // Above the centre the node is cited by `via`; below, it cites `via`.
            let ((cx, cy), (tx, ty)) = if i < centre_row {
                ((px, py), (x, y))
            } else {
                ((x, y), (px, py))
            };
            let (x1, y1) = (cx + BOX_W / 2, cy);
            let (x2, y2) = (tx + BOX_W / 2, ty + BOX_H);
            svg.push_str(&format!(
                "<line class=\"edge rel-{}\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" marker-end=\"url(#arrow)\"/>",
                class_word(&n.relation)
            ));
            let (mx, my) = ((x1 + x2) / 2, (y1 + y2) / 2);
            let label = escape(&n.relation);
            let w = n.relation.chars().count() as i64 * 7 + 8;
            svg.push_str(&format!(
                "<rect class=\"edge-label-bg\" x=\"{}\" y=\"{}\" width=\"{w}\" height=\"16\" rx=\"3\"/><text class=\"edge-label\" x=\"{mx}\" y=\"{}\" text-anchor=\"middle\">{label}</text>",
                mx - w / 2,
                my - 10,
                my + 2
            ));
        }
    }
    // Nodes.
    let mut drawn = 0;
    for (i, row) in levels.iter().enumerate() {
        for n in row {
            let Some(&(x, y)) = at.get(n.key.as_str()) else {
                continue;
            };
            drawn += 1;
            let href = if n.in_corpus {
                crate::key_path("/doc", &n.key)
            } else {
                format!("/missing?key={}", crate::query_value(&n.key))
            };
            let class = match (i == centre_row, n.in_corpus) {
                (true, _) => "node centre",
                (false, true) => "node",
                (false, false) => "node missing",
            };
            svg.push_str(&format!(
                "<a href=\"{}\" class=\"{class}\" data-key=\"{}\"><title>{}</title><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{BOX_H}\" rx=\"6\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" class=\"ref\">{}</text><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" class=\"sub\">{}</text></a>",
                escape(&href),
                escape(&n.key),
                escape(&n.title),
                x + BOX_W / 2,
                y + 20,
                escape(&short(&n.reference, 24)),
                x + BOX_W / 2,
                y + 37,
                escape(&short(&n.second, 28)),
            ));
        }
    }
    if left_out > 0 {
        svg.push_str(&format!(
            "<text class=\"level\" x=\"{MARGIN}\" y=\"{}\">{left_out} more documents not drawn (see the lists below and the JSON)</text>",
            height - 6
        ));
    }
    svg.push_str("</svg>");
    Picture {
        svg,
        drawn,
        left_out,
    }
}

/// The walk's rows by depth (1, 2, …), each with its `via`; rows past [`MAX_LEVELS`]
/// are counted as left out.
fn rows_by_depth<'a>(rows: &'a [Value], left_out: &mut usize) -> Vec<Vec<(&'a Value, String)>> {
    let mut out: Vec<Vec<(&Value, String)>> = Vec::new();
    for r in rows {
        let depth = r.get("depth").and_then(Value::as_u64).unwrap_or(1).max(1) as usize;
        if depth > MAX_LEVELS {
            *left_out += 1;
            continue;
        }
        while out.len() < depth {
            out.push(Vec::new());
        }
        out[depth - 1].push((r, s(r, "via")));
    }
    out
}

fn class_word(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_lowercase() || *c == '_')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn levels_edges_and_escaping() {
        let centre = json!({"key": "c/1", "ref": "1/CT", "in_corpus": 1, "type": "Chỉ thị"});
        let up = vec![
            json!({"key": "top/1", "ref": "<b>9</b>", "relation": "implements", "in_corpus": 0, "depth": 1, "via": "c/1"}),
            json!({"key": "top/2", "ref": "8", "relation": "basis", "in_corpus": 1, "depth": 2, "via": "top/1"}),
        ];
        let down = vec![
            json!({"key": "low/1", "ref": "2", "relation": "implements", "depth": 1, "via": "c/1"}),
            json!({"key": "low/2", "ref": "3", "relation": "implements", "depth": 2, "via": "nowhere"}),
        ];
        let p = draw(&centre, &up, &down);
        assert_eq!(p.drawn, 4);
        assert_eq!(p.left_out, 1);
        assert!(p.svg.contains("&lt;b&gt;9&lt;/b&gt;"));
        assert!(!p.svg.contains("<b>"));
        assert!(p.svg.contains("href=\"/missing?key=top%2F1\""));
        assert!(p.svg.contains("href=\"/doc/low/1\""));
        assert_eq!(p.svg.matches("<line").count(), 3);
        assert!(p.svg.contains(">implements</text>") && p.svg.contains(">basis</text>"));
        assert!(p.svg.contains("↑ 2 up") && p.svg.contains("↓ 1 down"));
    }

    #[test]
    fn wide_rows_are_cut() {
        let centre = json!({"key": "c"});
        let down: Vec<Value> = (0..100)
            .map(|i| json!({"key": format!("d{i}"), "depth": 1, "via": "c", "relation": "implements"}))
            .collect();
        let p = draw(&centre, &[], &down);
        assert_eq!(p.drawn, 1 + MAX_PER_LEVEL);
        assert_eq!(p.left_out, 100 - MAX_PER_LEVEL);
    }
}
