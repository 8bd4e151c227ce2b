package marsad

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// MentionKind says what a mention names.
type MentionKind uint8

// Mention kinds.
const (
	Person  MentionKind = iota // a named person ("بنيامين نتنياهو")
	Country                    // a state, its adjective or its capital as metonym
	Org                        // an organisation or institution ("الأمم المتحدة", "الكرملين")
	Role                       // a description by role ("الرئيس الإيراني", "مسؤولون أمريكيون")
	Place                      // a city or region, coded by its country
	Group                      // an unnamed group ("المتظاهرون", "الفلسطينيون")
)

var mentionKindNames = [...]string{"person", "country", "org", "role", "place", "group"}

func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return "unknown"
}

// MarshalText makes kinds readable in JSON.
func (k MentionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Mention is a stretch of text that refers to an actor, resolved to a
// CAMEO-style actor code (country or organisation + sector) where possible.
// A mention that could not be resolved keeps Code empty rather than guessed.
type Mention struct {
	Span             // surface of the mention in Text, without proclitics
	First, Last  int // token index range [First, Last)
	Kind         MentionKind
	Code         string   // CAMEO-style code such as RUSGOV, IGOUNO; "" if unresolved
	Name         string   // canonical (English) name where known
	Wikidata     string   // Wikidata id where known
	Prep         string   // normalized preposition or proclitic governing the mention (ل, من, الى, على, ...), "" if none
	Adjective    bool     // written as an adjective (الإيرانية, أممي), not a noun
	Ref          int      // index of the mention this one repeats (a surname after the full name), -1 if none
	Rule         string   // lexicon@version and the rule that produced it
	Alternatives []string `json:",omitempty"` // other codes considered when the mention was ambiguous
}

// Resolved reports whether the mention carries an actor code.
func (m Mention) Resolved() bool { return m.Code != "" }

// UnknownCountry is the country part of a code whose sector is known but
// whose country or organisation is not ("---GOV" for «الحكومة» with nothing
// to say whose), as PETRARCH writes it.
const UnknownCountry = "---"

// Anchored reports whether a code names a country or organisation, not just
// a sector.
func Anchored(code string) bool { return code != "" && !strings.HasPrefix(code, UnknownCountry) }

// Quote is a quotation attributed to a speaker.
type Quote struct {
	Span               // the quoted text, without its marks
	Quotation   int    // index into Document.Quotations
	Speaker     int    // index into Document.Mentions, -1 if not found
	SpeakerCode string // the speaker's actor code (may differ from the mention's when it came from context)
	Verb        Span   // the reporting verb or participle; empty if none
	VerbText    string // its surface
	Source      string // the source the report cites ("بيان صادر عن الكرملين"), "" if none
	SourceSpan  Span
	Rule        string // which attribution rule found the speaker
}

// Modality says whether an event is reported as having happened.
type Modality string

// Modalities, as in ../shared/gold/README.md.
const (
	Asserted     Modality = "asserted"     // it happened
	Negated      Modality = "negated"      // it is said not to have happened
	Hypothetical Modality = "hypothetical" // possible, threatened, conditional, planned, feared, speculated
)

// Event is a coded interaction: who did what to whom, when, with what
// certainty, according to whom, and on what evidence.
type Event struct {
	Source, Target int // indexes into Document.Mentions; -1 if none
	// SourceCode and TargetCode are the codes the event is coded with; they
	// are the mentions' codes unless the rule refined them from context.
	SourceCode, TargetCode string
	CAMEO                  string // full CAMEO code (3 or 4 digits, or a 2-digit root)
	Root                   string // 2-digit CAMEO root
	PLOVER                 string // PLOVER event type; "" where PLOVER drops the CAMEO code
	PLOVERMode             string
	Goldstein              float64
	QuadClass              int // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Modality               Modality
	Date                   time.Time // UTC day; zero if unknown
	DateRule               string    // which expression dated it ("أمس", "الاثنين", "published")
	AttributedTo           string    // the source the report cites, "" if the report itself
	Sentence               int       // index into Document.Sentences
	Trigger                Span      // the words that fired the rule
	Rule                   string    // lexicon entry id and lexicon@version
	Model                  string    // model that confirmed the trigger, with its version; "" if rules only
}

// Layer is a set of document layers, for declaring what a stage reads and
// writes.
type Layer uint16

// Document layers.
const (
	LayerText       Layer = 1 << iota // Text, ID, Published
	LayerNorm                         // Norm, NormMap
	LayerTokens                       // Tokens
	LayerSentences                    // Sentences
	LayerQuotations                   // Quotations
	LayerMentions                     // Mentions
	LayerQuotes                       // Quotes
	LayerEvents                       // Events
)

var layerNames = [...]string{"text", "norm", "tokens", "sentences", "quotations", "mentions", "quotes", "events"}

func (l Layer) String() string {
	var names []string
	for i, n := range layerNames {
		if l&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, "+")
}

// Stage is one step of the pipeline: it reads some layers of a document and
// writes others. Process returns an error only when the document is
// unusable; problems it can work around become Notes.
type Stage interface {
	Name() string
	Reads() Layer
	Writes() Layer
	Process(ctx context.Context, doc *Document) error
}

// Pipeline is an ordered list of stages.
type Pipeline []Stage

// NewPipeline checks that every layer a stage reads is written by an earlier
// stage (or is the input text) and returns the stages as a pipeline.
func NewPipeline(stages ...Stage) (Pipeline, error) {
	have := LayerText
	for _, s := range stages {
		if missing := s.Reads() &^ have; missing != 0 {
			return nil, fmt.Errorf("marsad: stage %s reads %s, which no earlier stage writes", s.Name(), missing)
		}
		have |= s.Writes()
	}
	return Pipeline(stages), nil
}

// Process runs every stage on doc in order.
func (p Pipeline) Process(ctx context.Context, doc *Document) error {
	for _, s := range p {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Process(ctx, doc); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return nil
}
