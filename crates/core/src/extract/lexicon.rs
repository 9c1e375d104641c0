//! The rule engine's lexicons: countries, known actors, titles, stance cues and
//! closed word classes, parsed once from the data files in `crates/core/data/`.
//!
//! The data is compiled into the binary (`include_str!`) and parsed on first
//! use into a process-wide [`Lexicon`]; it never reads files at run time and
//! holds no per-article state. Data errors are programming errors caught by the
//! tests, so a malformed line is skipped rather than aborting an extraction.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use standpoint_syntax::WordHasher;
pub use standpoint_syntax::WordMap;

use crate::model::{ActorKind, Polarity};

const COUNTRIES: &str = include_str!("../../data/countries.tsv");
const ENTITIES: &str = include_str!("../../data/entities.tsv");
const CUES: &str = include_str!("../../data/cues.tsv");
const TITLES: &str = include_str!("../../data/titles.tsv");
const WORDS: &str = include_str!("../../data/words.tsv");
const VALENCE: &str = include_str!("../../data/valence.tsv");

/// Every data file the lexicon is built from, for the extractor's version hash.
pub const DATA_FILES: &[&str] = &[COUNTRIES, ENTITIES, CUES, TITLES, WORDS, VALENCE];

type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;

/// A known actor the gazetteer can name directly.
#[derive(Debug, Clone)]
pub struct KnownActor {
    pub name: String,
    pub kind: ActorKind,
    pub affiliation: Option<String>,
    /// A country's first adjective ("Cuban"), for naming its bodies.
    pub adjective: Option<String>,
}

/// How a gazetteer phrase refers to its actor; decides whether a bare mention
/// counts (a capital is only an actor when it acts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseRole {
    /// The actor's own name or alias ("Russia", "the Pentagon").
    Name,
    /// A capital ("Moscow"): an actor only when it acts.
    Metonym,
    /// A seat of power ("the Kremlin"): always stands for its country.
    Seat,
    /// The people of a country ("the Russians", "the French").
    People,
}

/// One gazetteer phrase, already split into tokens.
#[derive(Debug, Clone)]
pub struct Phrase {
    pub words: Vec<String>,
    pub actor: usize,
    pub role: PhraseRole,
}

/// How a cue links holder and target (see `data/cues.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    Verb,
    Noun,
    Adj,
    Affect,
    Eval,
}

impl Frame {
    /// Whether the cue is a verb: "backed" (HOLDER cue TARGET) or "angered"
    /// (TARGET cue HOLDER). A word after an article or a verb of voicing is
    /// neither ("expressed anger over").
    pub fn is_verbal(self) -> bool {
        matches!(self, Frame::Verb | Frame::Affect)
    }
}

#[derive(Debug, Clone)]
pub struct Cue {
    /// Lower-case words after the first one ("for" in "call for").
    pub rest: Vec<String>,
    pub polarity: Polarity,
    /// A reading that only blocks a shorter cue ("backed down" is not "backed").
    pub blocking: bool,
    pub frame: Frame,
    pub weight: f64,
    /// The lemma or first form, for the rule name.
    pub lemma: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleClass {
    Office,
    Spokes,
    Honorific,
    Role,
}

/// Everything the rules look up, built once.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub actors: Vec<KnownActor>,
    /// Gazetteer phrases keyed by their first word (as written, except a
    /// leading "the", which is stored lower-case).
    pub phrases: WordMap<Vec<Phrase>>,
    /// For a first word with many phrases ("the"): second word → indexes
    /// into its `phrases` of the phrases of two words or more, in order.
    pub phrases_by_second: WordMap<WordMap<Vec<usize>>>,
    /// Country adjectives and demonyms ("Russian") → index into `actors`.
    pub adjectives: WordMap<usize>,
    /// A country's people in the plural ("Iraqis", "Americans") → index into `actors`.
    pub peoples: WordMap<usize>,
    /// Country canonical name → index into `actors`.
    pub by_name: WordMap<usize>,
    /// Cues keyed by the lower-case first word form.
    pub cues: WordMap<Vec<Cue>>,
    /// Titles as lower-case word lists, longest first, with the class and
    /// the title they write ("sen." writes "senator").
    pub titles: Vec<(Vec<String>, TitleClass, String)>,
    /// Indexes into `titles` by a title's first word, longest title first.
    pub titles_by_first: WordMap<Vec<usize>>,
    /// The last word of every title other than an honorific ("president",
    /// "minister"): the head noun of the title.
    title_heads: WordSet,
    /// The classes of each word form of `data/words.tsv` (an entry as written,
    /// and lower-cased unless its class is matched exactly): one look-up
    /// answers every class, see [`Lexicon::classes`].
    word_classes: WordMap<Classes>,
    /// The classes that also match a capitalised word lower-cased
    /// ([`WordClass::caseless`]).
    caseless: Classes,
    /// The first word of each entry of several words ("human" of "human
    /// rights groups"), as stored in `word_classes`: the classes of those
    /// entries ([`Lexicon::starts_phrase`]).
    phrase_starts: WordMap<Classes>,
    /// Synonym families of issue head nouns ("deal", "agreement" …).
    pub issue_family: WordMap<usize>,
    /// General word valence in [-4, 4] (`data/valence.tsv`), by lower-case form.
    valence: WordMap<f32>,
}

