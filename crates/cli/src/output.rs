//! Printing helpers shared by the subcommands: terminal-safe text and plain
//! aligned tables for a terminal or a pipe. Nothing here knows the domain.
//!
//! Everything the CLI prints that came from a file or the workspace (titles,
//! names, snippets, paths, error messages) goes through [`one_line`] or
//! [`lines`]: a title holding `ESC ] 0 ; … BEL` must not retitle the
//! terminal, nor a right-to-left override reorder what is shown.

use std::borrow::Cow;
use std::io::{self, Write};
use std::process::ExitCode;

/// Characters a terminal would act on rather than show: C0 and C1 controls,
/// DEL, and the invisible format characters that reorder or hide text.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let keep = |c: char| keep_newlines && c == '\n';
    if !text.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            _ if keep(c) => out.push(c),
            '\n' | '\r' | '\t' => out.push(' '),
            c if (c as u32) < 0x100 && is_unsafe(c) => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `text` on one line and safe for a terminal: line breaks and tabs become
/// spaces, other control characters are shown escaped (`\x1b`, `\u{202e}`).
pub fn one_line(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// As [`one_line`], but keeps line breaks (error messages, CSV on a terminal).
pub fn lines(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// A path, printed as [`one_line`] text.
pub fn path(path: &std::path::Path) -> String {
    one_line(&path.display().to_string()).into_owned()
}

/// Prints rows as left-aligned columns separated by two spaces, with a header.
/// Cells are cut at `max_width` characters so one long title cannot push the
/// rest off the screen.
pub fn print_table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>], max_width: usize) -> io::Result<()> {
    let cut = |cell: &str| -> String {
        let flat = one_line(cell);
        if flat.chars().count() > max_width {
            let mut short: String = flat.chars().take(max_width.saturating_sub(1)).collect();
            short.push('…');
            short
        } else {
            flat.into_owned()
        }
    };
    let header: Vec<String> = header.iter().map(|h| cut(h)).collect();
    let rows: Vec<Vec<String>> = rows.iter().map(|row| row.iter().map(|c| cut(c)).collect()).collect();
    let columns = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate().take(columns) {
            if i + 1 == columns {
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
            }
        }
        out.trim_end().to_owned()
    };
    writeln!(out, "{}", line(&header))?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}

/// CSV on stdout: as is into a pipe, with control characters in names shown
/// escaped when a terminal would display (and act on) them.
pub fn print_csv<E>(write: impl FnOnce(&mut dyn Write) -> Result<(), E>) -> anyhow::Result<()>
where
    E: std::error::Error + Send + Sync + 'static,
{
    let mut out = io::stdout().lock();
    if !io::IsTerminal::is_terminal(&out) {
        write(&mut out)?;
        return Ok(out.flush()?);
    }
    let mut csv = Vec::new();
    write(&mut csv)?;
    out.write_all(lines(&String::from_utf8_lossy(&csv)).as_bytes())?;
    Ok(())
}

/// The three shapes an analysis command prints in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// Prints an analysis on stdout in `format`: pretty JSON, the CSV `csv`
/// writes, or the table `table` prints.
pub fn print_as<T: serde::Serialize, E>(
    format: Format,
    value: &T,
    csv: impl FnOnce(&T, &mut dyn Write) -> Result<(), E>,
    table: impl FnOnce(&mut io::StdoutLock<'static>, &T) -> anyhow::Result<()>,
) -> anyhow::Result<ExitCode>
where
    E: std::error::Error + Send + Sync + 'static,
{
    match format {
        Format::Json => print_json(&mut io::stdout().lock(), value)?,
        Format::Csv => print_csv(|out| csv(value, out))?,
        Format::Table => table(&mut io::stdout().lock(), value)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints `value` as pretty JSON on its own line.
pub fn print_json(out: &mut impl Write, value: &impl serde::Serialize) -> anyhow::Result<()> {
    writeln!(out, "{}", serde_json::to_string_pretty(value)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_are_shown_escaped_and_plain_text_is_untouched() {
        assert_eq!(one_line("Kremlin · Müller"), "Kremlin · Müller");
        assert_eq!(one_line("a\x1b]0;pwned\x07b"), "a\\x1b]0;pwned\\x07b");
        assert_eq!(one_line("csi\u{9b}31m"), "csi\\x9b31m");
        assert_eq!(one_line("evil\u{202e}txt.exe"), "evil\\u{202e}txt.exe");
        assert_eq!(one_line("two\nlines\ttab\r"), "two lines tab ");
        assert_eq!(lines("two\nlines\x1b"), "two\nlines\\x1b");
    }
}
