//! Bytes to text: encoding detection, binary detection, line endings.
//!
//! Order of trust: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; then valid
//! UTF-8; then Windows-1252, the encoding of most legacy Western text (and a
//! superset of Latin-1's printable range), or a fallback the caller knows
//! better (an HTML page's declared charset). Line endings become `\n`; nothing
//! else in the text changes, because stored offsets point into it. This
//! module never looks at what the text means.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use super::ImportError;

/// How many characters the binary check samples; enough to see a file's
/// nature, small enough to stay cheap on large files.
const BINARY_SAMPLE_CHARS: usize = 64 * 1024;

/// Above this share of control characters in the sample, the file is binary.
/// Real text has almost none besides tab, newline, carriage return and form feed.
const MAX_CONTROL_SHARE: f64 = 0.05;

/// Decodes a text file's bytes: the text with `\n` line endings, or
/// [`ImportError::Empty`] / [`ImportError::Binary`].
pub fn decode_text(bytes: &[u8]) -> Result<String, ImportError> {
    decode_text_with_fallback(bytes, WINDOWS_1252)
}

/// As [`decode_text`], but bytes that are not UTF-8 (and have no BOM) are
/// read as `fallback`: the charset an HTML page declares, for instance.
pub fn decode_text_with_fallback(bytes: &[u8], fallback: &'static Encoding) -> Result<String, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    let text = decode_bytes(bytes, fallback);
    if looks_binary(&text) {
        return Err(ImportError::Binary);
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(normalise_line_endings(text))
}

/// The characters the bytes stand for, choosing the encoding as the module
/// docs say. Malformed sequences under a BOM become U+FFFD rather than failing.
fn decode_bytes(bytes: &[u8], fallback: &'static Encoding) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return UTF_8.decode_without_bom_handling(rest).0.into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return UTF_16LE.decode_without_bom_handling(rest).0.into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return UTF_16BE.decode_without_bom_handling(rest).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => fallback.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

/// True when the text is not text: any NUL, or too many other control
/// characters. Checked after decoding so UTF-16 (full of zero bytes) passes.
fn looks_binary(text: &str) -> bool {
    let mut sampled = 0usize;
    let mut controls = 0usize;
    for c in text.chars().take(BINARY_SAMPLE_CHARS) {
        sampled += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C') {
            controls += 1;
        }
    }
    sampled > 0 && controls as f64 / sampled as f64 > MAX_CONTROL_SHARE
}

/// `\r\n` and lone `\r` (old Mac files) become `\n`.
pub fn normalise_line_endings(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom_is_the_same_text() {
        let text = "“Quoted” – café 🎉";
        assert_eq!(decode_text(text.as_bytes()).unwrap(), text);
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode_text(&with_bom).unwrap(), text);
    }

    #[test]
    fn utf16_with_bom_decodes_both_byte_orders() {
        let text = "Kerry – Лавров 🎉\r\nnext";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode_text(&le).unwrap(), "Kerry – Лавров 🎉\nnext");
        assert_eq!(decode_text(&be).unwrap(), "Kerry – Лавров 🎉\nnext");
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252() {
        // "café “x” – 1€" in Windows-1252: é=E9, “=93, ”=94, –=96, €=80.
        let bytes = b"caf\xE9 \x93x\x94 \x96 1\x80";
        assert_eq!(decode_text(bytes).unwrap(), "café “x” – 1€");
    }

    #[test]
    fn a_declared_fallback_replaces_windows_1252() {
        // "Путин" in Windows-1251.
        let bytes = b"\xCF\xF3\xF2\xE8\xED";
        assert_eq!(
            decode_text_with_fallback(bytes, encoding_rs::WINDOWS_1251).unwrap(),
            "Путин"
        );
        // Valid UTF-8 wins over any fallback.
        assert_eq!(
            decode_text_with_fallback("Путин".as_bytes(), WINDOWS_1252).unwrap(),
            "Путин"
        );
    }

    #[test]
    fn line_endings_become_newlines_and_nothing_else_changes() {
        let text = decode_text(b"  one\r\ntwo\rthree\n\n  four  ").unwrap();
        assert_eq!(text, "  one\ntwo\nthree\n\n  four  ");
    }

    #[test]
    fn empty_and_blank_files_are_empty() {
        assert_eq!(decode_text(b""), Err(ImportError::Empty));
        assert_eq!(decode_text(b" \r\n\t \n"), Err(ImportError::Empty));
        assert_eq!(decode_text(b"\xEF\xBB\xBF"), Err(ImportError::Empty));
    }

    #[test]
    fn nul_bytes_or_many_control_characters_mean_binary() {
        assert_eq!(decode_text(b"text\0more"), Err(ImportError::Binary));
        let controls: Vec<u8> = (0..100).map(|i| if i % 4 == 0 { 0x01 } else { b'a' }).collect();
        assert_eq!(decode_text(&controls), Err(ImportError::Binary));
        // A stray escape character in real text is not enough.
        let mostly_text = format!("{}\x1B{}", "a".repeat(200), "b".repeat(200));
        assert!(decode_text(mostly_text.as_bytes()).is_ok());
    }
}
