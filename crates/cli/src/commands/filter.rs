//! The assessment filter options shared by `matrix`, `export` and
//! `assessments`, turned into the store's `AssessmentFilter`.

use standpoint_core::model::ReviewState;
use standpoint_store::AssessmentFilter;

#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterArgs {
    /// Leave out assessments below this confidence (0 to 1).
    #[arg(long, value_name = "X", value_parser = confidence)]
    min_confidence: Option<f64>,
    /// Only assessments the analyst accepted or edited.
    #[arg(long)]
    accepted_only: bool,
    /// Include rejected assessments too.
    #[arg(long, conflicts_with = "accepted_only")]
    with_rejected: bool,
    /// Only these articles (repeatable).
    #[arg(long = "article", value_name = "ID")]
    articles: Vec<i64>,
    /// Only articles from this source (repeatable).
    #[arg(long = "source", value_name = "NAME")]
    sources: Vec<String>,
    /// Only articles published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = day)]
    from: Option<String>,
    /// Only articles published on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = day)]
    to: Option<String>,
}

/// The store's rule for a date bound, so `--from x` is refused at once.
fn day(text: &str) -> Result<String, String> {
    standpoint_store::check_day(text).map(|()| text.to_owned())
}

fn confidence(text: &str) -> Result<f64, String> {
    let value: f64 = text.parse().map_err(|_| format!("{text:?} is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is not between 0 and 1"))
    }
}

impl FilterArgs {
    pub fn to_filter(&self) -> AssessmentFilter {
        AssessmentFilter {
            article_ids: (!self.articles.is_empty()).then(|| self.articles.clone()),
            sources: (!self.sources.is_empty()).then(|| self.sources.clone()),
            published_from: self.from.clone(),
            published_to: self.to.clone(),
            min_confidence: self.min_confidence,
            review_states: self.with_rejected.then(|| ReviewState::ALL.to_vec()),
            accepted_only: self.accepted_only,
            ..AssessmentFilter::default()
        }
    }
}
