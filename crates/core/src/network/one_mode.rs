//! One-mode actor × actor networks: two actors are tied by the stances they
//! took on the same targets, following DNA's definitions (its `Exporter`):
//! for each shared target, every pair of their counted stances adds one to
//! congruence (same polarity) or conflict (opposite polarity).
//!
//! The computation is a sparse matrix product (Gustavson's row-by-row
//! method): for each actor, walk its targets, and for each target the other
//! actors who took a stance on it, accumulating into one scratch row. It
//! never loops over all pairs of actors or all pairs of statements.

use super::incidence::Incidence;
use super::options::{Normalisation, OneModeOptions, Qualifier};
use super::{Edge, Network, NetworkKind};

/// One other actor's stances on a target: (row, support, oppose).
type Stances = (u32, f64, f64);

/// Raw tie counts for one pair, before normalisation.
#[derive(Debug, Clone, Copy, Default)]
struct Tie {
    congruence: f64,
    conflict: f64,
    /// Over (target, polarity) cells both actors used: the first actor's and
    /// the second actor's counts; the Jaccard denominator needs them.
    shared_first: f64,
    shared_second: f64,
}

pub(crate) fn build(incidence: Incidence, options: OneModeOptions) -> Network {
    let actor_count = incidence.rows.len();
    // Target → the actors with a stance on it, sorted by actor (cells are sorted by row).
    let mut by_target: Vec<Vec<Stances>> = vec![Vec::new(); incidence.columns.len()];
    for cell in &incidence.cells {
        by_target[cell.column as usize].push((cell.row, cell.support, cell.oppose));
    }
    let totals = incidence.row_totals();

    let mut scratch = vec![Tie::default(); actor_count];
    let mut touched: Vec<u32> = Vec::new();
    let mut edges = Vec::new();
    for row in 0..actor_count {
        for cell in incidence.row_cells(row) {
            let others = &by_target[cell.column as usize];
            // Only later actors: each unordered pair is visited once.
            let first_later = others.partition_point(|&(other, ..)| other as usize <= row);
            for &(other, support, oppose) in &others[first_later..] {
                let tie = &mut scratch[other as usize];
                if tie.congruence == 0.0 && tie.conflict == 0.0 {
                    touched.push(other);
                }
                tie.congruence += cell.support * support + cell.oppose * oppose;
                tie.conflict += cell.support * oppose + cell.oppose * support;
                if cell.support > 0.0 && support > 0.0 {
                    tie.shared_first += cell.support;
                    tie.shared_second += support;
                }
                if cell.oppose > 0.0 && oppose > 0.0 {
                    tie.shared_first += cell.oppose;
                    tie.shared_second += oppose;
                }
            }
        }
        touched.sort_unstable();
        for &other in &touched {
            let tie = std::mem::take(&mut scratch[other as usize]);
            let weight = weigh(tie, totals[row], totals[other as usize], options);
            if weight != 0.0 {
                edges.push(Edge {
                    row,
                    column: other as usize,
                    weight,
                    positive: tie.congruence,
                    negative: tie.conflict,
                });
            }
        }
        touched.clear();
    }

    let columns = incidence.rows.clone();
    Network {
        kind: NetworkKind::OneMode(options),
        rows: incidence.rows.clone(),
        columns,
        edges,
        incidence,
    }
}

/// The tie's weight under the qualifier and normalisation (DNA's formulas;
/// a zero denominator gives a zero tie, as in DNA 3).
fn weigh(tie: Tie, first_total: f64, second_total: f64, options: OneModeOptions) -> f64 {
    let raw = match options.qualifier {
        Qualifier::Ignore => tie.congruence + tie.conflict,
        Qualifier::Congruence => tie.congruence,
        Qualifier::Conflict => tie.conflict,
        Qualifier::Subtract => tie.congruence - tie.conflict,
    };
    let denominator = match options.normalisation {
        Normalisation::None => 1.0,
        Normalisation::Average => (first_total + second_total) / 2.0,
        // Cells only the first used + cells only the second used + the
        // products over cells both used (the products are the congruence).
        Normalisation::Jaccard => {
            (first_total - tie.shared_first) + (second_total - tie.shared_second) + tie.congruence
        }
        Normalisation::Cosine => first_total * second_total,
    };
    if denominator == 0.0 {
        0.0
    } else {
        raw / denominator
    }
}
