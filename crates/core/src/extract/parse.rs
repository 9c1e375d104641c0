//! The dependency parse of a document, joined to the rules' tokens by byte
//! offset: a mention span finds its syntactic head, and two heads find the
//! path between them.
//!
//! The parser (`standpoint-syntax`) tokenises on its own; byte offsets are
//! the one thing both tokenisations share, so nothing here assumes the two
//! agree on token boundaries.
//!
//! The text is split into the parser's sentences at once, but a sentence is
//! tagged and parsed only when a question first reaches it. A sentence's
//! parse reads nothing outside it, so the answers are those of parsing
//! everything. On the news gold, questions reach 94% of the sentences (97%
//! of the tokens; 2026-12-07): parsing, some 55% of the extractor's time
//! there, is saved only on sentences with no name and no cue.
//!
//! The tagger is told which words the gazetteer knows as names
//! ([`Parse::known_name`]), so that none of them is read as a verb.

use std::cell::{OnceCell, RefCell};

use standpoint_syntax::{sentence_span, Parser, Piece, Rel, Sentence, Token, Upos};

use super::document::Document;
use super::features::Features;
use super::lexicon::{Frame, Lexicon, PhraseRole, WordClass};
use crate::model::Span;

/// Longest dependency path (in arcs) whose labels become one feature.
const MAX_PATH: usize = 6;

pub struct Parse<'t> {
    text: &'t str,
    /// The parser's sentences: their tokens' spans, parsed or not yet.
    pieces: Vec<Vec<Piece>>,
    /// Byte span of each sentence, in text order.
    spans: Vec<(usize, usize)>,
    /// Each sentence's parse, made on first use.
    parsed: Vec<OnceCell<Parsed>>,
    /// The two chains of ancestors [`Parse::describe_pair`] walks, kept between
    /// calls: made anew, their allocations and regrowth were a large part of
    /// its cost.
    chains: RefCell<(Vec<usize>, Vec<usize>)>,
    /// The gazetteer, whose one-word names the tagger is told are names.
    lexicon: &'t Lexicon,
}

/// A parsed sentence with each token's dependents listed once: the
/// questions below ask for a token's children many times per candidate
/// (every token on a path), and [`Sentence::children`] scans the whole
/// sentence for each.
struct Parsed {
    sentence: Sentence,
    /// The dependents of token `i` are `dependents[first[i]..first[i + 1]]`,
    /// in text order (as [`Sentence::children`] gives them).
    first: Vec<u32>,
    dependents: Vec<u32>,
}

impl Parsed {
    fn new(sentence: Sentence) -> Parsed {
        let n = sentence.tokens.len();
        // A counting sort of the tokens by head: counts, then starts, then
        // each token placed in text order.
        let mut first = vec![0u32; n + 1];
        for t in &sentence.tokens {
            if let Some(h) = t.head {
                first[h + 1] += 1;
            }
        }
        for i in 0..n {
            first[i + 1] += first[i];
        }
        let mut next = first.clone();
        let mut dependents = vec![0u32; first[n] as usize];
        for (j, t) in sentence.tokens.iter().enumerate() {
            if let Some(h) = t.head {
                dependents[next[h] as usize] = j as u32;
                next[h] += 1;
            }
        }
        Parsed {
            sentence,
            first,
            dependents,
        }
    }

    /// The dependents of token `i`, in text order.
    fn children(&self, i: usize) -> impl Iterator<Item = usize> + Clone + '_ {
        let (a, b) = (self.first[i] as usize, self.first[i + 1] as usize);
        self.dependents[a..b].iter().map(|&j| j as usize)
    }
}

/// The auxiliaries of English, in every form: a word the tagger reads as
/// one that is none of these is a misread verb.
const AUXILIARIES: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re", "'m", "’m", "have", "has",
    "had", "having", "'ve", "’ve", "'d", "’d", "do", "does", "did", "will", "would", "'ll", "’ll", "shall", "should",
    "can", "could", "may", "might", "must", "ought", "wo", "ca", "get", "gets", "got", "to",
];

/// The phrase token `head` heads, bounded as [`bounded_subtree`] bounds it.
fn bounded_argument(parsed: &Parsed, head: usize) -> Option<Argument> {
    let tokens = &parsed.sentence.tokens;
    let (first, last) = bounded_subtree(parsed, head)?;
    let t = &tokens[head];
    Some(Argument {
        start: tokens[first].start,
        end: tokens[last].end,
        head: (t.start, t.end),
        head_upos: t.upos,
    })
}

/// A phrase the parse attaches to a word as its argument: "the deal" in
/// "opposes the deal", "changes to NAFTA" in "opposition to changes to NAFTA".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Argument {
    /// Byte span of the phrase, determiners and prepositions left out.
    pub start: usize,
    pub end: usize,
    /// Byte span of the phrase's head word.
    pub head: (usize, usize),
    pub head_upos: Upos,
}

/// See [`Parse::participle_noun`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NounTaken {
    /// Byte span of the word whose object or oblique the noun is.
    pub governor: Option<(usize, usize)>,
    /// The preposition before the noun, lower-cased.
    pub case: Option<String>,
}

/// See [`Parse::mention_role`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionRole {
    Participant,
    Place,
    Modifier,
}

/// Words that may open a fronted phrase of time before its comma, "On
/// Monday,", "Earlier this week,", "Last year,", besides the lexicon's
/// `time_words` and `months` and numbers.
const TIME_OPENERS: [&str; 16] = [
    "on", "in", "at", "by", "during", "last", "next", "this", "earlier", "later", "late", "early", "the", "of", "same",
    "ago",
];

/// The index of the comma ending a phrase of time that opens the sentence
/// of `pieces`, "On Monday,", "Last week,", "In March 2019,", when a clause
/// of three tokens or more follows it.
fn fronted_time(text: &str, lexicon: &Lexicon, pieces: &[Piece]) -> Option<usize> {
    let comma = pieces.iter().take(7).position(|p| &text[p.start..p.end] == ",")?;
    if comma == 0 || pieces.len() < comma + 4 {
        return None;
    }
    let words: Vec<&str> = pieces[..comma].iter().map(|p| &text[p.start..p.end]).collect();
    // `time_words` are lower case, `months` capitalised ("In May,").
    let time = |w: &str| lexicon.is(WordClass::TimeWords, &w.to_lowercase()) || lexicon.is(WordClass::Months, w);
    let all_time = words
        .iter()
        .all(|w| time(w) || TIME_OPENERS.contains(&w.to_lowercase().as_str()) || w.chars().all(|c| c.is_ascii_digit()));
    (words.iter().any(|w| time(w)) && all_time).then_some(comma)
}

