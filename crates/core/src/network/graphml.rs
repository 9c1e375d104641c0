//! GraphML export that Gephi and visone both open: plain GraphML keys (no
//! yFiles extensions), node attributes label, kind, affiliation, signed bloc and colour
//! (also as r/g/b integers, which Gephi reads as the node colour), and edge
//! attributes weight, polarity, the positive and negative counts, and the
//! ids of the assessments behind each tie.
//!
//! Writes into any `io::Write`; it opens no file. All text is XML-escaped and
//! characters XML 1.0 forbids are dropped, so names from articles cannot
//! break the document.

use std::io::{self, Write};

use super::{Network, NetworkKind};

/// Writes `network` as a GraphML document.
pub fn write_graphml(network: &Network, out: &mut impl Write) -> io::Result<()> {
    let (positive, negative) = match network.kind {
        NetworkKind::TwoMode(_) => ("support", "oppose"),
        NetworkKind::OneMode(_) => ("congruence", "conflict"),
    };
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    let node_keys = [
        ("label", "string"),
        ("kind", "string"),
        ("affiliation", "string"),
        ("side", "string"),
        ("bloc", "int"),
        ("colour", "string"),
        ("r", "int"),
        ("g", "int"),
        ("b", "int"),
    ];
    write_keys(out, "node", &node_keys)?;
    let edge_keys = [
        ("weight", "double"),
        ("polarity", "string"),
        (positive, "double"),
        (negative, "double"),
        ("assessments", "string"),
    ];
    write_keys(out, "edge", &edge_keys)?;
    let direction = if network.is_one_mode() {
        "undirected"
    } else {
        "directed"
    };
    writeln!(out, r#"  <graph id="G" edgedefault="{direction}">"#)?;

    for (id, node) in network.nodes() {
        let side = match (network.is_one_mode(), id.as_bytes().first()) {
            (true, _) => "actor",
            (false, Some(b'h')) => "holder",
            (false, _) => "target",
        };
        let [r, g, b] = node.colour();
        writeln!(out, r#"    <node id="{id}">"#)?;
        data(out, "label", &node.label)?;
        data(out, "kind", node.kind.label())?;
        if let Some(affiliation) = &node.affiliation {
            data(out, "affiliation", affiliation)?;
        }
        data(out, "side", side)?;
        if let Some(bloc) = node.bloc {
            data(out, "bloc", &bloc.to_string())?;
        }
        data(out, "colour", &node.colour_hex())?;
        data(out, "r", &r.to_string())?;
        data(out, "g", &g.to_string())?;
        data(out, "b", &b.to_string())?;
        writeln!(out, "    </node>")?;
    }

    for (index, edge) in network.edges.iter().enumerate() {
        let ids: Vec<String> = network.edge_assessments(edge).iter().map(i64::to_string).collect();
        writeln!(
            out,
            r#"    <edge id="e{index}" source="{}" target="{}">"#,
            network.row_node_id(edge.row),
            network.column_node_id(edge.column)
        )?;
        data(out, "weight", &edge.weight.to_string())?;
        data(out, "polarity", network.kind.sign_label(edge.sign()))?;
        data(out, positive, &edge.positive.to_string())?;
        data(out, negative, &edge.negative.to_string())?;
        data(out, "assessments", &ids.join(","))?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

/// GraphML's declarations of the attributes `element` ("node" or "edge") carries.
fn write_keys(out: &mut impl Write, element: &str, keys: &[(&str, &str)]) -> io::Result<()> {
    for (name, kind) in keys {
        writeln!(
            out,
            r#"  <key id="{name}" for="{element}" attr.name="{name}" attr.type="{kind}"/>"#
        )?;
    }
    Ok(())
}

fn data(out: &mut impl Write, key: &str, value: &str) -> io::Result<()> {
    writeln!(out, r#"      <data key="{key}">{}</data>"#, escape_xml(value))
}

/// Escapes markup characters and drops characters XML 1.0 does not allow.
pub fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\t' | '\n' | '\r' => escaped.push(ch),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => escaped.push(c),
        }
    }
    escaped
}
