//! The settings of a discourse network, as closed sets with their command-line
//! spellings. They follow Discourse Network Analyzer's (DNA) export options so
//! that an analyst coming from DNA finds the same knobs with the same meaning.
//!
//! This module only describes settings and checks they fit together
//! ([`NetworkRequest::spec`], the one place both shells validate them); it
//! computes nothing.

use serde::{Deserialize, Serialize};

use crate::model::closed_set;

closed_set! {
    /// Two-mode (holders × targets) or one-mode (actors × actors).
    Mode {
        /// Holders × targets: who took a stance on what.
        TwoMode => "two_mode",
        /// Actors × actors: who shares stances with whom.
        OneMode => "one_mode",
    }
}

closed_set! {
    /// Which actor a stance is credited to.
    Level {
        /// The holder itself (a person stays a person).
        Actor => "actor",
        /// The actor the holder belongs to directly, when it has one: people
        /// roll up to their organisation, as in DNA's organisation networks.
        Affiliation => "affiliation",
    }
}

closed_set! {
    /// How a one-mode tie uses the polarity of the two actors' stances on a
    /// shared target (DNA's "qualifier aggregation").
    Qualifier {
        /// Every pair of stances on a shared target counts, whatever their polarity.
        Ignore => "ignore",
        /// Only pairs of stances with the same polarity count.
        Congruence => "congruence",
        /// Only pairs of stances with opposite polarity count.
        Conflict => "conflict",
        /// Congruence minus conflict: positive ties for allies, negative for opponents.
        Subtract => "subtract",
    }
}

closed_set! {
    /// How a one-mode tie is scaled by the two actors' activity.
    Normalisation {
        None => "none",
        /// Divided by the mean number of stances the two actors took.
        Average => "average",
        /// Divided by the Jaccard denominator over (target, polarity) cells.
        Jaccard => "jaccard",
        /// DNA's "cosine": divided by the product of the two actors' stance
        /// counts (DNA computes sqrt(a²)·sqrt(b²) of the counts; we keep its
        /// definition so that results match).
        Cosine => "cosine",
    }
}

closed_set! {
    /// Which repeated stances are collapsed into one before counting: those
    /// of the same actor on the same target with the same polarity — or of
    /// either polarity when the network ignores polarity (one-mode qualifier
    /// `ignore`, two-mode weight `total`), as DNA does. The earliest is kept.
    Duplicates {
        /// Every stance counts.
        Include => "include",
        /// One per article.
        Document => "document",
        /// One per ISO calendar week (Monday to Sunday), as DNA's UK weeks.
        Week => "week",
        /// One per calendar month.
        Month => "month",
        /// One per calendar year.
        Year => "year",
        /// One over the whole range.
        All => "all",
    }
}

closed_set! {
    /// What the weight of a two-mode holder → target tie counts.
    TwoModeWeight {
        /// Support and oppose stances together (DNA's qualifier "ignore").
        Total => "total",
        Support => "support",
        Oppose => "oppose",
        /// Support minus oppose (DNA's qualifier "subtract").
        Net => "net",
    }
}

/// Settings of a two-mode holder × target network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoModeOptions {
    pub level: Level,
    pub weight: TwoModeWeight,
    pub duplicates: Duplicates,
}

impl Default for TwoModeOptions {
    fn default() -> TwoModeOptions {
        TwoModeOptions {
            level: Level::Actor,
            weight: TwoModeWeight::Total,
            duplicates: Duplicates::Include,
        }
    }
}

/// Settings of a one-mode actor × actor network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneModeOptions {
    pub level: Level,
    pub qualifier: Qualifier,
    pub normalisation: Normalisation,
    pub duplicates: Duplicates,
}

impl Default for OneModeOptions {
    fn default() -> OneModeOptions {
        OneModeOptions {
            level: Level::Actor,
            qualifier: Qualifier::Ignore,
            normalisation: Normalisation::None,
            duplicates: Duplicates::Include,
        }
    }
}

/// Which network to build, with its settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum NetworkSpec {
    TwoMode(TwoModeOptions),
    OneMode(OneModeOptions),
}

/// The settings as an analyst gives them, one field per knob (the app's
/// settings panel, the CLI's flags). [`NetworkRequest::spec`] checks that
/// they fit together and reads them as a [`NetworkSpec`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NetworkRequest {
    pub mode: Mode,
    pub level: Level,
    /// DNA's qualifier. In a two-mode network: ignore counts all stances,
    /// congruence only support, conflict only oppose, subtract support minus oppose.
    pub qualifier: Qualifier,
    /// One-mode networks only; a two-mode request must say `none`.
    pub normalisation: Normalisation,
    pub duplicates: Duplicates,
}

/// Settings that do not fit together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("a normalisation applies to one-mode networks only (got {0} for a two-mode network)")]
    NormalisationOnTwoMode(Normalisation),
}

impl NetworkRequest {
    /// The network these settings describe, or why they do not fit.
    pub fn spec(self) -> Result<NetworkSpec, SettingsError> {
        Ok(match self.mode {
            Mode::OneMode => NetworkSpec::OneMode(OneModeOptions {
                level: self.level,
                qualifier: self.qualifier,
                normalisation: self.normalisation,
                duplicates: self.duplicates,
            }),
            Mode::TwoMode => {
                if self.normalisation != Normalisation::None {
                    return Err(SettingsError::NormalisationOnTwoMode(self.normalisation));
                }
                // DNA's qualifier, read for a bipartite network.
                let weight = match self.qualifier {
                    Qualifier::Ignore => TwoModeWeight::Total,
                    Qualifier::Congruence => TwoModeWeight::Support,
                    Qualifier::Conflict => TwoModeWeight::Oppose,
                    Qualifier::Subtract => TwoModeWeight::Net,
                };
                NetworkSpec::TwoMode(TwoModeOptions {
                    level: self.level,
                    weight,
                    duplicates: self.duplicates,
                })
            }
        })
    }
}