/// A word's general lean, as the scorer's features name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Valence {
    Positive,
    Negative,
}

impl Valence {
    pub fn as_str(self) -> &'static str {
        match self {
            Valence::Positive => "pos",
            Valence::Negative => "neg",
        }
    }
}

/// A rating (on VADER's scale of -4 to 4) weaker than this is no clear lean:
/// 1.0 gave a better held-out mean than 0.5 or 1.5 did.
const CLEAR_VALENCE: f32 = 1.0;

/// First words with more gazetteer phrases than this are indexed by their
/// second word too ([`Lexicon::phrases_by_second`]).
const MANY_PHRASES: usize = 8;

/// The process-wide lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::parse)
}

fn data_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

/// A title's written form as the tokenizer splits it: lower-case words, the
/// full stop of an abbreviation ("sen.") a word of its own.
fn title_words(form: &str) -> Vec<String> {
    form.split(' ')
        .map(str::to_lowercase)
        .flat_map(|word| match word.strip_suffix('.') {
            Some(stem) if !stem.is_empty() => vec![stem.to_owned(), ".".to_owned()],
            _ => vec![word],
        })
        .collect()
}

fn alternatives(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// A cue line's words with each choice of a later word made: a word written
/// `weapons/arms/aid` stands for each of its choices in every form of the
/// line, so "=supply weapons/arms to|supplied weapons/arms to" is the cue
/// "supply weapons to" and the cue "supply arms to", each named by its own
/// first form.
fn word_choices(words: &str) -> Vec<String> {
    let Some(group) = words.split([' ', '|']).find(|w| w.contains('/')) else {
        return vec![words.to_owned()];
    };
    group
        .split('/')
        .filter(|choice| !choice.is_empty())
        .flat_map(|choice| word_choices(&words.replace(group, choice)))
        .collect()
}

/// Splits a phrase the way the tokenizer splits text (words, "'s", punctuation).
pub fn phrase_words(phrase: &str) -> Vec<String> {
    super::tokens::tokenize(phrase)
        .iter()
        .map(|t| phrase[t.start..t.end].to_owned())
        .collect()
}

/// Regular inflections of an English verb or noun lemma. Over-generation is
/// harmless: a form that is not English never occurs in text.
fn inflections(lemma: &str) -> Vec<String> {
    let mut forms = vec![lemma.to_owned()];
    let stem = lemma.strip_suffix('e').unwrap_or(lemma);
    if lemma.ends_with('e') {
        forms.extend([format!("{lemma}s"), format!("{lemma}d"), format!("{stem}ing")]);
    } else if lemma.ends_with('y') && !lemma.ends_with("ay") && !lemma.ends_with("ey") {
        let root = &lemma[..lemma.len() - 1];
        forms.extend([format!("{root}ies"), format!("{root}ied"), format!("{lemma}ing")]);
    } else if lemma.ends_with('s') || lemma.ends_with("sh") || lemma.ends_with("ch") || lemma.ends_with('x') {
        forms.extend([format!("{lemma}es"), format!("{lemma}ed"), format!("{lemma}ing")]);
    } else {
        forms.extend([format!("{lemma}s"), format!("{lemma}ed"), format!("{lemma}ing")]);
    }
    forms
}

impl Lexicon {
    fn parse() -> Lexicon {
        let mut lexicon = Lexicon::default();
        lexicon.parse_countries();
        lexicon.parse_entities();
        lexicon.parse_cues();
        lexicon.parse_titles();
        lexicon.parse_words(WORDS);
        lexicon.parse_valence();
        for phrases in lexicon.phrases.values_mut() {
            phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        for (first, phrases) in &lexicon.phrases {
            if phrases.len() > MANY_PHRASES {
                let mut by_second: WordMap<Vec<usize>> = WordMap::default();
                for (index, phrase) in phrases.iter().enumerate() {
                    if let Some(second) = phrase.words.get(1) {
                        by_second.entry(second.clone()).or_default().push(index);
                    }
                }
                lexicon.phrases_by_second.insert(first.clone(), by_second);
            }
        }
        lexicon.titles.sort_by_key(|t| std::cmp::Reverse(t.0.len()));
        for (index, (words, class, _)) in lexicon.titles.iter().enumerate() {
            if let Some(first) = words.first() {
                lexicon.titles_by_first.entry(first.clone()).or_default().push(index);
            }
            // An abbreviated title ("gen.") heads no description ("the general").
            if let Some(last) = words.last().filter(|w| *class != TitleClass::Honorific && *w != ".") {
                lexicon.title_heads.insert(last.clone());
            }
        }
        lexicon
    }

    fn add_phrase(&mut self, surface: &str, actor: usize, role: PhraseRole) {
        let mut words = phrase_words(surface);
        if words.is_empty() {
            return;
        }
        if words[0] == "The" {
            words[0] = "the".to_owned();
        }
        self.phrases
            .entry(words[0].clone())
            .or_default()
            .push(Phrase { words, actor, role });
    }

    fn add_actor(&mut self, name: &str, kind: ActorKind, affiliation: Option<&str>) -> usize {
        self.actors.push(KnownActor {
            name: name.to_owned(),
            kind,
            affiliation: affiliation.filter(|a| !a.is_empty()).map(str::to_owned),
            adjective: None,
        });
        let index = self.actors.len() - 1;
        self.by_name.insert(name.to_owned(), index);
        self.add_phrase(name, index, PhraseRole::Name);
        index
    }

    fn parse_countries(&mut self) {
        for fields in data_lines(COUNTRIES) {
            let [name, aliases, adjectives, people, capitals] = fields[..] else {
                continue;
            };
            let index = self.add_actor(name, ActorKind::Country, None);
            self.add_phrase(&format!("the {name}"), index, PhraseRole::Name);
            for alias in alternatives(aliases) {
                self.add_phrase(alias, index, PhraseRole::Name);
                if !alias.starts_with("the ") {
                    self.add_phrase(&format!("the {alias}"), index, PhraseRole::Name);
                }
            }
            self.actors[index].adjective = alternatives(adjectives).next().map(str::to_owned);
            for adjective in alternatives(adjectives) {
                self.adjectives.entry(adjective.to_owned()).or_insert(index);
            }
            for plural in alternatives(people) {
                let plural = plural.strip_prefix("the ").unwrap_or(plural);
                self.peoples.entry(plural.to_owned()).or_insert(index);
                self.add_phrase(&format!("the {plural}"), index, PhraseRole::People);
            }
            for capital in alternatives(capitals) {
                match capital.strip_prefix('*') {
                    Some(seat) => self.add_phrase(seat, index, PhraseRole::Seat),
                    None => self.add_phrase(capital, index, PhraseRole::Metonym),
                }
            }
        }
    }

    fn parse_entities(&mut self) {
        for fields in data_lines(ENTITIES) {
            let [name, kind, affiliation, aliases] = fields[..] else {
                continue;
            };
            let Some(kind) = ActorKind::parse(kind) else {
                continue;
            };
            let index = self.add_actor(name, kind, Some(affiliation));
            self.add_phrase(&format!("the {name}"), index, PhraseRole::Name);
            for alias in alternatives(aliases) {
                match alias.strip_prefix('~') {
                    Some(seat) => self.add_phrase(seat, index, PhraseRole::Metonym),
                    None => {
                        self.add_phrase(alias, index, PhraseRole::Name);
                        if let Some(titled) = title_cased_acronym(alias) {
                            self.add_phrase(&titled, index, PhraseRole::Name);
                        }
                    }
                }
            }
        }
    }

    fn parse_cues(&mut self) {
        for fields in data_lines(CUES) {
            let [words, polarity, frame, weight] = fields[..] else {
                continue;
            };
            for words in word_choices(words) {
                self.add_cue(&words, polarity, frame, weight);
            }
        }
        for cues in self.cues.values_mut() {
            cues.sort_by_key(|c| std::cmp::Reverse(c.rest.len()));
        }
    }

    /// Adds the cue of one line of `data/cues.tsv` with its words chosen.
    fn add_cue(&mut self, words: &str, polarity: &str, frame: &str, weight: &str) {
        let blocking = polarity == "none";
        let Some(polarity) = Polarity::parse(polarity).or(blocking.then_some(Polarity::Support)) else {
            return;
        };
        let frame = match frame {
            "verb" => Frame::Verb,
            "noun" => Frame::Noun,
            "adj" => Frame::Adj,
            "affect" => Frame::Affect,
            "eval" => Frame::Eval,
            _ => return,
        };
        let Ok(weight) = weight.parse::<f64>() else {
            return;
        };
        let variants: Vec<Vec<String>> = if let Some(listed) = words.strip_prefix('=') {
            alternatives(listed)
                .map(|form| form.split(' ').map(str::to_lowercase).collect())
                .collect()
        } else {
            let mut parts = words.split(' ');
            let first = parts.next().unwrap_or_default().to_lowercase();
            let rest: Vec<String> = parts.map(str::to_lowercase).collect();
            let forms = if frame == Frame::Verb {
                inflections(&first)
            } else {
                vec![first]
            };
            forms
                .into_iter()
                .map(|form| std::iter::once(form).chain(rest.iter().cloned()).collect())
                .collect()
        };
        let lemma = words
            .trim_start_matches('=')
            .split('|')
            .next()
            .unwrap_or_default()
            .to_owned();
        for variant in variants {
            let Some((first, rest)) = variant.split_first() else {
                continue;
            };
            self.cues.entry(first.clone()).or_default().push(Cue {
                rest: rest.to_vec(),
                polarity,
                blocking,
                frame,
                weight,
                lemma: lemma.clone(),
            });
        }
    }

    fn parse_titles(&mut self) {
        for fields in data_lines(TITLES) {
            let [words, class] = fields[..] else { continue };
            let class = match class {
                "office" => TitleClass::Office,
                "spokes" => TitleClass::Spokes,
                "honorific" => TitleClass::Honorific,
                "role" => TitleClass::Role,
                _ => continue,
            };
            // "senator|sen.": the first form names the title, the others are
            // other ways to write it.
            let Some(title) = alternatives(words).next().map(str::to_lowercase) else {
                continue;
            };
            for form in alternatives(words) {
                self.titles.push((title_words(form), class, title.clone()));
            }
        }
    }

    fn parse_valence(&mut self) {
        for fields in data_lines(VALENCE) {
            let [word, value] = fields[..] else { continue };
            let value: f32 = value
                .parse()
                .unwrap_or_else(|_| panic!("data/valence.tsv: {word:?} has no number: {value:?}"));
            self.valence.insert(word.to_owned(), value);
        }
    }

    /// The noun cues of a lower-case word that read a stance (not the
    /// blocking ones): "criticism", "protests", "critics" (of).
    pub fn noun_cues(&self, word: &str) -> impl Iterator<Item = &Cue> + '_ {
        self.cues
            .get(word)
            .into_iter()
            .flatten()
            .filter(|c| c.frame == Frame::Noun && !c.blocking)
    }

    /// Whether a lower-case word is the head noun of a title ("president",
    /// "minister", "spokesman").
    pub fn is_title_head(&self, word: &str) -> bool {
        self.title_heads.contains(word)
    }

    /// Whether a lower-case word is a plural noun of those who lead or act
    /// for a body ("leaders", "ministers", "officials", "diplomats"), the way
    /// news names an actor's people after it ("Hamas leaders"). Not its
    /// friends or foes: "Russia's allies" may be the target itself.
    pub fn is_people_plural(&self, word: &str) -> bool {
        self.is(WordClass::BodyNouns, word) || word.strip_suffix('s').is_some_and(|one| self.is_title_head(one))
    }

    /// Whether a lower-case word names the people, a body or a group of the
    /// actor named after its "of": "the people of Ukraine", "the government
    /// of Iraq", "ministers of the EU". Such a phrase is the actor.
    pub fn is_people_of_noun(&self, word: &str) -> bool {
        word == "people" || self.is_people_plural(word) || self.is(WordClass::GroupNouns, word)
    }

    /// Whether a lower-case word form leans clearly positive or negative in
    /// general use (`data/valence.tsv`).
    pub fn valence(&self, word: &str) -> Option<Valence> {
        match *self.valence.get(word)? {
            v if v >= CLEAR_VALENCE => Some(Valence::Positive),
            v if v <= -CLEAR_VALENCE => Some(Valence::Negative),
            _ => None,
        }
    }

    fn parse_words(&mut self, data: &str) {
        self.caseless = WordClass::ALL
            .iter()
            .filter(|c| c.caseless())
            .fold(Classes::NONE, |set, &c| set.with(c));
        for fields in data_lines(data) {
            let [class, words] = fields[..] else { continue };
            if class == "issue_families" {
                let family = self.issue_family.values().copied().max().map_or(0, |m| m + 1);
                for word in alternatives(words) {
                    self.issue_family.insert(word.to_lowercase(), family);
                }
                continue;
            }
            let class = WordClass::from_name(class)
                .unwrap_or_else(|| panic!("data/words.tsv names a class the rules do not know: {class:?}"));
            for word in alternatives(words) {
                let forms = [Some(word.to_owned()), (!class.exact()).then(|| word.to_lowercase())];
                for form in forms.into_iter().flatten() {
                    if let Some((first, _)) = form.split_once(' ') {
                        let entry = self.phrase_starts.entry(first.to_owned()).or_default();
                        *entry = entry.with(class);
                    }
                    let entry = self.word_classes.entry(form).or_default();
                    *entry = entry.with(class);
                }
            }
        }
    }

    /// Whether `word` belongs to the closed class `class` of `data/words.tsv`.
    /// Lower-case forms match too, except in the classes matched exactly as
    /// written; a capitalised entry matches as written.
    ///
    /// For a token of a [`Document`](super::document::Document), its
    /// `low_is`/`word_is` answer the same from classes looked up once.
    #[inline]
    pub fn is(&self, class: WordClass, word: &str) -> bool {
        if class.caseless() {
            self.classes(word).has(class)
        } else {
            self.classes_as_written(word).has(class)
        }
    }

    /// Every class `word` belongs to, as [`Lexicon::is`] decides membership:
    /// `is(class, word)` is `classes(word).has(class)`.
    pub fn classes(&self, word: &str) -> Classes {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.classes_as_written(word);
        }
        // Most words are short and ASCII: lower-cased on the stack.
        let mut buffer = [0u8; 32];
        match buffer.get_mut(..word.len()) {
            Some(lower) if word.is_ascii() => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                let lower = std::str::from_utf8(lower).expect("ASCII lower-cased is ASCII");
                self.classes_given_lower(word, lower)
            }
            _ => self.classes_given_lower(word, &word.to_lowercase()),
        }
    }

    /// [`Lexicon::classes`] of `word` when its lower-case form `lower` is at
    /// hand (the document has every token's): ASCII lower-cased, or
    /// `to_lowercase` if `word` is not ASCII.
    pub fn classes_given_lower(&self, word: &str, lower: &str) -> Classes {
        let as_written = self.classes_as_written(word);
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            as_written.union(self.classes_as_written(lower).intersection(self.caseless))
        } else {
            as_written
        }
    }

    /// Whether some entry of `class` of several words begins with `word` (as
    /// written, or lower-cased unless the class is exact): a phrase whose first
    /// word begins none is not of the class, and need not be looked up whole.
    pub fn starts_phrase(&self, class: WordClass, word: &str) -> bool {
        self.phrase_starts.get(word).is_some_and(|classes| classes.has(class))
    }

    /// The classes with an entry exactly `word`.
    fn classes_as_written(&self, word: &str) -> Classes {
        self.word_classes.get(word).copied().unwrap_or_default()
    }
}

