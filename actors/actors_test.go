package actors

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"marsad"
	"marsad/arabic"
	"marsad/lexicon"
)

// testLexicon loads the parts of the lexicon this stage reads, from the
// project's data folder.
func testLexicon(tb testing.TB) *lexicon.Lexicon {
	tb.Helper()
	// The whole lexicon: names are told from words by the event and
	// reporting lexicons too (a verb or a reporting noun is no name).
	lex, err := lexicon.Load(os.DirFS("../data"))
	if err != nil {
		tb.Fatal(err)
	}
	return lex
}

func resolve(tb testing.TB, lex *lexicon.Lexicon, text, published string) *marsad.Document {
	tb.Helper()
	day, err := time.Parse("2006-01-02", published)
	if err != nil {
		tb.Fatal(err)
	}
	d := marsad.NewDocument("test", text, day)
	arabic.Analyze(d)
	if err := New(lex).Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// mentionCodes returns "text=CODE" for every mention, CODE "?" when
// unresolved.
func mentionCodes(d *marsad.Document) []string {
	var out []string
	for _, m := range d.Mentions {
		code := m.Code
		if code == "" {
			code = "?"
		}
		out = append(out, d.Surface(m.Span)+"="+code)
	}
	return out
}

func TestResolve(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		name      string
		text      string
		published string
		want      []string // text=CODE pairs that must be among the mentions
		absent    []string // texts that must not be mentions
	}{
		{"a name set in quotation marks after its kind",
			"هذا وذكرت وكالة \"وفا\" الرسمية الفلسطينية أن القوات الإسرائيلية قصفت موقعين", "2018-04-09",
			[]string{"وكالة \"وفا\"=PSEMED"}, nil},
		{"a role of a body named by its bare head takes that body's country",
			"وأكدت وزارة الخارجية الفرنسية أن الاجتماع عقد في موسكو مع ممثلي روسيا. وقالت المتحدثة باسم الوزارة إن الرد تأخر", "2018-04-12",
			[]string{"المتحدثة باسم الوزارة=FRAGOV"}, nil},
		{"an East Asian family name alone after the full name found after a role",
			"وقالت نائبة وزير الخارجية في كوريا الشمالية، تشوي سون هوي، إن القمة ممكنة. وردت تشوي على المقابلة بكلمات غاضبة", "2018-05-24",
			[]string{"تشوي=PRKGOV"}, nil},
		{"a weak country name after a preposition of place is the country",
			"وأكدت الجماعة مسؤوليتها عن الهجوم ردا على عملية عسكرية فرنسية في مالي", "2018-03-05",
			[]string{"مالي=MLI"}, nil},
		{"a weak adjective the document does not support gives a role no owner",
			"ورئيس المالية في الحزب فؤاد الكميم قال إن الوضع صعب", "2018-04-10",
			nil, []string{"رئيس المالية"}},
		{"a person named after a role of a stated nationality takes its code",
			"قضت محكمة في بغداد بالسجن لسبعة أشهر على مواطنة فرنسية تدعى ميلينا بوغدير", "2018-02-25",
			[]string{"ميلينا بوغدير=FRACVL"}, nil},
		{"a name set off by commas after a role posted to a body is the role's holder",
			"واتهم السفير الروسي إلى الاتحاد الأوروبي، فلاديمير شيزوف، بريطانيا بصناعة الغاز السام.", "2018-03-18",
			[]string{"فلاديمير شيزوف=RUSGOV"}, nil},
		{"a lexicon surname followed by a tribal family name names someone else",
			"وصف مندوب الكويت الدائم لدى الأمم المتحدة السفير منصور العتيبي، خلال مداخلته، الهجمات بأنها خطيرة.", "2018-03-27",
			[]string{"منصور العتيبي=KWTGOV"}, []string{"منصور"}},
		{"a role whose genitive is another role belongs to that one's country or organisation",
			"وقال نيكولاي ملادينوف، مبعوث الأمين العام للأمم المتحدة، إن الوضع خطير. وقال جايسن غرينبلات مبعوث الرئيس الأمريكي إلى الشرق الأوسط إن الوقت حان", "2018-03-27",
			[]string{"نيكولاي ملادينوف=IGOUNO", "جايسن غرينبلات=USAGOV"}, nil},
		{"a name set off after «قال فيها»",
			"وجاءت المداخلة ضمن جلسة قال فيها، نيكولاي ملادينوف، مبعوث الأمين العام للأمم المتحدة، إن الاستيطان غير قانوني. وحث ملادينوف إسرائيل على وقفه.", "2018-03-27",
			[]string{"نيكولاي ملادينوف=IGOUNO", "ملادينوف=IGOUNO"}, nil},
		{"a domestic body in a sentence that names no state is of the country the report is about",
			"أرسلت بريطانيا رسائل إلى النواب. وقال متحدث باسم الحكومة البريطانية إن لندن تحقق في الأمر. ونقلت وزارة الداخلية البريطانية عن الشرطة قولها إن المادة غير خطرة. وكانت الطرود قد وصلت صباحا. ويوم الثلاثاء قال متحدث إن شرطة العاصمة فحصت الرسائل.", "2018-03-13",
			[]string{"شرطة=GBRCOP"}, nil},
		{"no country dominates: a domestic body stays of no country",
			"زار وزير الخارجية الروسي أنقرة. والتقى نظيره التركي. وكانت الأجواء هادئة. ويوم الثلاثاء قال متحدث إن الشرطة فحصت الرسائل.", "2018-03-13",
			[]string{"الشرطة=---COP"}, nil},
		{"rebels are of the country the report is about, not of a foreign power named beside them",
			"قصفت القوات السورية مدينة دوما في الغوطة الشرقية. وقالت الحكومة السورية إن الجيش يتقدم في سوريا. وتتهم دمشق الفصائل بقصف العاصمة. واتهمت روسيا مسلحي المعارضة بخرق الهدنة.", "2018-03-01",
			[]string{"مسلحي المعارضة=SYRREB"}, nil},
		{"an international movement followed by a nationality is that country's society",
			"وقال الهلال الأحمر السوري إن التهدئة ساعدت على إجلاء زوجين. وقالت اللجنة الدولية للصليب الأحمر إن الوضع صعب.", "2018-03-01",
			[]string{"الهلال الأحمر السوري=SYRNGO", "اللجنة الدولية للصليب الأحمر=NGOHLHIRC"}, nil},
		{"a head noun with the article refers back to its organisation",
			"وقال حلف شمال الأطلسي إن الصفقة مقلقة. وهو ما دفع مسؤولي الحلف إلى تحذير تركيا", "2018-05-06",
			[]string{"مسؤولي الحلف=IGOWSTNAT"}, nil},
		{"an ally named by its nationality",
			"متهما طهران وحليفها اللبناني بدعم الجبهة", "2018-05-01",
			[]string{"حليفها اللبناني=LBN"}, nil},
		{"members of an organisation",
			"وأسفر عن مقتل ستة عناصر على الأقل من حركة المقاومة الإسلامية", "2018-05-05",
			[]string{"عناصر على الأقل من حركة المقاومة الإسلامية=PSEREBHMS"}, nil},
		{"his forces are the forces of the one named before",
			"نفى الجيش الإسرائيلي تورط قواته في انفجار وقع في غزة", "2018-05-05",
			[]string{"قوات=ISRMIL"}, nil},
		{"an adjective whose word begins with alef-lam takes the article too",
			"وقالت المستشارة الألمانية أنغيلا ميركل إن الاتفاق مهم", "2018-04-29",
			[]string{"المستشارة الألمانية=DEUGOV"}, nil},
		{"his country is the country of the one named before",
			"قال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده سترد", "2018-05-06",
			[]string{"بلاده=TUR"}, nil},
		{"his government, not the nearest country's",
			"وقال رئيس الوزراء الإسرائيلي إن حكومته لن تسمح بنقل أسلحة من سوريا إلى لبنان", "2018-05-27",
			[]string{"حكومت=ISRGOV"}, nil},
		{"a bare title refers to the official named before",
			"قال وزير الخارجية التركي إن الولايات المتحدة مخطئة. وأكد الوزير أن الحوار ممكن", "2018-05-06",
			[]string{"الوزير=TURGOV"}, nil},
		{"a name with the connector abu",
			"لكن المتحدث باسم الخارجية المصرية، أحمد أبو زيد، نفى الاتهامات", "2018-04-12",
			[]string{"أحمد أبو زيد=EGYGOV"}, nil},
		{"a deputy minister",
			"وهاجم نائب الوزير الكوري الشمالي مستشار الأمن القومي الأمريكي", "2018-05-16",
			[]string{"نائب الوزير الكوري الشمالي=PRKGOV"}, nil},
		{"a school takes the country of its place",
			"وقصفت الطائرات الروسية مدرسة في ريف إدلب", "2018-04-09",
			[]string{"مدرسة=SYREDU"}, nil},
		{"role with country adjective and holder",
			"مع كل من الرئيس الإيراني مسعود بزشكيان ورئيس الوزراء الإسرائيلي بنيامين نتنياهو", "2026-01-15",
			[]string{"الرئيس الإيراني=IRNGOV", "مسعود بزشكيان=IRNGOV", "رئيس الوزراء الإسرائيلي=ISRGOV", "بنيامين نتنياهو=ISRGOV"}, nil},
		{"office holder depends on the date",
			"وقال الرئيس الإيراني حسن روحاني إن بلاده لن تتفاوض", "2018-05-05",
			[]string{"الرئيس الإيراني=IRNGOV", "حسن روحاني=IRNGOV"}, nil},
		{"spokesman for an institution",
			"وكان المتحدث باسم الكرملين دميتري بيسكوف قد أكد", "2026-01-15",
			[]string{"المتحدث باسم الكرملين=RUSGOV", "دميتري بيسكوف=RUSGOV"}, nil},
		{"permanent representative, apposition after comma",
			"أطلقها أمس مندوب روسيا الدائم لدى الأمم المتحدة، فاسيلي نيبينزيا، حذر فيها", "2026-01-15",
			[]string{"مندوب روسيا=RUSGOV", "الأمم المتحدة=IGOUNO", "فاسيلي نيبينزيا=RUSGOV"}, nil},
		{"secretary-general of an organisation with lam",
			"طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش بإجراء تحقيق مستقل", "2018-03-31",
			[]string{"الأمين العام للأمم المتحدة=IGOUNO", "أنطونيو غوتيريش=IGOUNO"}, nil},
		{"source in an administration",
			"ونفى مصدر في الإدارة الأمريكية المزاعم", "2018-04-09",
			[]string{"مصدر في الإدارة الأمريكية=USAGOV"}, nil},
		{"army with adjective after a filler",
			"لقوات الدفاع الإسرائيلية، الإثنين", "2018-04-09",
			[]string{"قوات الدفاع الإسرائيلية=ISRMIL"}, nil},
		{"coordinated countries resolve Oman",
			"من بينها السعودية وقطر وعمان ومصر، وجّهت نداءات مماثلة إلى واشنطن", "2026-01-15",
			[]string{"السعودية=SAU", "قطر=QAT", "عمان=OMN", "مصر=EGY", "واشنطن=USAGOV"}, nil},
		{"Amman as the Jordanian capital",
			"وصل الوزير إلى العاصمة الأردنية عمان أمس", "2018-04-09",
			[]string{"عمان=JOR"}, nil},
		{"ambiguous Amman without context stays unresolved",
			"وصل الوفد إلى عمان أمس", "2018-04-09",
			[]string{"عمان=?"}, nil},
		{"capital as place after fi",
			"وقال في موسكو إن المحادثات بناءة", "2018-04-09",
			[]string{"موسكو=RUS"}, nil},
		{"weak country name without support is a word",
			"قدمت الحكومة دعما مالي للمزارعين", "2018-04-09",
			nil, []string{"مالي"}},
		{"surname after full name",
			"وقال دميتري بيسكوف إن الكرملين يرحب. وأضاف بيسكوف أن", "2026-01-15",
			[]string{"دميتري بيسكوف=RUSGOV", "بيسكوف=RUSGOV"}, nil},
		{"tilde surname needs the full name first",
			"وقال الأسد في خطابه", "2018-04-09",
			nil, []string{"الأسد"}},
		{"tilde surname after the full name",
			"التقى بشار الأسد الوفد. وقال الأسد إن", "2018-04-09",
			[]string{"بشار الأسد=SYRGOV", "الأسد=SYRGOV"}, nil},
		{"nisba adjective is not a role noun",
			"حتى في ظل استمرار الاحتجاجات الداخلية الإيرانية", "2026-01-15",
			[]string{"الإيرانية=IRN"}, []string{"الداخلية الإيرانية"}},
		{"quoted newspaper name",
			"فقد كشفت صحيفة “نيويورك تايمز” أن نتنياهو نفسه طلب", "2026-01-15",
			[]string{"صحيفة “نيويورك تايمز”=USAMED", "نتنياهو=ISRGOV"}, nil},
		{"definite description refers back",
			"كشفت صحيفة نيويورك تايمز أن الهجوم أرجئ. كما أشارت الصحيفة إلى أن", "2026-01-15",
			[]string{"الصحيفة=USAMED"}, nil},
		{"unknown person after a role and comma",
			"وحذر مساعد الأمين العام للأمم المتحدة للشؤون السياسية، تايي-بروك زيريهون، من أن الوضع", "2018-03-31",
			[]string{"تايي-بروك زيريهون=IGOUNO"}, nil},
		{"assistant and deputy of a secretary-general are the organisation's",
			"وأعلنت نائبة الأمين العام للأمم المتحدة أمينة محمد أن وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية سيزور", "2019-05-02",
			[]string{"نائبة الأمين العام للأمم المتحدة=IGOUNO", "وكيل الأمين العام للأمم المتحدة=IGOUNO"}, nil},
		{"a given name none of the president's names before his surname is someone else",
			"وطالب بالإفراج عن صلاح عبد السلام المشتبه به الرئيسي. ووالده مصطفى بري كان أحد وجهاء البلدة", "2018-03-20",
			[]string{"صلاح عبد السلام=?", "مصطفى بري=?"}, nil},
		{"a person named after a profession or «يدعى»",
			"بعد أيام على وضع المدون والصحافي وائل عباس قيد الحبس. وعثرت الشرطة على جثة رجل يدعى نيكولا جلوشكوف", "2018-05-25",
			[]string{"وائل عباس=?", "نيكولا جلوشكوف=?"}, nil},
		{"a statement noun before a surname is no given name",
			"وقال زعيم حزب العمال جيريمي كوربن إن الضربات خاطئة. ووفق بيان كوربن فإن القنابل لن تنقذ الأرواح", "2018-04-14",
			[]string{"كوربن=GBROPP"}, nil},
		{"government forces act at home: the context gives their country",
			"وقال المرصد إن الغوطة الشرقية قرب دمشق تتعرض لهجوم، حيث تشن قوات النظام هجوما عنيفا منذ أسابيع.", "2018-03-12",
			[]string{"قوات النظام=SYRMIL"}, nil},
		{"a bare definite noun refers back to the body it heads",
			"أعلنت لجنة الاستخبارات في مجلس النواب الأمريكي الاثنين نتائج تحقيقها. كذلك فإن اللجنة رفضت الاستنتاج.", "2018-03-13",
			[]string{"لجنة الاستخبارات=USALEG", "اللجنة=USALEG"}, nil},
		{"the ministry is the one named before, not the nearest government",
			"وفي بيان نشرته وزارة الخارجية الفلبينية، الإثنين، ذكرت ترحيبها بالحكم. وتفكر السلطات اللبنانية في تسليمه. وذكرت الوزارة ببيانها أن السفارة حصلت على نسخة.", "2018-04-03",
			[]string{"الوزارة=PHLGOV"}, nil},
		{"a definite adjective after the noun names another body",
			"أعلنت لجنة الاستخبارات في مجلس النواب الأمريكي نتائج تحقيقها. وقالت اللجنة الأولمبية إن الألعاب ستقام.", "2018-03-13",
			nil, []string{"اللجنة الأولمبية"}},
		{"a surname after the full name takes the full name's code",
			"أعلن مندوب سوريا لدى الأمم المتحدة بشار الجعفري الجمعة أن المدنيين خرجوا. وأكد الجعفري أن الحكومة سمحت بدخول قافلة.", "2018-03-16",
			[]string{"بشار الجعفري=SYRGOV", "الجعفري=SYRGOV"}, nil},
		{"a nationality right before an unknown name is the person's country",
			"بعد اكتشاف جثتها في شقة اللبناني نادر عصام عساف، وزوجته سورية الجنسية منى حسون.", "2018-04-03",
			[]string{"نادر عصام عساف=LBN", "منى حسون=SYR"}, nil},
		{"a place after a definite armed group is the verb's object, not the group's owner",
			"وقصفت فصائل المعارضة السورية الغوطة الشرقية. وغادر مسلحو المعارضة مدينة دوما.", "2018-04-15",
			[]string{"فصائل المعارضة السورية=SYRREB", "الغوطة الشرقية=SYR", "مسلحو المعارضة=SYRREB"}, nil},
		{"a counter-terrorism unit is police of the country in context",
			"وقالت الشرطة البريطانية إن وحدة مكافحة الإرهاب في شمال شرق إنجلترا تحقق في الرسائل.", "2018-03-11",
			[]string{"وحدة مكافحة الإرهاب=GBRCOP"}, nil},
		{"the subject of a reporting verb closed by a comma is a name the lists lack",
			"وقال مارك سيدويل، مستشار الأمن القومي البريطاني، إن الحكومة تتابع القضية.", "2018-03-10",
			[]string{"مارك سيدويل=GBRGOV"}, nil},
		{"the subject of a reporting verb closed by a title in apposition",
			"وتقول لين معلوف، مديرة البحوث في برنامج الأغذية العالمي، إن الأسعار ارتفعت.", "2018-03-10",
			[]string{"لين معلوف=IGOUNOWFP"}, nil},
		{"a verb's complement with a preposition is no name",
			"وطالبت العائلة باعتذار رسمي، وفقا لما نقلت وكالة الأنباء. وتشير لقطات فيديو، وشهادات شهود عيان إلى سقوط قتلى.", "2018-03-10",
			nil, []string{"باعتذار رسمي", "لقطات فيديو"}},
		{"a feminine title the files give only in the masculine",
			"وقالت عضوة البرلمان البريطاني ناز شاه، عبر صفحتها على فيسبوك إن الرسالة مزعجة.", "2018-03-10",
			[]string{"عضوة البرلمان البريطاني=GBRLEG", "ناز شاه=GBRLEG"}, nil},
		{"a Chinese family name after the full name, and a verb with its object pronoun ends it",
			"وتحدث ترامب مع نظيره الصيني شي جين بينغ. وقال: الرئيس شي أبلغني بأنه يقدر عملنا.", "2018-03-10",
			[]string{"الرئيس=CHNGOV", "شي=CHNGOV"}, []string{"شي أبلغني"}},
		{"a hashtag's words are read as words",
			"أكد قائد محور صعدة في #الجيش_اليمني أن #الميليشيات_الحوثية تعيش حالة من الإرباك.", "2018-04-04",
			[]string{"الجيش_اليمني=YEMMIL", "الميليشيات_الحوثية=YEMREB"}, nil},
		{"a lexicon surname followed by a family name with the article names someone else",
			"وقال العميد عبيد الأثلة، إن الحوثيين تراجعوا.", "2018-04-04",
			[]string{"عبيد الأثلة=?"}, []string{"عبيد"}},
		{"a state's own medium gives its sentence's country; the country of an HQ in apposition the sentence before does not",
			"وكان المرصد السوري لحقوق الإنسان، ومقره بريطانيا، قال السبت إن المعارك مستمرة. وأفاد التلفزيون الرسمي السوري بأن العملية جاءت بعد ثلاثة أسابيع من بدء هجوم قوات الحكومة.", "2018-03-11",
			[]string{"قوات الحكومة=SYRMIL"}, nil},
		{"a nationality before «يدعى» gives the name after it its country",
			"وعثرت الشرطة البريطانية على جثة رجل روسي يُدعى نيكولا جلوشكوف بمنزله في لندن.", "2018-03-13",
			[]string{"نيكولا جلوشكوف=RUS"}, nil},
		{"a system or an order is no regime",
			"يهدف التدخل إلى تغيير النظام الدستوري لدولة ذات سيادة. وقال إن النظام السوري قصف المدينة.", "2026-01-15",
			[]string{"النظام السوري=SYRGOV"}, []string{"النظام", "النظام الدستوري"}},
		{"a nationality before any title gives the name after it its country",
			"وشدد الملياردير السعودي الأمير الوليد بن طلال على أهمية دور المرأة.", "2018-03-13",
			[]string{"الوليد بن طلال=SAU"}, nil},
		{"an assistant to a president in apposition after the name",
			"وقال عبد الرحمن المهدي، مساعد الرئيس السوداني، ان القرار جاء بتوجيهات الرئيس.", "2018-02-19",
			[]string{"عبد الرحمن المهدي=SDNGOV", "مساعد الرئيس السوداني=SDNGOV"}, nil},
		{"a title with a department the lexicon does not know, in an organisation",
			"وقالت سارة ليا ويتسن، مديرة قسم الشرق الأوسط في هيومن رايتس ووتش، إن السلطات تحتجز الناشطين.", "2018-05-06",
			[]string{"سارة ليا ويتسن=NGOHRI", "مديرة قسم الشرق الأوسط في هيومن رايتس ووتش=NGOHRI"}, nil},
		{"city coded by its country",
			"على قاعدة جوية بمدينة حمص السورية", "2018-04-09",
			[]string{"حمص=SYR"}, nil},
		{"state television",
			"وذكر التلفزيون الرسمي السوري، صباح الإثنين", "2018-04-09",
			[]string{"التلفزيون الرسمي السوري=SYRMED"}, nil},
		{"UN adjective",
			"حث مسؤول أممي بارز إسرائيل على الالتزام", "2018-03-31",
			[]string{"مسؤول أممي=IGOUNO", "إسرائيل=ISR"}, nil},
		{"responsibility is not an official",
			"المزاعم حول مسؤولية الولايات المتحدة عن الهجوم", "2018-04-09",
			[]string{"الولايات المتحدة=USA"}, []string{"مسؤولية الولايات المتحدة"}},
		{"a short name after a role must fit the role",
			"وذكر الناشط السوري بأن الاتفاق تم بين اللجنة المدنية والجانب الروسي", "2018-04-01",
			nil, []string{"بأن"}},
		{"of the people of a short name, the role picks the one it fits",
			"وقال الزعيم الكوري الشمالي كيم إن بلاده مستعدة للقمة", "2018-05-16",
			[]string{"كيم=PRKGOV"}, nil},
		{"one word after a role is a name only when people bear it",
			"وذكر مسؤول عسكري على صلة بالخطط أن القرار لم يتخذ. وأعرب قادة دول العالم عن غضبهم", "2018-02-18",
			nil, []string{"عسكري", "دول"}},
		{"an unknown surname after a role and a name word",
			"دعا نائب وزير الخارجية الروسي ميخائيل بوغدانوف إيران إلى ضبط النفس", "2018-05-10",
			[]string{"ميخائيل بوغدانوف=RUSGOV"}, nil},
		{"a reporting noun starts no name",
			"ووفق بيان كوربن فإن القنابل لن تنقذ الأرواح", "2018-04-14",
			nil, []string{"بيان كوربن"}},
		{"a role after the name gives its code",
			"من جانبه، قال سيرغي كيزلياك، سفير روسيا السابق لدى الولايات المتحدة، إن الرد سيكون قاسيا", "2018-03-14",
			[]string{"سيرغي كيزلياك=RUSGOV"}, nil},
		{"a dateline's country is not whose the activist is",
			"أتلانتا، الولايات المتحدة الأمريكية (CNN)-- أكد الناشط بلال أبو صلاح التوصل إلى اتفاق", "2018-04-01",
			[]string{"الناشط=---OPP"}, nil},
		{"a body is owned by the one leading it",
			"ذكر التحالف العسكري الذي تقوده السعودية في اليمن بأن القوات اليمنية تتقدم. وأعلن التحالف العسكري بقيادة الرياض انتهاء العملية", "2018-05-28",
			[]string{"التحالف العسكري الذي تقوده السعودية=SAUMIL", "التحالف العسكري بقيادة الرياض=SAUMIL"}, nil},
		{"a body's leader past where it acts",
			"أعلن التحالف العسكري في اليمن بقيادة السعودية الاثنين أن القوات باتت على بعد 20 كلم", "2018-05-28",
			[]string{"التحالف العسكري في اليمن بقيادة السعودية=SAUMIL"}, nil},
		{"a noun after a name is no adjective of it",
			"ويطالب حزب العمال البريطاني الحكومة البريطانية بالعمل على وقف لإطلاق النار في سوريا", "2018-04-14",
			[]string{"حزب العمال البريطاني=GBRPTY", "الحكومة البريطانية=GBRGOV"}, nil},
		{"a spokesman's name after whose he is and his rank",
			"وقال المتحدث باسم التحالف العقيد الركن طيار تركي المالكي في مؤتمر صحافي في الرياض إن العمليات مستمرة", "2018-05-28",
			[]string{"المتحدث=SAUMIL", "تركي المالكي=SAUMIL"}, nil},
		{"a dateline's country is a place, and a surname after the office named before",
			"دبي، الإمارات العربية المتحدة (CNN) -- انتقد الرئيس الإيراني بشدة تصريحات بومبيو. ونقلت وكالة فارس عن روحاني قوله", "2018-05-22",
			[]string{"روحاني=IRNGOV"}, nil},
		{"compound names written as one word",
			"وقالت عائلة المرشح الرئاسي المصري الأسبق عبدالمنعم أبوالفتوح في بيان إن الاتهامات باطلة", "2018-02-22",
			[]string{"عبدالمنعم أبوالفتوح=EGYPTY"}, nil},
		{"a role takes the code of the known person named after it, not the context's",
			"وقال وزيرا الخارجية والتنمية الدولية، بوريس جونسون، وبيني موردونت، في بيان مشترك، بمناسبة مرور ثلاثة أعوام على بدء التحالف العربي، بقيادة السعودية، تدخله العسكري", "2018-03-26",
			[]string{"وزيرا الخارجية=GBRGOV"}, nil},
		{"a short form that begins someone else's name is not that person",
			"وقال نائب وزير الخارجية الإيراني عباس عرقجي، بحسب ما نقلت عنه وكالة إيسنا، إن الولايات المتحدة مصممة", "2018-03-14",
			[]string{"عباس عرقجي=IRNGOV"}, nil},
		{"a name right after the organisation a title ends on is its member's",
			"في المقابل، قالت عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية حنان عشراوي، في بيان، إن الافتتاح خطير. واعتبرت عشراوي أن القرار مستفز", "2018-05-16",
			[]string{"حنان عشراوي=PSEGOV", "عشراوي=PSEGOV"}, nil},
		{"its head (a pronoun on a role) is the government of the state named before, and so is the name after it",
			"وشارك نتنياهو في مراسم افتتاح سفارة غواتيمالا بحضور رئيسها جيمي موراليس. وقال نتنياهو لموراليس إن", "2018-05-16",
			[]string{"جيمي موراليس=GTMGOV", "موراليس=GTMGOV"}, nil},
		{"a capital after في and a hashtag mark is a place",
			"وألقوا القنابل الحارقة في بداية المسيرة في #باريس", "2018-05-01",
			[]string{"باريس=FRA"}, nil},
		{"demanded is not a student",
			"طالب الرئيس بإجراء تحقيق", "2018-04-09",
			nil, []string{"طالب"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := resolve(t, lex, tt.text, tt.published)
			got := mentionCodes(d)
			have := map[string]bool{}
			texts := map[string]bool{}
			for _, g := range got {
				have[g] = true
				texts[g[:strings.LastIndex(g, "=")]] = true
			}
			for _, w := range tt.want {
				if !have[w] {
					t.Errorf("missing %s; mentions: %v", w, got)
				}
			}
			for _, a := range tt.absent {
				if texts[a] {
					t.Errorf("%q should not be a mention; mentions: %v", a, got)
				}
			}
			checkMentions(t, d)
		})
	}
}

// checkMentions checks the invariants of the mention layer: spans inside
// the text, non-empty, in token order; refs point to earlier mentions.
func checkMentions(t testing.TB, d *marsad.Document) {
	t.Helper()
	n := d.Runes()
	for i, m := range d.Mentions {
		if m.Start < 0 || m.End > n || m.End <= m.Start {
			t.Fatalf("mention %d %+v: span outside text of %d code points", i, m.Span, n)
		}
		if i > 0 && m.First < d.Mentions[i-1].First {
			t.Fatalf("mention %d out of order", i)
		}
		if m.Ref >= len(d.Mentions) {
			t.Fatalf("mention %d: ref %d out of range", i, m.Ref)
		}
	}
}