/// "Germany opposed planned cuts to the budget": the parse may read a
/// sentence that opens with its subject and a verb of stance in "-ed",
/// followed by a participle before the object, as one noun phrase, the
/// subject and both participles modifying the object's noun ("as opposed
/// to" taught it "opposed" as an adjective). When the root is a noun and a
/// single-word verb cue of the lexicon in "-ed" modifies it right after a
/// phrase that opens the sentence and hangs on the same noun, the cue is
/// the verb: made the root, with that phrase its subject and the noun its
/// object.
fn fronted_cue_verb(text: &str, lexicon: &Lexicon, sentence: &mut Sentence) {
    let tokens = &mut sentence.tokens;
    let Some(root) = tokens.iter().position(|t| t.head.is_none()) else {
        return;
    };
    if tokens[root].upos != Upos::Noun || root < 3 {
        return;
    }
    let word = |t: &Token| text.get(t.start..t.end).unwrap_or("").to_lowercase();
    let cue_verb = |w: &str| {
        let cue = lexicon.cues.get(w).and_then(|cues| {
            cues.iter()
                .find(|c| c.frame == Frame::Verb && c.rest.is_empty() && !c.blocking)
        });
        cue.filter(|_| super::tokens::is_regular_past(w))
            .map(|c| c.lemma.clone())
    };
    let Some((verb, lemma)) = (1..root - 1).find_map(|v| {
        let t = &tokens[v];
        let modifier = t.head == Some(root) && matches!(t.rel.universal(), Rel::Amod | Rel::Compound);
        if !modifier || !matches!(t.upos, Upos::Verb | Upos::Adj) {
            return None;
        }
        cue_verb(&word(t)).map(|lemma| (v, lemma))
    }) else {
        return;
    };
    // The subject: the phrase before the cue, opening the sentence, headed
    // by its last word, a noun or a name hung on the root.
    let subject = verb - 1;
    let subject_phrase = tokens[subject].head == Some(root)
        && matches!(tokens[subject].upos, Upos::Noun | Upos::Propn)
        && (0..subject).all(|k| tokens[k].head.is_some_and(|h| h < verb));
    // The object's words between the cue and the noun hang inside it.
    let object_phrase = (verb + 1..root).all(|k| tokens[k].head.is_some_and(|h| h > verb && h <= root));
    if !subject_phrase || !object_phrase {
        return;
    }
    let t = &mut tokens[verb];
    t.head = None;
    t.rel = Rel::Root;
    t.upos = Upos::Verb;
    t.lemma = lemma;
    tokens[subject].head = Some(verb);
    tokens[subject].rel = Rel::Nsubj;
    tokens[root].head = Some(verb);
    tokens[root].rel = Rel::Obj;
    for t in tokens.iter_mut().skip(root + 1) {
        if t.head == Some(root) && t.rel.universal() == Rel::Punct {
            t.head = Some(verb);
        }
    }
}

/// The first of the conjuncts token `t` is listed with ("Nurses" for
/// "doctors" in "Nurses and doctors"), `t` itself when it is no conjunct.
fn first_conjunct(tokens: &[Token], t: usize) -> usize {
    let mut at = t;
    // Bounded: a malformed tree cannot loop.
    for _ in 0..tokens.len() {
        match (tokens[at].rel.universal(), tokens[at].head) {
            (Rel::Conj, Some(h)) => at = h,
            _ => break,
        }
    }
    at
}

/// Longest argument phrase, in parse tokens; longer subtrees are cut after
/// their head's own modifiers.
const MAX_ARGUMENT_TOKENS: usize = 10;

/// A token of the parse: sentence and index within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Node {
    sentence: usize,
    token: usize,
}