/// A set of [`WordClass`]es, one bit each: what a word form belongs to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes([u64; CLASS_WORDS]);

/// 64-bit words in a [`Classes`]: room for 192 classes.
const CLASS_WORDS: usize = 3;

// One bit a class.
const _: () = assert!(WordClass::ALL.len() <= CLASS_WORDS * 64);

impl Classes {
    pub const NONE: Classes = Classes([0; CLASS_WORDS]);

    #[inline]
    pub fn has(self, class: WordClass) -> bool {
        let bit = class as usize;
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }

    fn with(mut self, class: WordClass) -> Classes {
        let bit = class as usize;
        self.0[bit / 64] |= 1 << (bit % 64);
        self
    }

    fn union(self, other: Classes) -> Classes {
        Classes(std::array::from_fn(|i| self.0[i] | other.0[i]))
    }

    fn intersection(self, other: Classes) -> Classes {
        Classes(std::array::from_fn(|i| self.0[i] & other.0[i]))
    }
}

/// Declares [`WordClass`] from one list of variants and their names in
/// `data/words.tsv`, so the two cannot drift apart.
macro_rules! word_classes {
    ($($variant:ident = $name:literal,)*) => {
        /// A closed word class of `data/words.tsv`. The rules name classes by
        /// this type, so a misspelt class does not compile; a class in the
        /// data that this type lacks fails when the lexicon loads.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum WordClass {
            $($variant,)*
        }

        impl WordClass {
            /// Every class, in declaration order (`class as usize` indexes it).
            pub const ALL: &'static [WordClass] = &[$(WordClass::$variant,)*];

            /// The class's name in `data/words.tsv`.
            pub fn name(self) -> &'static str {
                match self {
                    $(WordClass::$variant => $name,)*
                }
            }
        }
    };
}

