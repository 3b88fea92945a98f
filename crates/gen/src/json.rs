//! The expected record as JSON, in the shape and field order of the hand-written
//! `expected.json` files (corpus/CONVENTIONS.md), one record per line.

use crate::date;
use crate::render::Expected;
use crate::text::push_json_str;

fn opt(out: &mut String, v: Option<&str>) {
    match v {
        Some(s) => push_json_str(out, s),
        None => out.push_str("null"),
    }
}

fn list(out: &mut String, v: &[String]) {
    out.push('[');
    for (i, s) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_json_str(out, s);
    }
    out.push(']');
}

fn key(out: &mut String, k: &str) {
    out.push_str(", ");
    push_json_str(out, k);
    out.push_str(": ");
}

/// Appends the record of `e` (one line, no trailing newline).
pub(crate) fn record(out: &mut String, e: &Expected) {
    out.push_str("{\"path\": ");
    push_json_str(out, &e.path);
    key(out, "status");
    push_json_str(out, "ok");
    key(out, "system");
    push_json_str(out, e.system);
    key(out, "ref");
    push_json_str(out, &e.reff);
    key(out, "number");
    push_json_str(out, &e.number);
    key(out, "type");
    out.push_str("{\"code\": ");
    opt(out, e.type_code);
    out.push_str(", \"name\": ");
    push_json_str(out, e.type_name);
    out.push('}');
    key(out, "issuer");
    out.push_str("{\"name\": ");
    push_json_str(out, &e.issuer_name);
    out.push_str(", \"code\": ");
    push_json_str(out, e.issuer_code);
    out.push_str(", \"parent\": ");
    opt(out, e.issuer_parent.as_deref());
    out.push('}');
    key(out, "jurisdiction");
    push_json_str(out, e.jurisdiction);
    key(out, "id");
    push_json_str(out, &e.id);
    key(out, "place");
    push_json_str(out, &e.place);
    key(out, "date");
    push_json_str(out, &e.date);
    key(out, "subject");
    push_json_str(out, &e.subject);
    key(out, "recipients");
    list(out, &e.recipients);
    key(out, "distribution");
    list(out, &e.distribution);
    key(out, "signature");
    out.push_str("{\"authority\": ");
    opt(out, e.authority.as_deref());
    out.push_str(", \"title\": ");
    opt(out, e.title.as_deref());
    out.push_str(", \"name\": ");
    push_json_str(out, &e.name);
    out.push('}');
    if !e.annotations.is_empty() {
        key(out, "annotations");
        list(out, &e.annotations);
    }
    if !e.damage.is_empty() {
        key(out, "damage");
        out.push('[');
        for (i, s) in e.damage.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            push_json_str(out, s);
        }
        out.push(']');
    }
    key(out, "tasks");
    out.push('[');
    for (i, t) in e.tasks.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str("{\"label\": ");
        push_json_str(out, &t.label);
        out.push_str(", \"assignees\": ");
        list(out, &t.assignees);
        out.push_str(", \"assignees_implicit\": ");
        out.push_str(if t.implicit { "true" } else { "false" });
        out.push_str(", \"coordinators\": ");
        list(out, &t.coordinators);
        out.push_str(", \"actions\": [");
        for (j, a) in t.actions.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            push_json_str(out, a.as_str());
        }
        out.push_str("], \"deadline\": ");
        if t.date.is_none() && t.every.is_none() {
            out.push_str("null");
        } else {
            out.push_str("{\"date\": ");
            match t.date {
                Some(d) => push_json_str(out, &date::iso(d)),
                None => out.push_str("null"),
            }
            out.push_str(", \"every\": ");
            opt(out, t.every);
            out.push('}');
        }
        out.push('}');
    }
    out.push(']');
    key(out, "citations");
    out.push('[');
    for (i, c) in e.citations.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str("{\"ref\": ");
        opt(out, c.reff.as_deref());
        out.push_str(", \"type\": {\"code\": ");
        opt(out, c.type_code);
        out.push_str(", \"name\": ");
        push_json_str(out, c.type_name);
        out.push_str("}, \"date\": ");
        match c.date {
            Some(d) => push_json_str(out, &date::iso(d)),
            None => out.push_str("null"),
        }
        out.push_str(", \"issuer\": ");
        opt(out, c.issuer.as_deref());
        out.push_str(", \"jurisdiction\": ");
        push_json_str(out, c.jurisdiction);
        out.push_str(", \"relation\": ");
        push_json_str(out, c.rel.as_str());
        out.push_str(", \"target\": ");
        opt(out, c.target.as_deref());
        out.push_str(", \"target_key\": ");
        push_json_str(out, &c.target_key);
        out.push('}');
    }
    out.push(']');
    key(out, "not_citations");
    out.push('[');
    let mut prev: Option<&String> = None;
    let mut first = true;
    for s in &e.not_citations {
        if prev == Some(s) {
            continue;
        }
        if !first {
            out.push_str(", ");
        }
        first = false;
        push_json_str(out, s);
        prev = Some(s);
    }
    out.push(']');
    out.push('}');
}
