//! The commands of change and comparison: a holder's stance over time, the
//! shifts, two outlets compared, the signed blocs, their CSV exports, and
//! saving a drawn chart.
//! Thin: each reads the filtered assessments under the workspace lock (lean
//! where only counting reads them: the timeline, the shifts, the blocs) and
//! hands them to `standpoint_core` (timeline, shifts, outlets, blocs), as
//! the CLI's `standpoint timeline|shifts|outlets|blocs` do.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use standpoint_core::blocs::{signed_blocs, BlocPartition};
use standpoint_core::export::{write_shifts_csv, write_timeline_csv};
use standpoint_core::outlets::{compare, OutletComparison};
use standpoint_core::shifts::{ShiftSpec, Shifts};
use standpoint_core::timeline::{timeline as build_timeline, Timeline, TimelineSpec};
use standpoint_store::{AssessmentFilter, Store, StoreError};
use tauri::State;

use crate::error::{ShellError, ShellResult};
use crate::AppState;

/// The stance over time of the pairs `spec` names, among the assessments `filter` selects.
#[tauri::command(rename_all = "snake_case")]
pub async fn timeline(
    state: State<'_, AppState>,
    filter: AssessmentFilter,
    spec: TimelineSpec,
) -> ShellResult<Timeline> {
    state.workspaces.with_store(|store| timeline_of(store, filter, &spec))
}

/// The changes of sign of net stances between periods with enough evidence.
#[tauri::command(rename_all = "snake_case")]
pub async fn shifts(state: State<'_, AppState>, filter: AssessmentFilter, spec: ShiftSpec) -> ShellResult<Shifts> {
    check_shifts(&spec)?;
    state.workspaces.with_store(|store| store.shifts(&filter, &spec))
}

/// The timeline read for both the view and its CSV export.
fn timeline_of(store: &Store, filter: AssessmentFilter, spec: &TimelineSpec) -> Result<Timeline, StoreError> {
    // One holder's stances are read by an index, not sorted out of all of them.
    let filter = match (spec.holder_id, spec.affiliation, &filter.holder_ids) {
        (Some(id), false, None) => AssessmentFilter {
            holder_ids: Some(vec![id]),
            ..filter
        },
        _ => filter,
    };
    Ok(build_timeline(&store.lean_assessments(&filter)?, spec))
}

fn check_shifts(spec: &ShiftSpec) -> ShellResult<()> {
    spec.check().map_err(|error| ShellError::Invalid(error.to_string()))
}

/// Two outlets' matrices on shared axes and the cells where they differ in
/// sign; `filter`'s own sources are replaced by the two named.
#[tauri::command(rename_all = "snake_case")]
pub async fn compare_outlets(
    state: State<'_, AppState>,
    filter: AssessmentFilter,
    left: String,
    right: String,
) -> ShellResult<OutletComparison> {
    let filter = AssessmentFilter {
        sources: Some(vec![left.clone(), right.clone()]),
        ..filter
    };
    let assessments = state.workspaces.with_store(|store| store.assessments(&filter))?;
    Ok(compare(&assessments, &left, &right))
}

/// The actors' signed blocs and the partition's frustration index.
#[tauri::command(rename_all = "snake_case")]
pub async fn blocs(state: State<'_, AppState>, filter: AssessmentFilter) -> ShellResult<BlocPartition> {
    let assessments = state.workspaces.with_store(|store| store.lean_assessments(&filter))?;
    Ok(signed_blocs(&assessments))
}

/// A chart drawn by the UI: SVG markup, or PNG bytes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "format", content = "data", rename_all = "snake_case")]
pub enum Chart {
    Svg(String),
    Png(Vec<u8>),
}

/// The bytes of a chart to be written to `path`: the extension must match
/// the format and the data must be what it says, so this command writes
/// charts and nothing else.
fn chart_bytes(path: &Path, chart: Chart) -> ShellResult<Vec<u8>> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match (chart, extension.as_str()) {
        (Chart::Svg(markup), "svg") if markup.trim_start().starts_with("<svg") => Ok(markup.into_bytes()),
        (Chart::Png(bytes), "png") if bytes.starts_with(b"\x89PNG\r\n\x1a\n") => Ok(bytes),
        (Chart::Svg(_), "svg") => Err(ShellError::Invalid("the chart is not an <svg> element".to_owned())),
        (Chart::Png(_), "png") => Err(ShellError::Invalid("the chart is not a PNG image".to_owned())),
        _ => Err(ShellError::Invalid(format!(
            "a chart is saved as .svg or .png, matching its format, not as {}",
            path.display()
        ))),
    }
}

/// Writes a chart to `path` (chosen in the save dialog); resolves the bytes written.
#[tauri::command(rename_all = "snake_case")]
pub async fn save_chart(path: PathBuf, chart: Chart) -> ShellResult<u64> {
    let bytes = chart_bytes(&path, chart)?;
    standpoint_store::write_file(&path, &[], |out| out.write_all(&bytes))?;
    Ok(bytes.len() as u64)
}

/// Writes the timeline `spec` names as CSV to `path`; resolves the rows written.
#[tauri::command(rename_all = "snake_case")]
pub async fn export_timeline_csv(
    state: State<'_, AppState>,
    path: PathBuf,
    filter: AssessmentFilter,
    spec: TimelineSpec,
) -> ShellResult<u64> {
    // The store's one output writer: atomic, and never over the workspace.
    let rows = state.workspaces.with_store(|store| {
        let found = timeline_of(store, filter, &spec)?;
        store.write_output(&path, &[], |out| {
            write_timeline_csv(&found, out).map(|()| found.series.len() * found.periods.len())
        })
    })?;
    Ok(rows as u64)
}

/// Writes the shifts as CSV to `path`; resolves the rows written.
#[tauri::command(rename_all = "snake_case")]
pub async fn export_shifts_csv(
    state: State<'_, AppState>,
    path: PathBuf,
    filter: AssessmentFilter,
    spec: ShiftSpec,
) -> ShellResult<u64> {
    check_shifts(&spec)?;
    let rows = state.workspaces.with_store(|store| {
        let found = store.shifts(&filter, &spec)?;
        store.write_output(&path, &[], |out| {
            write_shifts_csv(&found, out).map(|()| found.shifts.len())
        })
    })?;
    Ok(rows as u64)
}