word_classes! {
    AdjectivalParticiples = "adjectival_participles",
    AddressingVerbs = "addressing_verbs",
    AdjectiveGroupNouns = "adjective_group_nouns",
    AdjectiveMinistries = "adjective_ministries",
    AgreeingVerbs = "agreeing_verbs",
    AgreementHeads = "agreement_heads",
    AllyNouns = "ally_nouns",
    AssuredWords = "assured_words",
    AmountFillers = "amount_fillers",
    ArmedGroupWords = "armed_group_words",
    ArmedWords = "armed_words",
    AttemptNouns = "attempt_nouns",
    Be = "be",
    BlamingVerbs = "blaming_verbs",
    ThingCues = "thing_cues",
    BeLikeVerbs = "be_like_verbs",
    BlocDescriptions = "bloc_descriptions",
    BodyDescriptions = "body_descriptions",
    BodyNouns = "body_nouns",
    Channels = "channels",
    ClauseBreaks = "clause_breaks",
    CommitteeNouns = "committee_nouns",
    CommitteePlurals = "committee_plurals",
    CommitteeTopics = "committee_topics",
    BlocQuarters = "bloc_quarters",
    CollectiveGroups = "collective_groups",
    CompanyRoles = "company_roles",
    CompanyDescriptions = "company_descriptions",
    CompanyEnds = "company_ends",
    CompanyWords = "company_words",
    Conditionals = "conditionals",
    ComplementOpeners = "complement_openers",
    Contrastive = "contrastive",
    CountWords = "count_words",
    CourseNouns = "course_nouns",
    Currencies = "currencies",
    DealMakingVerbs = "deal_making_verbs",
    DescriptionEnders = "description_enders",
    Durations = "durations",
    DefendingVerbs = "defending_verbs",
    DoubtWords = "doubt_words",
    Directive = "directive",
    DisowningVerbs = "disowning_verbs",
    ExpectationWords = "expectation_words",
    FaithPlurals = "faith_plurals",
    EmployeeNouns = "employee_nouns",
    EnactingParticiples = "enacting_participles",
    EndingParticiples = "ending_participles",
    FemaleNames = "female_names",
    FilingVerbs = "filing_verbs",
    FemaleWords = "female_words",
    FoeNouns = "foe_nouns",
    GeneralNouns = "general_nouns",
    GenericIssueHeads = "generic_issue_heads",
    GenericMinistries = "generic_ministries",
    GovWords = "gov_words",
    GroupModifiers = "group_modifiers",
    GroupNouns = "group_nouns",
    Have = "have",
    FamilyFirstNames = "family_first_names",
    HeadOfGovernmentTitles = "head_of_government_titles",
    Hedges = "hedges",
    HonorificAbbreviations = "honorific_abbreviations",
    InstitutionNouns = "institution_nouns",
    LeavingNouns = "leaving_nouns",
    InstrumentHeads = "instrument_heads",
    IntentNouns = "intent_nouns",
    InternationalFirsts = "international_firsts",
    InternationalHeads = "international_heads",
    IrregularPasts = "irregular_pasts",
    IssueHeads = "issue_heads",
    BundleNouns = "bundle_nouns",
    JointHeads = "joint_heads",
    LabourDescriptions = "labour_descriptions",
    LinkingVerbs = "linking_verbs",
    LapsedRelationAdjectives = "lapsed_relation_adjectives",
    LedNouns = "led_nouns",
    ListenerVerbs = "listener_verbs",
    LocativePreps = "locative_preps",
    MaleNames = "male_names",
    MaleWords = "male_words",
    Magnitudes = "magnitudes",
    MediatingVerbs = "mediating_verbs",
    MemberNouns = "member_nouns",
    HoldingNouns = "holding_nouns",
    HostileActNouns = "hostile_act_nouns",
    NamingVerbs = "naming_verbs",
    ModifiedGroupNouns = "modified_group_nouns",
    Months = "months",
    MediaRoles = "media_roles",
    MediaWords = "media_words",
    NegVerbs = "neg_verbs",
    RefusalNouns = "refusal_nouns",
    RefusingWords = "refusing_words",
    CapacityNouns = "capacity_nouns",
    MunitionNouns = "munition_nouns",
    QualityNouns = "quality_nouns",
    Negators = "negators",
    NotNameStarts = "not_name_starts",
    NounMakers = "noun_makers",
    NounVerbHeads = "noun_verb_heads",
    OfJoiningHeads = "of_joining_heads",
    OrgSuffix = "org_suffix",
    OrganisationDescriptions = "organisation_descriptions",
    OrganisationHeads = "organisation_heads",
    PairNouns = "pair_nouns",
    PartitiveNouns = "partitive_nouns",
    PartyWingNouns = "party_wing_nouns",
    PartyWords = "party_words",
    PeerNouns = "peer_nouns",
    PersonDescriptions = "person_descriptions",
    PersonalHeads = "personal_heads",
    PlacePreps = "place_preps",
    PlaceWords = "place_words",
    Places = "places",
    Platforms = "platforms",
    PortfolioWords = "portfolio_words",
    PostNominals = "post_nominals",
    ProduceNouns = "produce_nouns",
    PronounPerson = "pronoun_person",
    PronounWe = "pronoun_we",
    RelationAdjectives = "relation_adjectives",
    RelationHeads = "relation_heads",
    RequestNouns = "request_nouns",
    Reverse = "reverse",
    ReversalNouns = "reversal_nouns",
    OusterNouns = "ouster_nouns",
    AttitudeNouns = "attitude_nouns",
    SeatBodyNouns = "seat_body_nouns",
    DelegateNouns = "delegate_nouns",
    ShellNouns = "shell_nouns",
    SideGroupNouns = "side_group_nouns",
    GroupQuantifiers = "group_quantifiers",
    DwellerNouns = "dweller_nouns",
    SideNouns = "side_nouns",
    SourceNouns = "source_nouns",
    Speech = "speech",
    SpeechGerunds = "speech_gerunds",
    Spokes = "spokes",
    StaffNouns = "staff_nouns",
    Prepositions = "prepositions",
    StakeNouns = "stake_nouns",
    StateAgencies = "state_agencies",
    StateInstitutionNouns = "state_institution_nouns",
    StatusNouns = "status_nouns",
    StopCaps = "stop_caps",
    Subordinators = "subordinators",
    TimeUnits = "time_units",
    TimeWords = "time_words",
    TimeZones = "time_zones",
    TradeFlowNouns = "trade_flow_nouns",
    WagingVerbs = "waging_verbs",
    GrowthVerbs = "growth_verbs",
    EnactingVerbs = "enacting_verbs",
    UndergoingVerbs = "undergoing_verbs",
    SufferingVerbs = "suffering_verbs",
    VoicingVerbs = "voicing_verbs",
    Volitional = "volitional",
    SeekingVerbs = "seeking_verbs",
}

