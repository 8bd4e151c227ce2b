package quotes_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"marsad"
	"marsad/coder"
)

func code(tb testing.TB, text, published string) *marsad.Document {
	tb.Helper()
	p, err := coder.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	day, _ := time.Parse("2006-01-02", published)
	d := marsad.NewDocument("t", text, day)
	if err := p.Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestSpeakers(t *testing.T) {
	tests := []struct {
		name, text, published string
		quote, speaker, verb  string // speaker: code prefix; "" = no quote expected
		source                string
	}{
		{"a resumptive pronoun names the statement's author", "جاء ذلك عقب كلمة لزعيم جماعة \"أنصار الله\" اليمنية عبدالملك الحوثي بمناسبة ذكرى بدء عملية \"عاصفة الحزم\" التي يشنها التحالف العربي ضد الحوثيين، قال فيها إن \"العدوان الأمريكي السعودي\" سيفشل.", "2018-03-26",
			"العدوان الأمريكي السعودي", "YEM", "قال", ""},
		{"words taken from a named person by an agency", "الرئيس الإيراني حسن روحاني انتقد بومبيو. ونقلت وكالة فارس الإيرانية عن روحاني قوله: \"إن علينا أن نساعد بعضنا\".", "2018-05-22",
			"إن علينا أن نساعد بعضنا", "IRNGOV", "قوله", ""},
		{"addressing someone, after a dateline", "دبي، الإمارات العربية المتحدة (CNN) -- انتقد الرئيس الإيراني بشدة تصريحات وزير الخارجية الأمريكي مايك بومبيو، مخاطبا اياه: \"من أنت لتتخذ القرار بشأن ايران؟\"", "2018-05-22",
			"من أنت لتتخذ القرار", "IRNGOV", "مخاطبا", ""},
		{"a speaker goes on past narrative sentences", "وقال المتحدث باسم التحالف العقيد الركن طيار تركي المالكي في مؤتمر صحافي في الرياض \"لم يتبق إلى الحديدة إلا 20 كلم\". وتهدف هذه العملية إلى التقدم نحو الميناء. ويرى الحوثيون في الميناء شريانا. وأضاف \"سقطت الدفاعات مصحوبة بحالة انهيار\".", "2018-05-28",
			"سقطت الدفاعات", "SAU", "وأضاف", ""},
		{"the subject after a role the lexicon does not know, past its genitive", "في المقابل، قالت عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية حنان عشراوي، في بيان، إن افتتاح السفارة أمر \"خطير ومستفز\".", "2018-05-16",
			"خطير ومستفز", "PSE", "بيان", ""},
		{"a surname before «أثناء» is no given name", "أكد وزير الخارجية العراقي إبراهيم الجعفري أن بلاده ترفض التدخل. وقال الجعفري أثناء لقائه نائب وزير الخارجية التركي أحمد يلمز، في بغداد: \"لن نسمح بتواجد أي قوات على أراضينا\".", "2018-03-21",
			"لن نسمح بتواجد", "IRQ", "وقال", ""},
		{"a nationality describing a noun before the verb is not its subject", "وتطرق كوشنر في كلمته إلى الموضوع الإيراني، فقال: \"التصعيد الإيراني يهدد جميع مواطني المنطقة\".", "2018-05-14",
			"التصعيد الإيراني يهدد", "USA", "فقال", ""},
		{"a verb that names with a quoted label does not govern the next quotation", "وكان رئيس الأركان الإيراني اللواء محمد باقري قال إن بعض المناطق التي تخضع لمن وصفهم بـ\"الإرهابيين\" ستبقى خارج القرار \"وستستمر عمليات تطهيرها من الإرهاب\".", "2018-02-25",
			"وستستمر عمليات تطهيرها", "IRN", "قال", ""},
		{"a reporting verb that opens its sentence goes on with the speaker quoted before, not a country named in between", "وقالت رئيسة الوزراء تيريزا ماي إن الضربات كانت \"الشيء الصائب\". وأضافت إن الضربات أدت إلى تجريد سوريا من القدرة على استخدام الأسلحة الكيميائية. وعبرت عن اعتقادها بأن \"هذا العمل الجماعي يرسل رسالة واضحة\".", "2018-04-16",
			"هذا العمل الجماعي", "GBR", "وعبرت", ""},
		{"a new person opening the sentence before takes the next «وقال»", "وقال نائب وزير الخارجية الإيراني عباس عرقجي \"الولايات المتحدة مصممة على الانسحاب من الاتفاق\". وذكر الرئيس الأمريكي دونالد ترامب الملف النووي الإيراني بين الأسباب. وقال \"بالنسبة للاتفاق الإيراني، كنت أقول إنه رهيب\".", "2018-03-13",
			"كنت أقول إنه رهيب", "USA", "وقال", ""},
		{"an actor in the main clause of the sentence before takes the next subjectless verb", "وأدانت إسرائيل القرار في بيان وصنفته كجزء من \"النفاق والسخافة\". ووافق مجلس الأمم المتحدة لحقوق الإنسان على قرار يدعو لإرسال لجنة تحقيق. ويدعو القرار إلى \"إرسال لجنة دولية مستقلة بشكل عاجل\".", "2018-05-18",
			"إرسال لجنة دولية", "IGO", "ويدعو", ""},
		{"a definite statement noun takes no genitive: what follows the verb is its object", "وأصدر وزير الإدارة المحلية اليمني عبدالرقيب فتح بيانا. ودعا البيان منسق الشؤون الإنسانية للأمم المتحدة، مارك لوكوك، \"بسرعة التدخل للإفراج عن الموظفين الأمميين\".", "2018-05-02",
			"بسرعة التدخل", "YEM", "البيان", ""},
		{"verb then subject (VSO)", "وقالت وزارة الخارجية الإسرائيلية إن الاحتجاجات \"محاولة متعمدة لافتعال مواجهات\".", "2018-03-31",
			"محاولة متعمدة لافتعال مواجهات", "ISRGOV", "وقالت", ""},
		{"subject then verb (SVO)", "وكان المتحدث باسم الكرملين دميتري بيسكوف قد أكد أن “روسيا تقدم الدعم لجميع دول المنطقة”.", "2026-01-15",
			"روسيا تقدم الدعم", "RUSGOV", "أكد", ""},
		{"a participle that does not agree with the verb's subject describes the nearest mention it agrees with", "وأعلن الجيش توقيف الرجل، ما أثار غضب طهران معتبرة أن \"الاعتقال غير قانوني\".", "2018-04-12",
			"الاعتقال غير قانوني", "IRN", "معتبرة", ""},
		{"what follows a complementizer is not the subject of the verb before it", "ودعت روسيا البلدين إلى ضبط النفس، لكن الولايات المتحدة قالت إن إيران تتحمل \"المسؤولية الكاملة عن التصعيد\".", "2018-05-11",
			"المسؤولية الكاملة", "USA", "قالت", ""},
		{"words taken from an official whose country his title names", "ونقلت صحيفة \"الراي\" الكويتية عن السفير الفلبيني قوله إن \"القرار سيكون بعد نتائج المباحثات\".", "2018-03-12",
			"القرار سيكون", "PHL", "قوله", ""},
		{"a participle does not share the subject of a relative clause's verb", "واتهم لافروف الخوذ البيضاء بالوقوف خلف ما وصفها بـ\"الخدعة\" قائلا: \"سيكون هناك المزيد من الخدع\".", "2018-02-26",
			"سيكون هناك المزيد", "RUS", "قائلا", ""},
		{"a continuing verb with a participle of saying goes on with the speaker, as coded before", "قال أيمن دين، الجاسوس الذي زرعته الاستخبارات البريطانية داخل التنظيم، إن \"التنظيم لا يزال قويا\". وتابع قائلا: \"ما لم تواجه الأيديولوجية فإن الجماعات ستستمر\".", "2018-05-27",
			"ما لم تواجه الأيديولوجية", "GBR", "قائلا", ""},
		{"participle shares the subject", "وبحسب بيان صادر عن الكرملين، قدم بوتين لنتنياهو مقترحات، داعيًا إلى “تكثيف الجهود الدبلوماسية”.", "2026-01-15",
			"تكثيف الجهود", "RUSGOV", "داعيًا", "بيان صادر عن الكرملين"},
		{"no reporting word: the agent before, not the lam object", "قدم بوتين لنتنياهو “مقاربات لتعزيز الاستقرار في الشرق الأوسط”.", "2026-01-15",
			"مقاربات لتعزيز", "RUSGOV", "", ""},
		{"implicit subject after fiha", "بعد ساعات من تغريدة نشرها ترامب، وصف فيها الرئيس السوري بشار الأسد بـ \"الحيوان\" وأنه \"سيدفع ثمناً باهظاً\".", "2018-04-09",
			"سيدفع ثمنا باهظا", "USA", "وصف", ""},
		{"implicit subject of a sentence-initial verb", "قدم بوتين لنتنياهو مقترحات. كما شدّد على “أهمية تفعيل الخطوات السياسية”.", "2026-01-15",
			"أهمية تفعيل", "RUSGOV", "شدّد", ""},
		{"caller informs the receiver", "تلقى بوتين اتصالا من الرئيس الإيراني مسعود بزشكيان، أطلعه خلاله على “الجهود الحثيثة التي تبذلها القيادة الإيرانية”.", "2026-01-15",
			"الجهود الحثيثة", "IRN", "أطلعه", ""},
		{"unresolved official takes context", "وفي طلب للتعليق لقوات الدفاع الإسرائيلية، نفى مسؤول إعلامي التعليق، قائلاً: \"قوات الدفاع الإسرائيلية ترفض التعليق حالياً.\"", "2018-04-09",
			"ترفض التعليق", "ISR", "قائلاً", ""},
		{"postposed attribution", "«لن نسمح بتكرار ما حدث»، قال وزير الخارجية الإيراني محمد جواد ظريف.", "2018-04-09",
			"لن نسمح بتكرار", "IRNGOV", "قال", ""},
		{"newspaper as source", "وقال مسؤولون أمريكيون لصحيفة نيويورك تايمز إن “الضربة مؤجلة”.", "2026-01-15",
			"الضربة مؤجلة", "USAGOV", "وقال", ""},
		{"a quoted name is not a quote", "فقد كشفت صحيفة “نيويورك تايمز” أن نتنياهو طلب التأجيل.", "2026-01-15",
			"", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := code(t, tt.text, tt.published)
			if tt.quote == "" {
				if len(d.Quotes) != 0 {
					t.Errorf("want no quote, got %d: %q", len(d.Quotes), d.Surface(d.Quotes[0].Span))
				}
				return
			}
			for _, q := range d.Quotes {
				text := d.Surface(q.Span)
				if !strings.Contains(strings.ReplaceAll(text, "ً", ""), strings.ReplaceAll(tt.quote, "ً", "")) {
					continue
				}
				if !strings.HasPrefix(q.SpeakerCode, tt.speaker) {
					speaker := ""
					if q.Speaker >= 0 {
						speaker = d.Surface(d.Mentions[q.Speaker].Span)
					}
					t.Errorf("quote %q: speaker %s (%q, rule %s), want %s", text, q.SpeakerCode, speaker, q.Rule, tt.speaker)
				}
				if q.VerbText != tt.verb {
					t.Errorf("quote %q: verb %q, want %q", text, q.VerbText, tt.verb)
				}
				if q.Source != tt.source {
					t.Errorf("quote %q: source %q, want %q", text, q.Source, tt.source)
				}
				return
			}
			t.Errorf("no quote containing %q among %d", tt.quote, len(d.Quotes))
		})
	}
}
