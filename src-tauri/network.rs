//! The `network` command: the discourse network of the assessments a filter
//! selects, as the graph the app's network view draws. The settings arrive
//! as core's own `NetworkRequest`, are checked by core (as the CLI's are), and
//! the network and its graph are computed there; this file only wires them.

use standpoint_core::network::{self, NetworkGraph, NetworkRequest};
use standpoint_store::AssessmentFilter;
use tauri::State;

use crate::error::{ShellError, ShellResult};
use crate::AppState;

/// The network of the assessments `filter` selects, with `request`'s settings.
#[tauri::command(rename_all = "snake_case")]
pub async fn network(
    state: State<'_, AppState>,
    filter: AssessmentFilter,
    request: NetworkRequest,
) -> ShellResult<NetworkGraph> {
    let spec = request.spec().map_err(|error| ShellError::Invalid(error.to_string()))?;
    // Read under the workspace lock (the lean read: no texts), compute outside it.
    let assessments = state.workspaces.with_store(|store| store.lean_assessments(&filter))?;
    let network = network::build(&assessments, spec);
    Ok(NetworkGraph::of(&network, assessments.len()))
}
