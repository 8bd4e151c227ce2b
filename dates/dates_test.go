package dates

import (
	"os"
	"testing"
	"time"

	"marsad"
	"marsad/arabic"
	"marsad/lexicon"
)

func testDates(tb testing.TB) *lexicon.Dates {
	tb.Helper()
	d, err := lexicon.LoadDates(os.DirFS("../data"), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func tokens(text string) []marsad.Token {
	d := marsad.NewDocument("t", text, time.Time{})
	arabic.Analyze(d)
	return d.Tokens
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestResolve(t *testing.T) {
	lex := testDates(t)
	tests := []struct {
		name      string
		text      string
		published string
		future    bool
		previous  string
		want      string // "" = no expression or not resolvable
	}{
		{"last year, from its first day", "ووافقت الشركة العام الماضي على التخلي عن القطع", "2018-05-03", false, "", "2017-01-01"},
		{"next year says nothing a date can use", "ستعقد القمة العام المقبل", "2018-05-03", true, "", ""},
		{"yesterday", "تصريحات أطلقها أمس مندوب روسيا", "2026-01-15", false, "", "2026-01-14"},
		{"day before yesterday", "وقال أول أمس إن", "2026-01-15", false, "", "2026-01-13"},
		{"today", "أعلنت اليوم الحكومة", "2018-04-09", false, "", "2018-04-09"},
		{"tomorrow", "سيصل غدا إلى", "2018-04-09", true, "", "2018-04-10"},
		{"past weekday", "أجرى نتانياهو مكالمات هاتفية الاثنين", "2018-05-05", false, "", "2018-04-30"},
		{"weekday with yawm and hamza", "وذكر التلفزيون، صباح الإثنين، أن", "2018-04-09", false, "", "2018-04-09"},
		{"future weekday", "خلال الاجتماع الذي سيجري الأربعاء", "2018-05-05", true, "", "2018-05-09"},
		{"saturday before publication", "تقارير من مجموعات معارضة، السبت، بوقوع", "2018-04-09", false, "", "2018-04-07"},
		{"last week", "زار الوزير القاهرة الأسبوع الماضي", "2018-05-05", false, "", "2018-04-28"},
		{"two days ago (a dual)", "قصفت القوات المدينة قبل يومين", "2018-05-23", false, "", "2018-05-21"},
		{"two weeks ago", "انسحبت واشنطن قبل أسبوعين", "2018-05-23", false, "", "2018-05-09"},
		{"a count word and a plural unit", "وقعت الحادثة قبل ثلاثة أيام", "2018-05-23", false, "", "2018-05-20"},
		{"digits and a plural unit", "اعتقل قبل 10 أيام", "2018-05-23", false, "", "2018-05-13"},
		{"a week ago", "زار الوزير القاهرة قبل أسبوع", "2018-05-23", false, "", "2018-05-16"},
		{"two days before another event is not two days ago", "وصل الوفد قبل يومين من الانتخابات", "2018-05-23", false, "", ""},
		{"a plural unit needs its count", "حدث ذلك قبل أيام", "2018-05-23", false, "", ""},
		{"next week", "يلتقي بوتين في موسكو الأسبوع المقبل", "2018-05-05", true, "", "2018-05-12"},
		{"month names, both systems", "كان آخرها في 30 نيسان/أبريل", "2018-05-05", false, "", "2018-04-30"},
		{"day list takes the month", "في 9 و 30 نيسان/أبريل أدت", "2018-05-05", false, "", "2018-04-09"},
		{"explicit year", "في 15 يناير 2017 وقع", "2018-05-05", false, "", "2017-01-15"},
		{"a future act on the publication's weekday is today", "ستعقد المنظمة اجتماعا طارئا الأربعاء", "2018-04-04", true, "", "2018-04-04"},
		{"a past year alone", "قمعت قوات الأمن احتجاجات عام 2013", "2018-02-19", false, "", "2013-01-01"},
		{"a past year after في", "وقعت الحادثة في 2015 قرب الحدود", "2018-02-19", false, "", "2015-01-01"},
		{"the current year says nothing more", "تنتهي الولاية في 2018", "2018-02-19", false, "", ""},
		{"a month and year", "وقعت في شيبوك في أبريل 2014 عندما خطفت", "2018-03-25", false, "", "2014-04-01"},
		{"the current month and year say nothing more", "في مارس 2018 أعلنت", "2018-03-25", false, "", ""},
		{"a month alone after في", "وحكم القضاء الفرنسي عليه في تشرين الأول/أكتوبر بالسجن", "2018-02-19", false, "", "2017-10-01"},
		{"a month alone after وفي, in both systems with a spaced slash", "وفي أكتوبر/ تشرين الأول، فرض عليه عقوبات", "2018-05-11", false, "", "2017-10-01"},
		{"a year after وفي", "وفي 2015 وقعت الحادثة", "2018-02-19", false, "", "2015-01-01"},
		{"a month and «من عام» and a year", "في ذكرى انسحاب الجيش السوري من لبنان في نيسان/ أبريل من عام 2005", "2018-04-30", false, "", "2005-04-01"},
		{"a month alone, to come", "تعقد القمة في يونيو", "2018-02-19", true, "", "2018-06-01"},
		{"a range of years opens at its first", "ضحايا هجمات بين عامي 2000 و2005", "2018-04-25", false, "", "2000-01-01"},
		{"at that time", "ما أثار استنكارا دوليا حينها", "2018-02-19", false, "2013-01-01", "2013-01-01"},
		{"levantine month", "في 12 أيار المقبل", "2018-05-05", true, "", "2018-05-12"},
		{"arabic-indic digits", "في ١٢ أيار/مايو", "2018-05-05", true, "", "2018-05-12"},
		{"previous year without year", "في 28 كانون الأول", "2018-01-10", false, "", "2017-12-28"},
		{"numeric date", "في 12/5/2018", "2018-05-20", false, "", "2018-05-12"},
		{"same day", "وفي وقت لاحق من اليوم نفسه، تلقى بوتين اتصالا", "2026-01-15", false, "2026-01-15", "2026-01-15"},
		{"same day with nothing before", "في اليوم نفسه", "2026-01-15", false, "", ""},
		{"the two is not monday", "الخلاف بين الاثنين", "2018-05-05", false, "", ""},
		{"a past month alone dates to its first day", "في نيسان الماضي", "2018-05-05", false, "", "2018-04-01"},
		{"impossible date", "في 31 شباط", "2018-05-05", false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokens(tt.text)
			exprs := Find(toks, 0, len(toks), lex)
			var prev time.Time
			if tt.previous != "" {
				prev = day(tt.previous)
			}
			got := ""
			if len(exprs) > 0 {
				if d, ok := exprs[0].Resolve(day(tt.published), tt.future, prev); ok {
					got = d.Format("2006-01-02")
				}
			}
			if got != tt.want {
				t.Errorf("%q published %s: got %q, want %q (expressions %+v)", tt.text, tt.published, got, tt.want, exprs)
			}
		})
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{"في 9 و 30 نيسان/أبريل 2018", "أمس الاثنين", "12/5/2018 غدا", "في ١٢ أيار/مايو", "اليوم نفسه 31 شباط 0/0/0"} {
		f.Add(s, int64(1525478400), true)
	}
	lex := testDates(f)
	f.Fuzz(func(t *testing.T, text string, unix int64, future bool) {
		toks := tokens(text)
		pub := time.Unix(unix%(1<<34), 0).UTC().Truncate(24 * time.Hour)
		prev := -1
		for _, e := range Find(toks, 0, len(toks), lex) {
			if e.First < prev || e.Last <= e.First || e.Last > len(toks) {
				t.Fatalf("bad expression %+v after %d of %d tokens", e, prev, len(toks))
			}
			prev = e.Last
			if d, ok := e.Resolve(pub, future, pub); ok && d.IsZero() {
				t.Fatalf("resolved %+v to the zero time", e)
			}
		}
	})
}
