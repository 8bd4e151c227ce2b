package clause

import (
	"strings"

	"marsad"
	"marsad/arabic"
)

// Number and gender, as far as agreement between a verb with an implicit
// subject and the mention it refers back to needs them.
type Agreement uint8

// Agreement classes. A mention may allow several (a person's name, whose
// gender the text does not mark, is masculine or feminine singular).
const (
	MascSg Agreement = 1 << iota
	FemSg
	Plural      // people: «قالوا», «المسؤولون»
	ThingPlural // a plural of things or bodies, which takes a feminine singular verb: «الحكومات أعلنت»
)

// VerbAgreement reads what subject the verb at token v agrees with when the
// subject is not written after it: «أشار» masculine singular, «أشارت» and
// «تقول» feminine singular (or a plural of things), «أشاروا» and «يقولون»
// plural (of people). 0 when the form does not tell (a participle, a noun).
func VerbAgreement(d *marsad.Document, v int) Agreement {
	if d.Tokens[v].Kind != marsad.Word {
		return 0
	}
	return FormAgreement(d.Tokens[v].Norm, UnknownTense)
}

// Tense says whether a verb form is known to be past or present (a
// lexicon that generated it knows); unknown, an initial ت is ambiguous
// between «تقول» (she says) and a past of forms V and VI («تظاهر», «تلقى»).
type Tense uint8

// Tenses.
const (
	UnknownTense Tense = iota
	Past
	Present
)

// FormAgreement is VerbAgreement for a normalized verb form, with its
// conjunction and object pronoun if any («ونفته»: نفت + ه).
func FormAgreement(w string, tense Tense) Agreement {
	if r := []rune(w); len(r) >= 4 && (r[0] == 'و' || r[0] == 'ف') && (r[1] == 'ي' || r[1] == 'ت' || r[1] == 'ن' || r[1] == 'ا') {
		w = string(r[1:]) // «وتقول», «فأشار»: a conjunction before a prefix or hamza
	} else if len(r) >= 5 && (r[0] == 'و' || r[0] == 'ف') {
		w = string(r[1:]) // «وأشارت» → «اشارت»: long enough to hold و
	}
	for _, suf := range []string{"هما", "هم", "ها", "ه"} {
		// «ونفته», «قالوها»: the object pronoun after the subject's ending.
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len([]rune(stem)) < 3 {
			continue
		}
		if strings.HasSuffix(stem, "ت") {
			w = stem
			break
		}
		if strings.HasSuffix(stem, "و") {
			w = stem + "ا" // «قالوها»: قالوا with its object
			break
		}
	}
	r := []rune(w)
	present := tense == Present || tense == UnknownTense && len(r) >= 4 && (r[0] == 'ي' || r[0] == 'ت') && !strings.HasSuffix(w, "ت")
	switch {
	case len(r) < 3:
		return 0
	case strings.HasSuffix(w, "وا") || present && strings.HasSuffix(w, "ون"):
		return Plural
	case present && r[0] == 'ي':
		return MascSg
	case present && r[0] == 'ت':
		if tense == UnknownTense {
			return 0 // «تقول» or «تظاهر»
		}
		return FemSg | ThingPlural // تقول: she says, or they (things) say
	case strings.HasSuffix(w, "ت") && !(len(r) == 3 && r[1] == 'ا'):
		return FemSg | ThingPlural // أشارت, ردت (not مات, بات)
	}
	return MascSg
}

// ParticipleAgreement reads what an active participle of a circumstantial
// clause agrees with: «مؤكدا» masculine singular, «معتبرة» feminine singular
// (or a plural of things), «مشددين» plural. 0 when the form does not tell
// or is no participle of that shape.
func ParticipleAgreement(w string) Agreement {
	r := []rune(w)
	if len(r) >= 5 && r[0] == 'و' && r[1] == 'م' {
		r = r[1:]
	}
	if len(r) < 4 || r[0] != 'م' {
		return 0
	}
	w = string(r)
	switch {
	case strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون"):
		return Plural
	case strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ة"):
		return FemSg | ThingPlural
	case strings.HasSuffix(w, "ا"):
		return MascSg
	}
	return 0
}

// MentionAgreement reads the agreement classes of mention i: a plural of
// people (مسؤولون, المحتجزين) is plural; a noun or role in ة (وزيرة,
// المنظمة, الحكومة) feminine or a plural of things (الحكومات); a person's,
// a state's or an organisation's name either singular; another singular
// noun masculine (الوزير, الجيش).
func MentionAgreement(d *marsad.Document, i int) Agreement {
	m := d.Mentions[i]
	head := d.Tokens[m.First].Norm
	for _, s := range arabic.SegmentToken(d.Tokens[m.First]) {
		if s.Conj || s.Prep != 0 {
			head = s.Stem
			if s.Det {
				head = "ال" + s.Stem
			}
			break
		}
	}
	last := d.Tokens[m.Last-1].Norm
	if m.Adjective {
		// «233 سعوديا», «السلطات السعودية»: a nisba adjective agrees
		// with the noun it stands for.
		head = last
	}
	switch {
	case m.Kind == marsad.Person:
		return MascSg | FemSg
	case strings.HasSuffix(head, "ون") || strings.HasSuffix(head, "ين") && len([]rune(head)) > 4:
		return Plural
	case strings.HasSuffix(head, "ه") || strings.HasSuffix(head, "ات"):
		return FemSg | ThingPlural
	case m.Adjective:
		return MascSg
	case m.Kind == marsad.Country || m.Kind == marsad.Org:
		// The gender of a state's name is the word's (قطر feminine,
		// لبنان masculine, الكويت feminine), which its shape does not
		// show: either singular.
		return MascSg | FemSg
	}
	return MascSg
}

// AgreesAfterVerb reports whether mention i, standing after a verb of
// agreement va, can be its subject. A verb before its subject agrees in
// gender only: «قال المسؤولون» (masculine singular verb, men), «قالت
// الحكومة», «أعلنت القوات» (feminine singular verb, a feminine noun or a
// plural of things). A form that does not tell agrees with anything.
func AgreesAfterVerb(d *marsad.Document, va Agreement, i int) bool {
	ma := MentionAgreement(d, i)
	switch {
	case va == 0 || va == Plural:
		return true
	case va&MascSg != 0:
		return ma&(MascSg|Plural) != 0
	}
	return ma&(FemSg|ThingPlural) != 0
}

// TopicAgreeing is Topic restricted to mentions that agree with agr (0:
// any): the last agreeing agent before tok in sentence s, else the first
// agreeing agent of the sentence before (page furniture skipped). Where
// none agrees, it is Topic.
func TopicAgreeing(d *marsad.Document, s, tok int, agr Agreement) int {
	if agr == 0 {
		return Topic(d, s, tok)
	}
	// Only the sentence before: further back, a mention that agrees is
	// more often someone else than the one an unnamed source stands for
	// («ونقلت الوكالة عن مصدر في الخارجية قوله …. وأضاف»).
	if i := topicWhere(d, s, tok, 1, func(i int) bool { return IsAgent(d, i) && MentionAgreement(d, i)&agr != 0 }); i >= 0 {
		return i
	}
	return Topic(d, s, tok)
}
