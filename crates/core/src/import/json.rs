//! JSON (`.json`: one object or an array of objects) and JSON Lines
//! (`.jsonl`: one object a line) article records.
//!
//! A record needs a non-empty string `text`; `id` (string or number),
//! `title`, `date`, `source`, `url` and `author` are taken when they are
//! strings, and other fields are ignored, so the extraction contract's input
//! files and gold files import as they are. A bad record is an error naming
//! where it is ("line 7", "item 3") and the other records still import.
//! A `.json` file holding JSON Lines is read as JSON Lines.

use serde_json::{Map, Value};

use super::dates::published_date;
use super::decode::{decode_text, normalise_line_endings};
use super::{Document, Format, ImportError};

/// The documents of a `.json` file, and an error for each record that is not one.
pub fn read_json(bytes: &[u8], origin_name: &str) -> (Vec<Document>, Vec<ImportError>) {
    let text = match decode_text(bytes) {
        Ok(text) => text,
        Err(error) => return (Vec::new(), vec![error]),
    };
    let value: Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(_) if looks_like_json_lines(&text) => return json_lines_records(&text, origin_name),
        Err(error) => {
            return (
                Vec::new(),
                vec![ImportError::JsonInvalid {
                    reason: error.to_string(),
                }],
            )
        }
    };
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    match value {
        Value::Object(record) => match document_from(&record, Format::Json, origin_name.to_string()) {
            Ok(document) => documents.push(document),
            Err(problem) => errors.push(ImportError::JsonRecord {
                at: "the object".to_string(),
                problem,
            }),
        },
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let origin = format!("{origin_name}[{index}]");
                let result = match item {
                    Value::Object(record) => document_from(record, Format::Json, origin),
                    other => Err(format!("expected an object, found {}", kind_of(other))),
                };
                match result {
                    Ok(document) => documents.push(document),
                    Err(problem) => errors.push(ImportError::JsonRecord {
                        at: format!("item {}", index + 1),
                        problem,
                    }),
                }
            }
            if items.is_empty() {
                errors.push(ImportError::JsonRecord {
                    at: "the file".to_string(),
                    problem: "the array is empty: no articles".to_string(),
                });
            }
        }
        other => errors.push(ImportError::JsonRecord {
            at: "the file".to_string(),
            problem: format!("expected an object or an array of objects, found {}", kind_of(&other)),
        }),
    }
    (documents, errors)
}

/// The documents of a `.jsonl` file, and an error for each line that is not one.
/// Blank lines are skipped; line numbers count from 1 as editors show them.
pub fn read_json_lines(bytes: &[u8], origin_name: &str) -> (Vec<Document>, Vec<ImportError>) {
    match decode_text(bytes) {
        Ok(text) => json_lines_records(&text, origin_name),
        Err(error) => (Vec::new(), vec![error]),
    }
}

/// A `.json` file that is really JSON Lines (a common mix-up when saving
/// exports): it fails to parse whole, but its first line is a complete object.
fn looks_like_json_lines(text: &str) -> bool {
    let mut lines = text.lines().filter(|line| !line.trim().is_empty());
    let first_is_object = lines
        .next()
        .is_some_and(|line| matches!(serde_json::from_str::<Value>(line), Ok(Value::Object(_))));
    first_is_object && lines.next().is_some()
}

/// One record a non-blank line; line numbers count from 1 as editors show them.
fn json_lines_records(text: &str, origin_name: &str) -> (Vec<Document>, Vec<ImportError>) {
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let record = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(record)) => record,
            Ok(other) => {
                errors.push(ImportError::JsonRecord {
                    at: format!("line {number}"),
                    problem: format!("expected an object, found {}", kind_of(&other)),
                });
                continue;
            }
            Err(error) => {
                errors.push(ImportError::JsonLineInvalid {
                    line: number,
                    reason: error.to_string(),
                });
                continue;
            }
        };
        match document_from(&record, Format::JsonLines, format!("{origin_name}:{number}")) {
            Ok(document) => documents.push(document),
            Err(problem) => errors.push(ImportError::JsonRecord {
                at: format!("line {number}"),
                problem,
            }),
        }
    }
    (documents, errors)
}

