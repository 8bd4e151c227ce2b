package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"marsad"
	"marsad/arabic"
	"marsad/lexicon"
)

func TestBoilerplate(t *testing.T) {
	lex, err := lexicon.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join([]string{
		"بوتين يسعى لإزالة التوتر",                           // 0 headline
		"بوتين يسعى لإزالة التوتر",                           // 1 repeated headline
		"كثفت روسيا جهودها الدبلوماسية. وشددت على الحوار.",   // 2 news, two sentences
		"اقرأ.. سوريا: اتفاق على خروج جيش الإسلام من الغوطة", // 3 related link
		"أيضاً.. كولينز: مهاجمة منشآت سورية خيار",            // 4 related link
		"أيضا أعلنت الحكومة خطة جديدة.",                      // 5 news that starts with أيضا
		"اقرأ أيضا روسيا تحذر من التصعيد",                    // 6 related link
		"المصدر: RT",   // 7 credit
		"اترك تعليقاً", // 8 comment form
		"لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", // 9
		"وقال الوزير إن بلاده ترحب بالمبادرة.",                                // 10 news
		"واشنطن توقف أكثر من نصف تمويلها لوكالة غوث",                          // 11 a related story's headline among the paragraphs
		"وأضاف أن الحوار هو السبيل الوحيد.",                                   // 12 news
		"كيف بدأت الأزمة؟",                                      // 13 a subheading that asks
		"وكانت الأزمة قد بدأت في نوفمبر.",                       // 14 news
		"قد يهمك.. تركيا تتهم مصر بدعم الإرهاب",                 // 15 related link
		"وشدد على ضرورة ضبط النفس.",                             // 16 news
		"تركيا تؤكد استمرار العملية.. وأردوغان: الأسد \"قاتل\"", // 17 a headline joined by two dots
		"وذكرت الوكالة أن الوزارة عرضت الأدلة.",                 // 18 news
		"أقرأ أيضا:", // 19 a lead-in
		"الطائرات البريطانية \"استهدفت موقعا لتخزين مكونات لتصنيع أسلحة كيميائية\"", // 20 its links, one per line
		"أمريكا وبريطانيا وفرنسا يقصفون أهدافا في سوريا",                            // 21
		"الحرب السورية: من يقاتل من؟ ولماذا؟",                                       // 22
		"ووفق بيان كوربن فإن \"القنابل لن تنقذ الأرواح أو تجلب السلام\".",           // 23 news again
		"اقرأ أيضا:", // 24 a lead-in
		"وقال الوزير إن الحكومة ماضية في خطتها.", // 25 news: no link followed
	}, "\n\n")
	d := marsad.NewDocument("t", text, time.Time{})
	arabic.Analyze(d)
	if err := NewBoilerplate(lex).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	wantBoiler := map[int]bool{1: true, 3: true, 4: true, 6: true, 7: true, 8: true, 9: true, 11: true, 15: true, 17: true,
		19: true, 20: true, 21: true, 22: true, 24: true}
	for _, s := range d.Sentences {
		if s.Boiler != wantBoiler[s.Paragraph] {
			t.Errorf("paragraph %d %q: boiler %v, want %v", s.Paragraph, d.Surface(s.Span), s.Boiler, wantBoiler[s.Paragraph])
		}
	}
}
