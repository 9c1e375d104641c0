//! Two-mode holder × target networks: each cell of the sparse table becomes a
//! tie weighted by its support and oppose counts.

use super::incidence::Incidence;
use super::options::{TwoModeOptions, TwoModeWeight};
use super::{Edge, Network, NetworkKind};

pub(crate) fn build(incidence: Incidence, options: TwoModeOptions) -> Network {
    let edges = incidence
        .cells
        .iter()
        .filter_map(|cell| {
            let weight = match options.weight {
                TwoModeWeight::Total => cell.support + cell.oppose,
                TwoModeWeight::Support => cell.support,
                TwoModeWeight::Oppose => cell.oppose,
                TwoModeWeight::Net => cell.support - cell.oppose,
            };
            (weight != 0.0).then_some(Edge {
                row: cell.row as usize,
                column: cell.column as usize,
                weight,
                positive: cell.support,
                negative: cell.oppose,
            })
        })
        .collect();
    Network {
        kind: NetworkKind::TwoMode(options),
        rows: incidence.rows.clone(),
        columns: incidence.columns.clone(),
        edges,
        incidence,
    }
}