impl<'t> Parse<'t> {
    /// The parse of `text`, split into sentences; none is parsed yet.
    /// `lexicon`'s one-word country and capital names are tagged proper
    /// nouns ([`Parse::known_name`]).
    pub fn new(text: &'t str, lexicon: &'t Lexicon) -> Parse<'t> {
        let pieces = Parser::shared().split(text);
        let spans = pieces.iter().map(|p| sentence_span(p)).collect();
        let parsed = pieces.iter().map(|_| OnceCell::new()).collect();
        Parse {
            text,
            pieces,
            spans,
            parsed,
            chains: RefCell::default(),
            lexicon,
        }
    }

    /// Whether `word` is, as written, a one-word name of the gazetteer
    /// ("Beijing", "Russia") that the treebank does not know as a common
    /// word: the tagger, which never saw most of them, reads "Beijing" at a
    /// sentence's start as a verb in "-ing".
    fn known_name(&self, word: &str) -> bool {
        super::tokens::is_capitalised(word)
            && self.lexicon.phrases.get(word).is_some_and(|phrases| {
                phrases
                    .iter()
                    .any(|p| p.words.len() == 1 && matches!(p.role, PhraseRole::Name | PhraseRole::Metonym))
            })
            && !Parser::shared().common_word(word)
    }

    /// The parse of one sentence. A fronted phrase of time, "On Monday,
    /// Vodafone and BT rejected the offer", is parsed apart from the clause
    /// after its comma and hung on that clause's verb as an oblique: parsed
    /// whole, the parse made "Monday" the root and the clause a modifier of it.
    fn parse_pieces(&self, pieces: &[Piece]) -> Sentence {
        let mut sentence = self.parse_pieces_as_given(pieces);
        fronted_cue_verb(self.text, self.lexicon, &mut sentence);
        sentence
    }

    /// [`Parse::parse_pieces`] before [`fronted_cue_verb`] mends it.
    fn parse_pieces_as_given(&self, pieces: &[Piece]) -> Sentence {
        let (text, parser) = (self.text, Parser::shared());
        let is_name = |word: &str| self.known_name(word);
        let Some(comma) = fronted_time(text, self.lexicon, pieces) else {
            return parser.parse_sentence_naming(text, pieces, &is_name);
        };
        let rest = parser.parse_sentence_naming(text, &pieces[comma + 1..], &is_name);
        let Some(root) = rest
            .tokens
            .iter()
            .position(|t| t.head.is_none())
            .filter(|&r| rest.tokens[r].upos == Upos::Verb)
        else {
            return parser.parse_sentence_naming(text, pieces, &is_name);
        };
        let opening = parser.parse_sentence_naming(text, &pieces[..comma], &is_name);
        let shift = comma + 1;
        let mut tokens: Vec<Token> = Vec::with_capacity(pieces.len());
        for mut t in opening.tokens {
            if t.head.is_none() {
                t.head = Some(root + shift);
                t.rel = Rel::Obl;
            }
            tokens.push(t);
        }
        tokens.push(Token {
            start: pieces[comma].start,
            end: pieces[comma].end,
            upos: Upos::Punct,
            lemma: ",".to_owned(),
            head: Some(root + shift),
            rel: Rel::Punct,
        });
        for mut t in rest.tokens {
            t.head = t.head.map(|h| h + shift);
            tokens.push(t);
        }
        let (start, end) = sentence_span(pieces);
        Sentence { start, end, tokens }
    }

    /// Sentence `s`, parsed now if it was not yet.
    fn sentence(&self, s: usize) -> &Sentence {
        &self.parsed(s).sentence
    }

    /// Sentence `s` with its dependents listed, parsed now if it was not yet.
    fn parsed(&self, s: usize) -> &Parsed {
        self.parsed[s].get_or_init(|| Parsed::new(self.parse_pieces(&self.pieces[s])))
    }

    /// The sentence holding byte offset `start`, or the first one after it.
    fn sentence_at(&self, start: usize) -> Option<usize> {
        let s = self.spans.partition_point(|&(_, end)| end <= start);
        (s < self.spans.len()).then_some(s)
    }

    /// The head of the parse tokens inside byte span `start..end`: the one
    /// whose head lies outside the span (the last such, for a flat name).
    fn head_of(&self, start: usize, end: usize) -> Option<Node> {
        let s = self.sentence_at(start)?;
        let sentence = self.sentence(s);
        // Tokens are in text order and do not overlap, so those overlapping
        // the span are one run: `first..last`.
        let tokens = &sentence.tokens;
        let first = tokens.partition_point(|t| t.end <= start);
        let last = first + tokens[first..].partition_point(|t| t.start < end);
        let within = |i: usize| (first..last).contains(&i);
        let head = (first..last)
            .rev()
            .find(|&i| tokens[i].head.is_none_or(|h| !within(h)))?;
        Some(Node {
            sentence: s,
            token: head,
        })
    }

    /// The object-like arguments of the word at byte span `start..end`: its
    /// direct objects, a passive's subject, its obliques and noun modifiers introduced by a
    /// preposition of direction ("to", "for", "against", "on", "over", "of",
    /// "with") or of topic ("about"). Each is the dependent's subtree, bounded: relative clauses,
    /// appositions, clauses and coordination beyond the head are not part of
    /// a name.
    pub fn arguments(&self, start: usize, end: usize) -> Vec<Argument> {
        let Some(node) = self.head_of(start, end) else {
            return Vec::new();
        };
        let parsed = self.parsed(node.sentence);
        // "critical of", "call for": the span's last word that hangs outside
        // it is the preposition, a case marker of the argument itself; the
        // arguments are the words' before it.
        let t = &parsed.sentence.tokens[node.token];
        // ("came out in favour of the levy": the noun the cue's last
        // preposition marks, after the cue, when the words before it take
        // no argument after it.)
        let marked = (t.upos == Upos::Adp && start < t.start)
            .then_some(t.head)
            .flatten()
            .filter(|&h| h > node.token);
        let node = if t.upos == Upos::Adp && start < t.start {
            self.head_of(start, t.start).unwrap_or(node)
        } else {
            node
        };
        let mut out = Vec::new();
        arguments_of(self.text, parsed, node.token, &mut out);
        if let Some(noun) = marked.filter(|_| out.iter().all(|a| a.start < end)) {
            out.extend(
                bounded_argument(parsed, noun)
                    .filter(|a| a.start >= end && matches!(a.head_upos, Upos::Noun | Upos::Propn)),
            );
        }
        // "expressed frustration over the delay": the parse hangs a
        // preposition after a verb's object on the verb, and which of the
        // two it qualifies is the attachment no parser settles; after a noun
        // of stance it is what the stance is about.
        let t = &parsed.sentence.tokens[node.token];
        if let (Upos::Noun, Rel::Obj, Some(verb)) = (t.upos, t.rel.universal(), t.head) {
            let mut after = Vec::new();
            arguments_of(self.text, parsed, verb, &mut after);
            out.extend(after.into_iter().filter(|a| a.start >= t.end));
        }
        out
    }

    /// The noun phrase the preposition `case` joins to the word at byte span
    /// `head`: "Taiwan independence" of "any form of Taiwan independence"
    /// for "of". Bounded as an argument is.
    pub fn complement(&self, head: (usize, usize), case: &str) -> Option<Argument> {
        let node = self.head_of(head.0, head.1)?;
        let parsed = self.parsed(node.sentence);
        let tokens = &parsed.sentence.tokens;
        let child = parsed.children(node.token).find(|&c| {
            let t = &tokens[c];
            t.rel.universal() == Rel::Nmod
                && matches!(t.upos, Upos::Noun | Upos::Propn)
                && parsed
                    .children(c)
                    .any(|k| tokens[k].rel == Rel::Case && tokens[k].lemma == case)
        })?;
        bounded_argument(parsed, child)
    }

    /// "The raid drew condemnation from Jordan", "The vote sparked anger in
    /// Moscow": the common noun subject of the verb whose direct object is
    /// the word at byte span `start..end`, which is what the feeling or
    /// judgement that object names is about. Bounded as an argument is.
    /// The tagger may read the verb as an auxiliary of the noun ("The
    /// shooting drew criticism from Amnesty": "drew" an `aux` of
    /// "criticism", "shooting" the noun's subject): a word no auxiliary of
    /// English is then the verb all the same.
    pub fn subject_of_object_verb(&self, start: usize, end: usize) -> Option<Argument> {
        let node = self.head_of(start, end)?;
        let parsed = self.parsed(node.sentence);
        let tokens = &parsed.sentence.tokens;
        let object = &tokens[node.token];
        let common_subject = |of: usize| {
            parsed
                .children(of)
                .find(|&c| tokens[c].rel == Rel::Nsubj && tokens[c].upos == Upos::Noun)
        };
        let misread_verb = || {
            parsed.children(node.token).any(|c| {
                let t = &tokens[c];
                t.rel.universal() == Rel::Aux
                    && c < node.token
                    && !AUXILIARIES.contains(&self.text[t.start..t.end].to_lowercase().as_str())
            })
        };
        let subject = match object.head.filter(|_| object.rel.universal() == Rel::Obj) {
            Some(verb) if tokens[verb].upos == Upos::Verb => common_subject(verb)?,
            None if misread_verb() => common_subject(node.token)?,
            _ => return None,
        };
        bounded_argument(parsed, subject)
    }

    /// What a clause reported by an actor is about, when the mention at byte
    /// span `start..end` is the subject of a speech verb: the reported
    /// clause's subject and objects ("The rebate is not up for
    /// renegotiation, Straw said": "rebate"; "Addressing the imbalance is
    /// a shared objective, Ross said": "imbalance"). The reported clause is
    /// the verb's `ccomp`, or the clause the verb hangs from as `parataxis`
    /// or `advcl` when the speaker comes last.
    pub fn reported_arguments(&self, lexicon: &Lexicon, start: usize, end: usize) -> Vec<Argument> {
        let mut out = Vec::new();
        let Some(node) = self.head_of(start, end) else {
            return out;
        };
        let parsed = self.parsed(node.sentence);
        let tokens = &parsed.sentence.tokens;
        let subject = &tokens[node.token];
        let (Rel::Nsubj, Some(verb)) = (subject.rel.universal(), subject.head) else {
            return out;
        };
        let v = &tokens[verb];
        if !lexicon.is(WordClass::Speech, &self.text[v.start..v.end]) {
            return out;
        }
        let mut clauses: Vec<usize> = parsed
            .children(verb)
            .filter(|&c| tokens[c].rel.universal() == Rel::Ccomp)
            .collect();
        if matches!(v.rel.universal(), Rel::Parataxis | Rel::Advcl) {
            clauses.extend(v.head);
        }
        for clause in clauses {
            // The clause's own subject, or its clausal subject's objects.
            for c in parsed.children(clause) {
                let t = &tokens[c];
                match t.rel.universal() {
                    Rel::Nsubj if t.upos == Upos::Noun => out.extend(bounded_argument(parsed, c)),
                    Rel::Csubj => arguments_of(self.text, parsed, c, &mut out),
                    _ => {}
                }
            }
            arguments_of(self.text, parsed, clause, &mut out);
        }
        out
    }

    /// What the phrase at byte span `start..end` is used for, when it is
    /// the subject or an object of a verb with an infinitive of purpose: the
    /// byte span of that infinitive's verb and its object ("Billions of
    /// pounds … should have been used to reduce poverty": "reduce poverty";
    /// "lent Russia dollars 6bn to help the government renationalise the
    /// unit": "renationalise the unit", through the verb it helps or lets
    /// happen).
    pub fn purpose_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let node = self.head_of(start, end)?;
        let parsed = self.parsed(node.sentence);
        let tokens = &parsed.sentence.tokens;
        let phrase = &tokens[node.token];
        if !matches!(phrase.rel.universal(), Rel::Nsubj | Rel::Obj | Rel::Iobj | Rel::Obl) {
            return None;
        }
        let verb = phrase.head?;
        let infinitive = |v: usize| {
            parsed.children(v).find(|&c| {
                let t = &tokens[c];
                matches!(t.rel.universal(), Rel::Advcl | Rel::Xcomp)
                    && t.upos == Upos::Verb
                    && c > node.token
                    && parsed
                        .children(c)
                        .any(|m| tokens[m].rel == Rel::Mark && tokens[m].lemma == "to")
            })
        };
        let mut purpose = infinitive(verb)?;
        // "to help the government renationalise the unit": what is helped.
        while let Some(next) = parsed
            .children(purpose)
            .find(|&c| tokens[c].rel.universal() == Rel::Xcomp && tokens[c].upos == Upos::Verb)
        {
            purpose = next;
        }
        let mut arguments = Vec::new();
        arguments_of(self.text, parsed, purpose, &mut arguments);
        if let Some(object) = arguments.first() {
            return Some((tokens[purpose].start, object.end));
        }
        // The parse may hang the object elsewhere ("used to reduce poverty,
        // the cardinal said"): the noun phrase right after the verb.
        let mut last = purpose;
        while last + 1 < tokens.len()
            && last < purpose + MAX_ARGUMENT_TOKENS
            && matches!(tokens[last + 1].upos, Upos::Det | Upos::Adj | Upos::Noun | Upos::Num)
        {
            last += 1;
        }
        (last > purpose && tokens[last].upos == Upos::Noun).then(|| (tokens[purpose].start, tokens[last].end))
    }

    /// The byte span of the word whose active subject the mention at byte
    /// span `start..end` is: "denied" in "Trump has denied any collusion".
    pub fn subject_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let node = self.head_of(start, end)?;
        let sentence = self.sentence(node.sentence);
        let token = &sentence.tokens[node.token];
        if token.rel.universal() != Rel::Nsubj {
            return None;
        }
        let head = &sentence.tokens[token.head?];
        matches!(head.upos, Upos::Verb).then_some((head.start, head.end))
    }

    /// The byte span of the common noun the parse makes the subject of the
    /// word at byte span `start..end`, when no possessive pronoun owns it:
    /// "deal" in "the deal favoured China"; None for a pronoun, a name or
    /// "its government".
    pub fn common_subject(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let node = self.head_of(start, end)?;
        let parsed = self.parsed(node.sentence);
        let tokens = &parsed.sentence.tokens;
        let subject = parsed
            .children(node.token)
            .find(|&c| tokens[c].rel.universal() == Rel::Nsubj)?;
        let owned = parsed
            .children(subject)
            .any(|c| tokens[c].rel == Rel::NmodPoss && tokens[c].upos == Upos::Pron);
        (tokens[subject].upos == Upos::Noun && !owned).then(|| (tokens[subject].start, tokens[subject].end))
    }

    /// The byte span of the verb whose passive agent the parse makes the
    /// mention at byte span `start..end`: "rejected" in "The plan was
    /// rejected by shareholders".
    pub fn agent_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let node = self.head_of(start, end)?;
        let tokens = &self.sentence(node.sentence).tokens;
        let token = &tokens[node.token];
        if token.rel != Rel::OblAgent {
            return None;
        }
        let verb = &tokens[token.head?];
        (verb.upos == Upos::Verb).then_some((verb.start, verb.end))
    }

    /// "Unions opposed the reform": the verb right after the noun at byte
    /// span `start..end` heading its sentence, which the parse reads as a
    /// reduced relative on the noun ("acl") though it takes a direct object,
    /// as no passive participle does: the sentence's verb, of which the noun
    /// is the subject. The noun may be listed with others before the verb,
    /// the parse hanging the verb on any of them: "Nurses and doctors
    /// criticised the plan", each of the nouns.
    pub fn misread_subject_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let node = self.head_of(start, end)?;
        let parsed = self.parsed(node.sentence);
        let tokens = &parsed.sentence.tokens;
        let first = first_conjunct(tokens, node.token);
        if tokens[first].head.is_some() {
            return None;
        }
        // The list's own words end where a token no longer descends from its
        // first noun but through a relative.
        let in_list = |t: usize| {
            let mut at = t;
            for _ in 0..tokens.len() {
                if at == first {
                    return true;
                }
                match tokens[at].head {
                    Some(h) if tokens[at].rel.universal() != Rel::Acl => at = h,
                    _ => return false,
                }
            }
            false
        };
        let at = (first + 1..tokens.len()).find(|&t| !in_list(t))?;
        let verb = &tokens[at];
        let on_list = verb.head.is_some_and(|h| first_conjunct(tokens, h) == first && h < at);
        if !on_list || verb.rel.universal() != Rel::Acl || verb.upos != Upos::Verb {
            return None;
        }
        parsed
            .children(at)
            .any(|c| tokens[c].rel.universal() == Rel::Obj)
            .then_some((verb.start, verb.end))
    }

    /// [`Parse::subject_of`] for a noun listed with others, the first of
    /// them the verb's subject: "rejected" for "environmentalists" in
    /// "Farmers and environmentalists rejected the plan".
    pub fn listed_subject_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let node = self.head_of(start, end)?;
        let tokens = &self.sentence(node.sentence).tokens;
        let first = first_conjunct(tokens, node.token);
        if first == node.token || tokens[first].rel.universal() != Rel::Nsubj {
            return None;
        }
        let head = &tokens[tokens[first].head?];
        matches!(head.upos, Upos::Verb).then_some((head.start, head.end))
    }

    /// Whether the parse makes the mention at byte span `start..end` a
    /// verb's direct object, or a conjunct of one ("criticised Russia");
    /// None when no token lies there.
    pub fn is_object(&self, start: usize, end: usize) -> Option<bool> {
        let node = self.head_of(start, end)?;
        let tokens = &self.sentence(node.sentence).tokens;
        let mut at = node.token;
        // Bounded: a malformed tree cannot loop.
        for _ in 0..tokens.len() {
            match (tokens[at].rel.universal(), tokens[at].head) {
                (Rel::Conj, Some(h)) => at = h,
                (rel, _) => return Some(rel == Rel::Obj),
            }
        }
        Some(false)
    }

    /// The byte span of the verb whose active subject the parse makes the
    /// proper noun at byte span `start..end`: "rejected" in "Netanyahu
    /// rejected the proposal", or in a relative clause on it whose subject
    /// is "who", "said" in "interviewed Putin, who said …". None for a
    /// common noun ("Hardliners rejected") or a word in another role.
    pub fn proper_subject_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        self.is_proper(Span { start, end })?.then(|| {
            self.subject_of(start, end)
                .or_else(|| self.conjunct_subject_of(start, end))
                .or_else(|| self.relative_subject_of(start, end))
        })?
    }

    /// The byte span and lemma of the verb whose direct object, or object
    /// after "with", the parse makes the proper noun at byte span
    /// `start..end` (or a conjunct of one): "met" in "Zelensky met Biden"
    /// and "met with Biden".
    pub fn proper_object_of(&self, start: usize, end: usize) -> Option<(usize, usize, String)> {
        if self.is_proper(Span { start, end }) != Some(true) {
            return None;
        }
        let node = self.head_of(start, end)?;
        let parsed = self.parsed(node.sentence);
        let tokens = &parsed.sentence.tokens;
        let mut at = node.token;
        for _ in 0..tokens.len() {
            match (tokens[at].rel.universal(), tokens[at].head) {
                (Rel::Conj, Some(h)) => at = h,
                _ => break,
            }
        }
        let with = || {
            parsed
                .children(at)
                .any(|c| tokens[c].rel == Rel::Case && tokens[c].lemma == "with")
        };
        let object = match tokens[at].rel.universal() {
            Rel::Obj => true,
            Rel::Obl => with(),
            _ => false,
        };
        let verb = &tokens[tokens[at].head?];
        (object && verb.upos == Upos::Verb).then(|| (verb.start, verb.end, verb.lemma.clone()))
    }

    /// Whether the word at byte span `start..end` takes a proper noun as its
    /// direct object: "visited" in "Merkel visited Paris", "met" in "Zelensky
    /// met Biden".
    pub fn takes_proper_object(&self, start: usize, end: usize) -> bool {
        let Some(node) = self.head_of(start, end) else {
            return false;
        };
        let parsed = self.parsed(node.sentence);
        let tokens = &parsed.sentence.tokens;
        parsed
            .children(node.token)
            .any(|c| tokens[c].rel.universal() == Rel::Obj && tokens[c].upos == Upos::Propn)
    }

    /// The byte span of the verb right after a relative clause on the
    /// mention at byte span `start..end` that "who" opens and a comma
    /// closes: "praised" in "Lagarde, who heads the IMF, praised the plan",
    /// which the parse often makes a conjunct of the clause's own verb. An
    /// adverb may come first ("…, also praised"). None unless the parse
    /// tags the mention a proper noun.
    pub fn verb_after_relative(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        if self.is_proper(Span { start, end }) != Some(true) {
            return None;
        }
        let node = self.head_of(start, end)?;
        let tokens = &self.sentence(node.sentence).tokens;
        let form = |k: usize| tokens.get(k).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("");
        let who = node.token + 2;
        if form(node.token + 1) != "," || !form(who).eq_ignore_ascii_case("who") {
            return None;
        }
        // The clause ends at its first comma, before any quotation or dash.
        let close = (who + 1..tokens.len())
            .take_while(|&k| !matches!(form(k), "\"" | "“" | "”" | "—" | "–" | ";" | "(" | ")"))
            .find(|&k| form(k) == ",")?;
        let verb = (close + 1..tokens.len())
            .take(2)
            .find(|&k| tokens[k].upos != Upos::Adv)
            .map(|k| &tokens[k])?;
        (verb.upos == Upos::Verb).then_some((verb.start, verb.end))
    }

    /// The byte span of the verb the proper noun at byte span `start..end`
    /// acts in, though not as its own subject: a conjunct of the proper noun
    /// that is its subject, past the other words of that name or title
    /// ("Macron" in "Merkel and Macron criticised the plan", "Merkel,
    /// Macron and Johnson", "Chancellor Merkel and Macron"), or the agent of
    /// its passive, conjuncts too ("was criticised by Merkel and Macron").
    fn conjunct_subject_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let node = self.head_of(start, end)?;
        let tokens = &self.sentence(node.sentence).tokens;
        let mut at = node.token;
        // Bounded: a malformed tree cannot loop.
        for _ in 0..tokens.len() {
            match tokens[at].rel.universal() {
                Rel::Conj | Rel::Flat => at = tokens[at].head?,
                _ => break,
            }
        }
        let acting = tokens[at].rel == Rel::OblAgent || (at != node.token && tokens[at].rel.universal() == Rel::Nsubj);
        if !acting || tokens[at].upos != Upos::Propn {
            return None;
        }
        let verb = &tokens[tokens[at].head?];
        (verb.upos == Upos::Verb).then_some((verb.start, verb.end))
    }

    /// The byte span of the verb of a relative clause on the mention at
    /// byte span `start..end` whose subject is "who", right after a comma:
    /// "said" in "Putin, who said he opposed the plan". "Who" stands for
    /// someone, never a place; the parse, which often hangs the clause on
    /// the main verb, need only make "who" the verb's subject.
    fn relative_subject_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let node = self.head_of(start, end)?;
        let tokens = &self.sentence(node.sentence).tokens;
        let form = |k: usize| tokens.get(k).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("");
        let who = node.token + 2;
        if form(node.token + 1) != ","
            || !form(who).eq_ignore_ascii_case("who")
            || tokens[who].rel.universal() != Rel::Nsubj
        {
            return None;
        }
        let verb = &tokens[tokens[who].head?];
        (verb.upos == Upos::Verb).then_some((verb.start, verb.end))
    }

    /// Whether the parse tags the word at byte span `word` a proper noun;
    /// None when no token lies there.
    pub fn is_proper(&self, word: Span) -> Option<bool> {
        let node = self.head_of(word.start, word.end)?;
        Some(self.token(node).upos == Upos::Propn)
    }

    /// How the mention at byte span `start..end` stands in its sentence:
    /// as a participant (subject, object, agent, possessor, …), or only as
    /// a place ("in Houston") or a modifier of another noun ("U.S.
    /// senators", "the US court"). Conjuncts and appositions stand as what
    /// they join.
    /// Places are introduced by a `locative_preps` word.
    pub fn mention_role(&self, lexicon: &Lexicon, start: usize, end: usize) -> MentionRole {
        let Some(node) = self.head_of(start, end) else {
            return MentionRole::Participant;
        };
        let parsed = self.parsed(node.sentence);
        let sentence = &parsed.sentence;
        let mut at = node.token;
        // Bounded: a malformed tree cannot loop.
        // Whether the mention names what it is in apposition to ("secretary
        // of state George Shultz"), not the thing itself.
        let mut apposed = false;
        for _ in 0..sentence.tokens.len() {
            let token = &sentence.tokens[at];
            match token.rel.universal() {
                Rel::Conj | Rel::Appos | Rel::Flat => match token.head {
                    Some(h) => {
                        apposed |= token.rel.universal() != Rel::Conj;
                        at = h
                    }
                    None => break,
                },
                // "Condoleezza Rice, Kofi Annan and World Bank officials": a
                // list the parse reads as one compound; a modifier stands
                // next to its noun, with no comma or conjunction between.
                Rel::Compound | Rel::Amod if listed_before_head(sentence, at) => return MentionRole::Participant,
                // "fined Google 2.4bn euros": a name before a number is the
                // verb's first object, not a modifier of what is counted.
                Rel::Compound if counted_after(sentence, at) => return MentionRole::Participant,
                Rel::Compound | Rel::Amod => return MentionRole::Modifier,
                Rel::Obl | Rel::Nmod => {
                    let case = |test: &dyn Fn(&str) -> bool| {
                        parsed.children(at).any(|k| {
                            let t = &sentence.tokens[k];
                            t.rel == Rel::Case && test(&t.lemma)
                        })
                    };
                    // "an economist at UBS": where someone works is their
                    // employer, no place.
                    let employer = token.head.is_some_and(|h| {
                        lexicon.is(WordClass::EmployeeNouns, &sentence.tokens[h].lemma.to_lowercase())
                    });
                    let locative = !employer && case(&|lemma| lexicon.is(WordClass::LocativePreps, lemma));
                    // "the president of the United States" is the US president:
                    // the name only qualifies the title, as "US" does there.
                    // "secretary of state George Shultz" may parse with "state"
                    // modifying the name: then the name is not the "of" phrase.
                    let whole = parsed.children(at).all(|k| {
                        let t = &sentence.tokens[k];
                        matches!(t.rel.universal(), Rel::Case | Rel::Det | Rel::Punct)
                            || (t.start >= start && t.end <= end)
                    });
                    let of_title = !apposed
                        && whole
                        && token.rel.universal() == Rel::Nmod
                        && case(&|lemma| lemma == "of")
                        && token
                            .head
                            .is_some_and(|h| lexicon.is_title_head(&sentence.tokens[h].lemma.to_lowercase()));
                    return if of_title {
                        MentionRole::Modifier
                    } else if locative {
                        MentionRole::Place
                    } else {
                        MentionRole::Participant
                    };
                }
                _ => return MentionRole::Participant,
            }
        }
        MentionRole::Participant
    }

    /// When the mention at byte span `start..end` only modifies a noun after
    /// it ("the EU budget", "the Chinese decision", "the Russia
    /// investigation"): that noun's byte span. A possessor ("Obama's deal")
    /// is no such modifier: whose deal it is may be the point.
    pub fn modified_noun(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let node = self.head_of(start, end)?;
        let tokens = &self.sentence(node.sentence).tokens;
        let token = &tokens[node.token];
        if !matches!(token.rel.universal(), Rel::Compound | Rel::Amod)
            || (token.rel.universal() == Rel::Compound && counted_after(self.sentence(node.sentence), node.token))
        {
            return None;
        }
        let head = &tokens[token.head?];
        (head.start >= end && matches!(head.upos, Upos::Noun | Upos::Propn)).then_some((head.start, head.end))
    }

    /// Whether some of the mentions at `spans` takes part in its sentence
    /// (see [`Parse::mention_role`]). Mentions in sentences parsed already
    /// are read first: the answer is the same in any order, and one of them
    /// often settles it without parsing another sentence.
    pub fn any_participant(&self, lexicon: &Lexicon, spans: &[Span]) -> bool {
        let parsed = |span: &&Span| {
            self.sentence_at(span.start)
                .is_some_and(|s| self.parsed[s].get().is_some())
        };
        let (ready, rest): (Vec<&Span>, Vec<&Span>) = spans.iter().partition(parsed);
        ready
            .into_iter()
            .chain(rest)
            .any(|m| self.mention_role(lexicon, m.start, m.end) == MentionRole::Participant)
    }

    fn token(&self, node: Node) -> &standpoint_syntax::Token {
        &self.sentence(node.sentence).tokens[node.token]
    }

    /// Whether the phrase at byte span `target` hangs in a clause that the
    /// clause of the word at byte span `word` is only coordinated with
    /// ("signed a motion opposing top-up fees, and the Conservatives
    /// promised…": the Conservatives' clause is a conjunct of the one holding
    /// "opposing"; "welcomed the rebellion and urged MPs to vote against the
    /// bill": the bill is under "urged", a conjunct of "welcomed"): the
    /// target's way up to the two's common ancestor enters it as a conjunct
    /// or a loosely joined clause. None when the parse cannot tell (another
    /// sentence, no token).
    pub fn coordinated_apart(&self, word: Span, target: Span) -> Option<bool> {
        let (w, t) = (
            self.head_of(word.start, word.end)?,
            self.head_of(target.start, target.end)?,
        );
        if w.sentence != t.sentence {
            return None;
        }
        let (mut up, mut down) = (Vec::new(), Vec::new());
        self.ancestors(w, &mut up);
        self.ancestors(t, &mut down);
        let below = down.iter().position(|a| up.contains(a))?.checked_sub(1)?;
        let rel = self.sentence(t.sentence).tokens[down[below]].rel.universal();
        Some(matches!(rel, Rel::Conj | Rel::Parataxis))
    }

    /// Whether a verb stands between the noun at byte span `word` and
    /// `target`, so that the target is what the verb takes, not the noun's
    /// complement: "Poland's opposition to the budget stalled the talks",
    /// where "opposition" is in the subject of "stalled" and "talks" its
    /// object, or, as the parse may read it, "stalled" a participle under
    /// "budget" with "talks" below it. A complement the parse hangs on the
    /// noun's own verb, "voiced opposition on Monday to the plan", is not cut
    /// off. None when the parse cannot tell (another sentence, no token).
    pub fn verb_apart(&self, word: Span, target: Span) -> Option<bool> {
        let (w, t) = (
            self.head_of(word.start, word.end)?,
            self.head_of(target.start, target.end)?,
        );
        if w.sentence != t.sentence || w.token == t.token {
            return None;
        }
        let (mut up, mut down) = (Vec::new(), Vec::new());
        self.ancestors(w, &mut up);
        // The target's highest word: "ban on whaling" read as "whaling were
        // rejected" under "ban" still has "ban" at its top.
        let sentence = self.sentence(t.sentence);
        let (first, last) = (
            sentence.tokens.partition_point(|k| k.end <= target.start),
            sentence.tokens.partition_point(|k| k.start < target.end),
        );
        let mut best: Option<Vec<usize>> = None;
        for token in first..last {
            self.ancestors(Node { token, ..t }, &mut down);
            if best.as_ref().is_none_or(|b| down.len() < b.len()) {
                best = Some(down.clone());
            }
        }
        let down = best?;
        let ui = up.iter().position(|x| down.contains(x))?;
        let di = down.iter().position(|x| *x == up[ui])?;
        if di == 0 {
            // The target's top word is the noun itself or above it: nothing
            // stands between.
            return None;
        }
        let sentence = self.sentence(w.sentence);
        let verb = |i: &usize| matches!(sentence.tokens[*i].upos, Upos::Verb | Upos::Aux);
        if ui == 0 {
            // The noun heads the target: a verb on the way down is a clause
            // of its own.
            return Some(down[1..di].iter().any(verb));
        }
        let subject = matches!(sentence.tokens[up[ui - 1]].rel.universal(), Rel::Nsubj | Rel::Csubj);
        Some(subject && verb(&up[ui]))
    }

    /// Whether the phrases at byte spans `a` and `b` are members of one
    /// list ("met Angela Merkel and Justin Trudeau"): each reaches
    /// their common ancestor through conjunct relations only. None when the
    /// parse cannot tell (another sentence, no token).
    pub fn listed_together(&self, a: Span, b: Span) -> Option<bool> {
        let (a, b) = (self.head_of(a.start, a.end)?, self.head_of(b.start, b.end)?);
        if a.sentence != b.sentence || a.token == b.token {
            return None;
        }
        let (mut up, mut down) = (Vec::new(), Vec::new());
        self.ancestors(a, &mut up);
        self.ancestors(b, &mut down);
        let ui = up.iter().position(|x| down.contains(x))?;
        let di = down.iter().position(|x| *x == up[ui])?;
        let sentence = self.sentence(a.sentence);
        // Conjuncts only: counting the parse's list and apposition relations
        // too was measured worse.
        let conj = |i: &usize| sentence.tokens[*i].rel.universal() == Rel::Conj;
        Some(up[..ui].iter().chain(&down[..di]).all(conj))
    }

    /// When the word at byte span `word` is a participle modifying a noun
    /// ("the vote condemning Russia", "a motion opposing top-up fees"): how
    /// the sentence takes that noun, by the word governing it ("abstained",
    /// "signed") and the preposition before it ("from"). None when the word
    /// modifies no noun or no token lies there.
    pub fn participle_noun(&self, word: Span) -> Option<NounTaken> {
        let node = self.head_of(word.start, word.end)?;
        let parsed = self.parsed(node.sentence);
        let tokens = &parsed.sentence.tokens;
        let participle = &tokens[node.token];
        // The parse may miss the clause ("condemning" as a compound of
        // "Russia"): an -ing verb right after a common noun modifies it too.
        let after_noun = node.token > 0
            && tokens[node.token - 1].upos == Upos::Noun
            && participle.upos == Upos::Verb
            && self.text[participle.start..participle.end].ends_with("ing");
        let noun = match participle.head {
            Some(h) if participle.rel == Rel::Acl && matches!(tokens[h].upos, Upos::Noun | Upos::Propn) => h,
            _ if after_noun => node.token - 1,
            _ => return None,
        };
        let case = parsed
            .children(noun)
            .find(|&c| tokens[c].rel == Rel::Case && c < noun)
            .map(|c| tokens[c].lemma.to_lowercase());
        // Through a conjunct or an apposition to what the sentence does with it.
        let mut at = noun;
        while matches!(tokens[at].rel.universal(), Rel::Conj | Rel::Appos) {
            at = tokens[at].head?;
        }
        let governor = tokens[at]
            .head
            .filter(|_| matches!(tokens[at].rel.universal(), Rel::Obj | Rel::Obl | Rel::Nmod))
            .map(|h| (tokens[h].start, tokens[h].end));
        Some(NounTaken { governor, case })
    }

    /// When the preposition at byte span `word` opens a phrase that
    /// qualifies a common noun, not a verb or a predicate ("opposed the war
    /// against Iraq", "the sanctions imposed against Iran" against "Germany
    /// is against the war"): that noun's
    /// byte span. None when no token lies there, it heads nothing, or what
    /// it qualifies is no common noun.
    pub fn qualified_noun(&self, word: Span) -> Option<(usize, usize)> {
        let node = self.head_of(word.start, word.end)?;
        let tokens = &self.sentence(node.sentence).tokens;
        let object = &tokens[tokens[node.token].head?];
        let mut noun = &tokens[object.head?];
        // "the sanctions imposed against Iran": through a participle
        // modifying the noun.
        if object.rel.universal() == Rel::Obl && noun.rel.universal() == Rel::Acl {
            noun = &tokens[noun.head?];
        } else if object.rel.universal() != Rel::Nmod {
            return None;
        }
        (noun.upos == Upos::Noun).then_some((noun.start, noun.end))
    }

    /// Whether the parse tags the word at byte span `word` a noun ("rejected
    /// calls for an inquiry"); None when no token lies there.
    pub fn is_noun(&self, word: Span) -> Option<bool> {
        let node = self.head_of(word.start, word.end)?;
        Some(matches!(self.token(node).upos, Upos::Noun | Upos::Propn))
    }

    /// Whether the parse tags the word at byte span `word` a verb or an
    /// auxiliary; None when no token lies there.
    pub fn is_verb(&self, word: Span) -> Option<bool> {
        let node = self.head_of(word.start, word.end)?;
        Some(matches!(self.token(node).upos, Upos::Verb | Upos::Aux))
    }

    /// Ancestors of `node`, itself first, up to the root, into `chain`.
    fn ancestors(&self, node: Node, chain: &mut Vec<usize>) {
        let sentence = self.sentence(node.sentence);
        chain.clear();
        chain.push(node.token);
        let mut at = node.token;
        while let Some(h) = sentence.tokens[at].head {
            if chain.contains(&h) || chain.len() > sentence.tokens.len() {
                break;
            }
            chain.push(h);
            at = h;
        }
    }

    /// Features of the syntactic relation between the holder's and the
    /// target's mentions (token ranges of `doc`), and the relations at the
    /// path's two ends (the holder's first step up, the target's last step
    /// down) when the mentions meet below a common ancestor.
    pub fn describe_pair(
        &self,
        doc: &Document,
        lexicon: &Lexicon,
        holder: (usize, usize),
        target: (usize, usize),
        out: &mut Features,
    ) -> Option<(&'static str, &'static str)> {
        let span = |(a, b): (usize, usize)| doc.span(a, b);
        let (hs, ts) = (span(holder), span(target));
        let (Some(h), Some(t)) = (self.head_of(hs.start, hs.end), self.head_of(ts.start, ts.end)) else {
            out.push("path:none");
            return None;
        };
        let (hrel, trel) = (self.token(h).rel, self.token(t).rel);
        out.push_parts(&["h_rel:", hrel.as_str()]);
        out.push_parts(&["t_rel:", trel.as_str()]);
        if h.sentence != t.sentence {
            out.push("path:other_sentence");
            return None;
        }
        let parsed = self.parsed(h.sentence);
        let sentence = &parsed.sentence;
        let mut chains = self.chains.borrow_mut();
        let (up, down) = &mut *chains;
        self.ancestors(h, up);
        self.ancestors(t, down);
        let Some((ui, lca)) = up.iter().enumerate().find(|(_, a)| down.contains(a)) else {
            out.push("path:none");
            return None;
        };
        let di = down.iter().position(|a| a == lca).unwrap_or(0);
        let lca = *lca;
        let rel = |i: &usize| sentence.tokens[*i].rel.universal().as_str();
        // The relations climbing from the holder to the common ancestor, and
        // those descending from it to the target.
        let (rels_up, rels_down) = (up[..ui].iter().map(rel), down[..di].iter().rev().map(rel));
        if ui + di <= MAX_PATH {
            let start = out.begin();
            out.extend("path:");
            for (k, rel) in rels_up.clone().enumerate() {
                if k > 0 {
                    out.extend("^");
                }
                out.extend(rel);
            }
            out.extend("^");
            for (k, rel) in rels_down.clone().enumerate() {
                if k > 0 {
                    out.extend(">");
                }
                out.extend(rel);
            }
            out.end(start);
        } else {
            out.push("path:long");
        }
        let first_up = rels_up.clone().next();
        let ends = first_up.zip(rels_down.clone().next());
        if let Some((first_up, last_down)) = ends {
            out.push_parts(&["path_ends:", first_up, "^", last_down]);
        }
        let lca_token = &sentence.tokens[lca];
        out.push_parts(&["lca_pos:", lca_token.upos.as_str()]);
        let lca_is_end = lca == h.token || lca == t.token;
        if !lca_is_end {
            out.push_parts(&["lca_lemma:", &lca_token.lemma]);
            if let Some(cues) = lexicon.cues.get(lca_token.lemma.as_str()) {
                for cue in cues.iter().filter(|c| !c.blocking && c.rest.is_empty()) {
                    out.push_parts(&["lca_cue:", cue.polarity.as_str()]);
                }
            }
        }
        // Lemmas on the path between the two mentions, and what negates them.
        // A chain's tokens strictly between its mention and the ancestor at `upto`.
        fn inner(chain: &[usize], upto: usize) -> &[usize] {
            chain.get(1..upto).unwrap_or(&[])
        }
        let on_path = inner(up, ui)
            .iter()
            .chain(inner(down, di))
            .copied()
            .chain((!lca_is_end).then_some(lca));
        for i in on_path {
            let token = &sentence.tokens[i];
            if matches!(token.upos, Upos::Verb | Upos::Noun | Upos::Adj) {
                out.push_parts(&["path_lemma:", &token.lemma]);
                if let Some(lean) = lexicon.valence(&token.lemma) {
                    out.push_parts(&["val:path:", lean.as_str()]);
                }
                if let Some(cues) = lexicon.cues.get(token.lemma.as_str()) {
                    for cue in cues.iter().filter(|c| !c.blocking) {
                        out.push_parts(&["path_cue:", cue.polarity.as_str()]);
                    }
                }
            }
            for child in parsed.children(i) {
                let c = &sentence.tokens[child];
                if c.rel == Rel::Advmod && matches!(c.lemma.as_str(), "not" | "never" | "n't") {
                    out.push("path_negated");
                }
                if matches!(c.rel, Rel::Aux) && lexicon.is(WordClass::Hedges, &c.lemma) {
                    out.push("path_modal");
                }
            }
        }
        // What the target's governing predicate and its dependents say
        // (the holder's, tried too, lowered the held-out figure).
        let governor = down
            .iter()
            .skip(1)
            .find(|&&i| matches!(sentence.tokens[i].upos, Upos::Verb | Upos::Adj | Upos::Noun));
        if let Some(&g) = governor {
            for i in std::iter::once(g).chain(parsed.children(g)) {
                if let Some(lean) = lexicon.valence(&sentence.tokens[i].lemma) {
                    out.push_parts(&["val:tgov:", lean.as_str()]);
                }
            }
        }
        if first_up == Some("nsubj") && ui == 1 {
            out.push("holder_subject_of_lca");
        }
        ends
    }
}