impl WordClass {
    fn from_name(name: &str) -> Option<WordClass> {
        WordClass::ALL.iter().copied().find(|c| c.name() == name)
    }

    /// Classes of capitalised words (suffixes, places, stop capitals) match
    /// as written; the others also match a capitalised word lower-cased.
    fn caseless(self) -> bool {
        !self.exact()
            && !matches!(
                self,
                WordClass::OrgSuffix
                    | WordClass::GovWords
                    | WordClass::CompanyWords
                    | WordClass::ArmedWords
                    | WordClass::MediaWords
                    | WordClass::PartyWords
                    | WordClass::PlaceWords
                    | WordClass::Places
                    | WordClass::Platforms
                    | WordClass::StopCaps
            )
    }

    /// Classes whose entries match only as written: neither an entry nor the
    /// word is lower-cased ("MPs" is not "mps"; "Governors" is not "governors"; "Foreign"
    /// is not "foreign").
    fn exact(self) -> bool {
        matches!(
            self,
            WordClass::PartyWingNouns
                | WordClass::Months
                | WordClass::CompanyEnds
                | WordClass::NotNameStarts
                | WordClass::BlocQuarters
                | WordClass::InternationalFirsts
                | WordClass::InternationalHeads
                | WordClass::InstrumentHeads
                | WordClass::GenericMinistries
                | WordClass::OfJoiningHeads
                | WordClass::HonorificAbbreviations
                | WordClass::FamilyFirstNames
                | WordClass::PostNominals
                | WordClass::FaithPlurals
                | WordClass::LabourDescriptions
                | WordClass::MaleNames
                | WordClass::FemaleNames
        )
    }
}