/// A record as a document, or what is wrong with it.
fn document_from(record: &Map<String, Value>, format: Format, origin_name: String) -> Result<Document, String> {
    let text = match record.get("text") {
        Some(Value::String(text)) if !text.trim().is_empty() => normalise_line_endings(text.clone()),
        Some(Value::String(_)) => return Err("\"text\" is empty".to_string()),
        Some(other) => return Err(format!("\"text\" must be a string, found {}", kind_of(other))),
        None => return Err("no \"text\" field".to_string()),
    };
    let field = |name: &str| match record.get(name) {
        Some(Value::String(value)) if !value.trim().is_empty() => Some(value.trim().to_string()),
        _ => None,
    };
    let external_id = match record.get("id") {
        Some(Value::Number(number)) => Some(number.to_string()),
        _ => field("id"),
    };
    Ok(Document {
        text,
        title: field("title"),
        source: field("source"),
        url: field("url"),
        author: field("author"),
        published: field("date").as_deref().and_then(published_date),
        external_id,
        format,
        origin_name,
    })
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_with_a_bad_line_import_the_rest() {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"The “deal” – café 🎉\", \"title\": \"T\", \"date\": \"December 12, 2017\", ",
            "\"source\": \"Reuters\", \"url\": \"https://x.org/a\", \"author\": \"J. Doe\", \"stances\": []}\n",
            "\n",
            "{\"id\": 7, \"text\": \"second\\r\\nline\"\n",
            "{\"id\": 8, \"text\": \"third\"}\n",
            "[1, 2]\n",
            "{\"id\": 9, \"title\": \"no text\"}\n",
            "{\"id\": 10, \"text\": 5}\n",
        );
        let (documents, errors) = read_json_lines(input.as_bytes(), "a.jsonl");
        assert_eq!(documents.len(), 2);
        let first = &documents[0];
        assert_eq!(first.text, "The “deal” – café 🎉");
        assert_eq!(first.external_id.as_deref(), Some("a"));
        assert_eq!(first.title.as_deref(), Some("T"));
        assert_eq!(first.published.as_deref(), Some("2017-12-12"));
        assert_eq!(first.source.as_deref(), Some("Reuters"));
        assert_eq!(first.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(first.author.as_deref(), Some("J. Doe"));
        assert_eq!(first.origin_name, "a.jsonl:1");
        assert_eq!(documents[1].origin_name, "a.jsonl:4");
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 4, "{messages:?}");
        assert!(messages[0].starts_with("line 3: not valid JSON: "), "{}", messages[0]);
        assert_eq!(messages[1], "line 5: expected an object, found an array");
        assert_eq!(messages[2], "line 6: no \"text\" field");
        assert_eq!(messages[3], "line 7: \"text\" must be a string, found a number");
    }

    #[test]
    fn json_object_or_array_of_objects() {
        let (documents, errors) = read_json(br#"{"text": "one\r\ntwo", "id": 3}"#, "a.json");
        assert!(errors.is_empty());
        assert_eq!(documents[0].text, "one\ntwo");
        assert_eq!(documents[0].external_id.as_deref(), Some("3"));
        assert_eq!(documents[0].origin_name, "a.json");

        let (documents, errors) = read_json(br#"[{"text": "a"}, "oops", {"text": "  "}]"#, "b.json");
        assert_eq!(documents.len(), 1);
        assert_eq!(documents[0].origin_name, "b.json[0]");
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "item 2: expected an object, found a string",
                "item 3: \"text\" is empty"
            ]
        );
    }

    #[test]
    fn a_json_file_holding_json_lines_is_read_as_json_lines() {
        let input = "{\"id\": 1, \"text\": \"one\"}\n{\"id\": 2, \"text\": \"two\"}\n{broken\n";
        let (documents, errors) = read_json(input.as_bytes(), "export.json");
        let texts: Vec<&str> = documents.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["one", "two"]);
        assert_eq!(documents[1].origin_name, "export.json:2");
        assert_eq!(documents[1].format, Format::JsonLines);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].to_string().starts_with("line 3: not valid JSON"),
            "{}",
            errors[0]
        );
        // One object spread over several lines is plain JSON, broken or not.
        let (_, errors) = read_json(b"{\n  \"text\": \"x\",\n", "a.json");
        assert_eq!(errors[0].code(), "json_invalid");
    }

    #[test]
    fn json_that_is_not_records_is_refused() {
        let (documents, errors) = read_json(b"{\"text\": ", "a.json");
        assert!(documents.is_empty());
        assert_eq!(errors[0].code(), "json_invalid");
        let (_, errors) = read_json(b"42", "a.json");
        assert_eq!(
            errors[0].to_string(),
            "the file: expected an object or an array of objects, found a number"
        );
        let (_, errors) = read_json(b"[]", "a.json");
        assert_eq!(errors[0].to_string(), "the file: the array is empty: no articles");
    }
}