/// The object-like arguments of token `node` (see [`Parse::arguments`]), into `out`.
fn arguments_of(text: &str, parsed: &Parsed, node: usize, out: &mut Vec<Argument>) {
    let sentence = &parsed.sentence;
    // "The coalition, which is backed by the US", "the plan that Berlin
    // opposes": a relative pronoun stands for the noun its clause qualifies.
    let antecedent = (sentence.tokens[node].rel == Rel::AclRelcl)
        .then_some(sentence.tokens[node].head)
        .flatten();
    for child in parsed.children(node) {
        let c = &sentence.tokens[child];
        let relative = c.upos == Upos::Pron && matches!(c.lemma.as_str(), "which" | "that" | "who" | "whom");
        let taken = match c.rel.universal() {
            // An English object follows its verb: a noun before it that the
            // parse calls one ("Tory leader Michael Howard attacked …") is
            // a misread subject's title.
            Rel::Obj => child > node || relative,
            // "The attack was condemned by …": a passive's subject is what
            // the verb acts on.
            Rel::Nsubj => c.rel == Rel::NsubjPass,
            Rel::Obl | Rel::Nmod => parsed.children(child).any(|k| {
                let t = &sentence.tokens[k];
                t.rel == Rel::Case
                    && matches!(
                        t.lemma.as_str(),
                        "to" | "for" | "against" | "on" | "over" | "of" | "with" | "about"
                    )
            }),
            _ => false,
        };
        let (child, c) = match antecedent.filter(|_| relative && taken) {
            Some(noun) => (noun, &sentence.tokens[noun]),
            None => (child, c),
        };
        if !taken || !matches!(c.upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        if let Some((first, last)) = bounded_subtree(parsed, child) {
            // "opposed the tax cut", "condemned the arms sale to Taiwan",
            // tagged "cut" and "sale" verbs: the noun they close is the head.
            let (last, head) = match misread_noun(text, parsed, node, child, last) {
                Some(noun) => (bounded_subtree(parsed, noun).map_or(noun, |(_, l)| l.max(noun)), noun),
                None => (last, child),
            };
            let h = &sentence.tokens[head];
            out.push(Argument {
                start: sentence.tokens[first].start,
                end: sentence.tokens[last].end,
                head: (h.start, h.end),
                head_upos: c.upos,
            });
        }
    }
}

/// Whether a comma or a conjunction stands between token `at` and its head:
/// then it is a list's member the parse misread as a modifier, not one.
fn listed_before_head(sentence: &Sentence, at: usize) -> bool {
    let Some(head) = sentence.tokens[at].head else {
        return false;
    };
    let tokens = &sentence.tokens[at.min(head) + 1..at.max(head)];
    tokens
        .iter()
        .any(|t| t.upos == Upos::Cconj || (t.upos == Upos::Punct && t.lemma == ","))
}

/// Whether a number stands between token `at` and the head it modifies: a
/// modifier comes after the count in English ("two Google employees").
fn counted_after(sentence: &Sentence, at: usize) -> bool {
    sentence.tokens[at].head.is_some_and(|head| {
        // ("497m" may be tagged a name.)
        let number =
            |t: &standpoint_syntax::Token| t.upos == Upos::Num || t.lemma.starts_with(|c: char| c.is_ascii_digit());
        head > at && sentence.tokens[at + 1..head].iter().any(number)
    })
}

/// The word right after an object noun's phrase (ending at token `last`)
/// that the tagger read as a verb though it closes a noun compound ("the
/// tax cut", "the US arms sale to Taiwan"): a bare verb form hanging from
/// the noun or from the verb `node`, with no "to" or subject of its own,
/// cannot follow a noun object as a verb.
fn misread_noun(text: &str, parsed: &Parsed, node: usize, noun: usize, last: usize) -> Option<usize> {
    let tokens = &parsed.sentence.tokens;
    let next = last + 1;
    let t = tokens.get(next)?;
    // ("opposition to the US arms sale to Taiwan": the verb may hang from
    // the noun of stance whose complement the compound is.)
    let noun_node = tokens[node].upos == Upos::Noun;
    let attached = t.head == Some(noun) && t.rel.universal() == Rel::Acl
        || t.head == Some(node) && matches!(t.rel.universal(), Rel::Xcomp | Rel::Ccomp)
        || t.head == Some(node) && noun_node && t.rel.universal() == Rel::Acl;
    let form = text.get(t.start..t.end).unwrap_or("").to_lowercase();
    let bare = t.upos == Upos::Verb && form == t.lemma;
    let own_clause = parsed
        .children(next)
        .any(|k| matches!(tokens[k].rel.universal(), Rel::Nsubj | Rel::Mark | Rel::Aux | Rel::Obj));
    (last == noun && attached && bare && !own_clause).then_some(next)
}

/// Whether punctuation token `k` joins a number to the word after it into
/// one written word, the hyphen of "two-state" or "five-year", which the
/// parser splits: it is part of the phrase, as they are. (Not any hyphen: a
/// misparsed "top-up" would join a phrase to the words before it.)
fn joins_word(sentence: &Sentence, k: usize) -> bool {
    let tokens = &sentence.tokens;
    k > 0
        && k + 1 < tokens.len()
        && tokens[k - 1].upos == Upos::Num
        && tokens[k - 1].end == tokens[k].start
        && tokens[k].end == tokens[k + 1].start
}

/// The tokens `first..=last` of `head`'s subtree that make a readable name:
/// no relative clauses, appositions, clauses, coordination or punctuation
/// hanging off it, no leading determiner or preposition, at most
/// [`MAX_ARGUMENT_TOKENS`] tokens (cut after the head's own left modifiers
/// and first prepositional modifier).
fn bounded_subtree(parsed: &Parsed, head: usize) -> Option<(usize, usize)> {
    let sentence = &parsed.sentence;
    let mut inside = vec![false; sentence.tokens.len()];
    let mut stack = vec![head];
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut inside[i], true) {
            continue;
        }
        for child in parsed.children(i) {
            let rel = sentence.tokens[child].rel;
            let cut = matches!(
                rel.universal(),
                Rel::Acl | Rel::Appos | Rel::Parataxis | Rel::Conj | Rel::Cc | Rel::Advcl | Rel::Ccomp
            ) || rel == Rel::AclRelcl
                || rel.universal() == Rel::Punct && !joins_word(sentence, child);
            if !cut {
                stack.push(child);
            }
        }
    }
    // The contiguous run around the head.
    let mut first = head;
    while first > 0 && inside[first - 1] {
        first -= 1;
    }
    let mut last = head;
    while last + 1 < inside.len() && inside[last + 1] {
        last += 1;
    }
    while first < head
        && matches!(
            sentence.tokens[first].upos,
            Upos::Det | Upos::Adp | Upos::Punct | Upos::Cconj
        )
    {
        first += 1;
    }
    if last + 1 - first > MAX_ARGUMENT_TOKENS {
        last = head.min(first + MAX_ARGUMENT_TOKENS - 1);
    }
    while last > head
        && matches!(
            sentence.tokens[last].upos,
            Upos::Adp | Upos::Det | Upos::Cconj | Upos::Punct
        )
    {
        last -= 1;
    }
    Some((first, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The role of the first mention of `name` in `text`.
    fn check(text: &str, name: &str, expect: MentionRole) {
        let start = text.find(name).expect("the name is in the text");
        let role = Parse::new(text, super::super::lexicon::lexicon()).mention_role(
            super::super::lexicon::lexicon(),
            start,
            start + name.len(),
        );
        assert_eq!(role, expect, "{name} in: {text}");
    }

    #[test]
    fn a_mention_participates_or_names_a_place_or_a_modifier() {
        check("Russia backs the Assad regime.", "Russia", MentionRole::Participant);
        check(
            "Pence met Erdogan in Washington on Monday.",
            "Erdogan",
            MentionRole::Participant,
        );
        check(
            "The leaders held talks in Palm Beach on Saturday.",
            "Palm Beach",
            MentionRole::Place,
        );
        check(
            "Several U.S. senators visited the factory.",
            "U.S.",
            MentionRole::Modifier,
        );
        // A conjunct stands as what it joins.
        check("Russia and China oppose the plan.", "China", MentionRole::Participant);
        check(
            "The talks took place in Paris and Berlin.",
            "Berlin",
            MentionRole::Place,
        );
        // A country after a title and "of" only qualifies the title.
        check(
            "Trump is the president of the United States.",
            "United States",
            MentionRole::Modifier,
        );
        check(
            "He advised US secretary of state George Shultz.",
            "George Shultz",
            MentionRole::Participant,
        );
        check(
            "Exports to the United States fell.",
            "United States",
            MentionRole::Participant,
        );
        // "with" and "to" introduce people, not places.
        check(
            "The minister spoke with Kerry about the deal.",
            "Kerry",
            MentionRole::Participant,
        );
    }

    /// Parsing on demand, in whatever order the questions come, gives each
    /// token the head and relation that parsing the whole text gives it, and
    /// finds it in the right sentence even when earlier ones were never parsed.
    #[test]
    fn a_sentence_parsed_on_demand_is_parsed_as_in_the_whole_text() {
        let text = "Russia backs the Assad regime. \"We will not accept it,\" the minister said.\n\n\
                    Turkey, however, opposed the plan to arm the rebels. Talks resume on Monday.";
        let whole = Parser::shared().parse(text);
        assert_eq!(whole.len(), 4, "four sentences");
        let lazy = Parse::new(text, super::super::lexicon::lexicon());
        // Last sentence first, so that it is parsed before the ones before it.
        for (s, sentence) in whole.iter().enumerate().rev() {
            for token in &sentence.tokens {
                let node = lazy.head_of(token.start, token.end).expect("every token is found");
                assert_eq!(node.sentence, s, "{:?}", &text[token.start..token.end]);
                let found = lazy.token(node);
                assert_eq!((found.head, found.rel), (token.head, token.rel));
            }
        }
        // Only what was asked is parsed: a fresh parse asked about one sentence
        // parses that one.
        let one = Parse::new(text, super::super::lexicon::lexicon());
        let last = &whole[3].tokens[0];
        one.head_of(last.start, last.end);
        let parsed: Vec<bool> = one.parsed.iter().map(|p| p.get().is_some()).collect();
        assert_eq!(parsed, [false, false, false, true]);
    }
}