/// "Ukip", "Opec", "Isis": an acronym of four letters or more as some
/// outlets write it, in title case (shorter ones would be words, "Us").
fn title_cased_acronym(alias: &str) -> Option<String> {
    let acronym = alias.len() >= 4 && alias.chars().all(|c| c.is_ascii_uppercase());
    acronym.then(|| format!("{}{}", &alias[..1], alias[1..].to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_with_choices_makes_one_cue_per_choice() {
        assert_eq!(
            word_choices("=send arms/aid to|sent arms/aid to"),
            ["=send arms to|sent arms to", "=send aid to|sent aid to"]
        );
        assert_eq!(word_choices("back"), ["back"]);
        let lexicon = lexicon();
        let sent = &lexicon.cues["sent"];
        assert!(sent
            .iter()
            .any(|c| c.rest == ["tanks", "to"] && c.lemma == "send tanks to"));
    }

    #[test]
    fn every_data_line_parses() {
        for (name, text, columns) in [
            ("countries", COUNTRIES, 5),
            ("entities", ENTITIES, 4),
            ("cues", CUES, 4),
            ("titles", TITLES, 2),
            ("words", WORDS, 2),
            ("valence", VALENCE, 2),
        ] {
            for (number, line) in text.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                assert_eq!(
                    line.split('\t').count(),
                    columns,
                    "{name}.tsv line {}: {line}",
                    number + 1
                );
            }
        }
    }

    #[test]
    fn the_version_hashes_every_data_file() {
        // Every data file but the scorer's model (hashed beside them in
        // `rules::version`) must be in DATA_FILES, or a changed list would
        // not show in the version stored with a suggestion.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).expect("the data folder") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "tsv") && !path.ends_with("scorer.tsv") {
                let text = std::fs::read_to_string(&path).expect("a data file");
                assert!(DATA_FILES.contains(&text.as_str()), "{} is not hashed", path.display());
                files += 1;
            }
        }
        assert_eq!(files, DATA_FILES.len());
    }

    #[test]
    fn lexicon_knows_countries_capitals_and_cues() {
        let lexicon = lexicon();
        assert!(lexicon.actors.len() > 250);
        let russia = lexicon.by_name["Russia"];
        assert_eq!(lexicon.adjectives["Russian"], russia);
        let moscow = &lexicon.phrases["Moscow"][0];
        assert_eq!((moscow.actor, moscow.role), (russia, PhraseRole::Metonym));
        assert!(lexicon.cues["backs"].iter().any(|c| c.polarity == Polarity::Support));
        assert!(lexicon.cues["criticised"]
            .iter()
            .any(|c| c.polarity == Polarity::Oppose));
        assert!(lexicon.is(WordClass::Speech, "said"));
        assert!(!lexicon.is(WordClass::Speech, "backs"));
        assert!(lexicon.is(WordClass::Places, "Middle East") || lexicon.is(WordClass::Places, "Gaza"));
        // Platforms are channels, not places.
        for platform in ["Twitter", "Facebook"] {
            assert!(lexicon.is(WordClass::Platforms, platform), "{platform}");
            assert!(!lexicon.is(WordClass::Places, platform), "{platform}");
        }
    }

    #[test]
    fn classes_match_case_by_their_rule() {
        let lexicon = lexicon();
        // Caseless: a capitalised word is also looked up lower-cased.
        assert!(lexicon.is(WordClass::Speech, "Said"));
        // Capitalised words: an entry as written or lower-cased, never the word lower-cased.
        assert!(lexicon.is(WordClass::OrgSuffix, "Party") && lexicon.is(WordClass::OrgSuffix, "party"));
        // Exact: only as written, entries included.
        assert!(lexicon.is(WordClass::PartyWingNouns, "MPs") && lexicon.is(WordClass::PartyWingNouns, "governors"));
        assert!(!lexicon.is(WordClass::PartyWingNouns, "mps"));
        assert!(!lexicon.is(WordClass::PartyWingNouns, "Governors"));
        assert!(lexicon.is(WordClass::NotNameStarts, "Foreign") && !lexicon.is(WordClass::NotNameStarts, "foreign"));
        // The classes that replaced as-written `matches!` lists ("the house of" is no name).
        assert!(lexicon.is(WordClass::OfJoiningHeads, "House") && !lexicon.is(WordClass::OfJoiningHeads, "house"));
        assert!(lexicon.is(WordClass::InstrumentHeads, "Act") && !lexicon.is(WordClass::InstrumentHeads, "act"));
        assert!(
            lexicon.is(WordClass::InternationalFirsts, "U.N.") && !lexicon.is(WordClass::InternationalFirsts, "world")
        );
        assert!(
            lexicon.is(WordClass::HonorificAbbreviations, "Mr") && !lexicon.is(WordClass::HonorificAbbreviations, "mr")
        );
    }

    #[test]
    fn phrase_starts_are_the_first_words_of_entries_of_several_words() {
        let mut lexicon = Lexicon::default();
        lexicon.parse_words("collective_groups\tHuman rights groups|unions\nspeech\tsay\n");
        assert!(lexicon.starts_phrase(WordClass::CollectiveGroups, "Human"));
        assert!(lexicon.starts_phrase(WordClass::CollectiveGroups, "human"));
        assert!(lexicon.is(WordClass::CollectiveGroups, "human rights groups"));
        // One-word entries begin no phrase; a word begins only its own class's.
        assert!(!lexicon.starts_phrase(WordClass::CollectiveGroups, "unions"));
        assert!(!lexicon.starts_phrase(WordClass::Speech, "human"));
    }

    #[test]
    #[should_panic(expected = "data/words.tsv names a class the rules do not know: \"speeches\"")]
    fn a_class_the_type_lacks_stops_the_lexicon_at_load() {
        Lexicon::default().parse_words("speech\tsay|said\nspeeches\tsay\n");
    }

    #[test]
    fn every_word_class_has_words_in_the_data_and_a_rule_that_reads_it() {
        // A class the data names but `WordClass` lacks already fails at load.
        let lexicon = lexicon();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract");
        let mut sources = String::new();
        for entry in std::fs::read_dir(&dir).expect("the extract sources") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("lexicon.rs") {
                sources.push_str(&std::fs::read_to_string(&path).expect("a source file"));
            }
        }
        for &class in WordClass::ALL {
            assert!(
                lexicon.word_classes.values().any(|classes| classes.has(class)),
                "data/words.tsv lists no words for {}",
                class.name()
            );
            assert!(
                sources.contains(&format!("WordClass::{class:?}")),
                "no rule reads the class {}",
                class.name()
            );
        }
    }
}
