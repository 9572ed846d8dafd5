"""Summaries in other languages: the example clusters of examples/ (written
for the project, one invented event each, in French, Russian, Greek, Arabic,
Hindi, Chinese, Japanese, Turkish and Korean; and in tests/data/no-profile
Vietnamese, Estonian, Icelandic, Latvian, Swahili, Slovak, Croatian and
Albanian, which have no profile and are `und`) through the CLI.  Each document's language is
identified, every summary sentence ends like a sentence of its script and
comes from the cluster, --language forces the analysis, and a cluster that
mixes languages analyses each document in its own."""
import json
import os

from util import SRC, check, done, run

EXAMPLES = {"fr-bridge": "fr", "ru-flood": "ru", "el-ferry": "el", "ar-water": "ar",
            "hi-metro": "hi", "zh-library": "zh", "ja-typhoon": "ja", "tr-metro": "tr",
            "ko-bridge": "ko",
            # languages without a profile (session 35, issue 18), in
            # tests/data/no-profile (examples/ are one story each, and these
            # Estonian and Latvian reports are not yet: docs/languages.md):
            # und, not the nearest profile (Portuguese, Finnish, Hungarian,
            # Lithuanian)
            "../tests/data/no-profile/vi-landslide": "und",
            "../tests/data/no-profile/et-ship": "und",
            "../tests/data/no-profile/is-eruption": "und",
            "../tests/data/no-profile/lv-roof": "und",
            # Swahili (session 36, one story, one language): by itself the
            # first report is Spanish (ya, la, na: a tenth of its words) and
            # the headline English; beside the two firm `und` reports, `und`
            "../tests/data/no-profile/sw-flood": "und",
            # Slovak, Croatian and Albanian (session 37): their reports fit
            # the alphabet of a language without a profile (CLDR's) and
            # not the profile they were named (Czech, Czech, French): und;
            # the headlines, too short to say, take it from the reports
            "../tests/data/no-profile/sk-flood": "und",
            "../tests/data/no-profile/hr-flood": "und",
            "../tests/data/no-profile/sq-flood": "und"}
ENDS = (".", "!", "?", "…", "।", "؟", "。", "！", "？", ";", "»", "”", "」", "\"")

for name, lang in EXAMPLES.items():
    path = os.path.join(SRC, "examples", name)
    rc, out, err = run(["-f", "json", "-w", "80", path])
    check(rc == 0, "%s: exit 0 (%s)" % (name, err))
    if rc:
        continue
    j = json.loads(out)
    langs = [d["language"] for d in j["documents"]]
    check(langs and all(l == lang for l in langs), "%s: documents identified as %s: %s"
          % (name, lang, langs))
    sents = [s["text"] for s in j["sentences"]]
    check(len(sents) >= 2, "%s: a summary of several sentences: %s" % (name, sents))
    check(all(s.endswith(ENDS) for s in sents), "%s: every sentence ends like one: %s"
          % (name, sents))
    rc, seg, _ = run(["segment", path])
    lines = seg.splitlines()
    check(all(s in lines for s in sents), "%s: summary sentences are sentences of the cluster"
          % name)
    check(len(lines) >= 12, "%s: documents split into sentences (%d)" % (name, len(lines)))

# an elided article is no part of the word after it ("d'euros" is "euros"),
# and Greek stopwords count with their accents ("χωρίς", listed "χωρις"):
# the terms of a story show neither "deuros" nor "χωρισ"
feed = []
for name in ("fr-bridge", "el-ferry"):
    d = os.path.join(SRC, "examples", name)
    for f in sorted(os.listdir(d)):
        feed.append(json.dumps({"id": f, "date": "2024-03-02",
                                "text": open(os.path.join(d, f), encoding="utf-8").read()},
                               ensure_ascii=False))
rc, out, err = run(["cluster", "-"], stdin="\n".join(feed) + "\n")
terms = [t for l in out.splitlines() for t in json.loads(l)["terms"]] if rc == 0 else []
check("euros" in terms and not {"deuros", "dun", "χωρισ"} & set(terms),
      "story terms without elisions or Greek stopwords: %s %s" % (terms, err))

# Hindi with the danda typed as a bar " |", as much of the web writes it:
# the same sentences, kept by the cleaner, chosen (a bar elsewhere is a
# menu's and never chosen)
hi = os.path.join(SRC, "examples", "hi-metro")
docs = [open(os.path.join(hi, f), encoding="utf-8").read().replace("\u0964", " |")
        for f in sorted(os.listdir(hi))]
line = json.dumps({"id": "hi-bar", "documents": docs}, ensure_ascii=False)
rc, out, err = run(["batch", "-w", "80", "-"], stdin=line + "\n")
summary = json.loads(out)["summary"].splitlines() if rc == 0 else []
check(len(summary) >= 2 and all(s.endswith("|") for s in summary),
      "Hindi with bars for dandas is summarized: %r %s" % (summary, err))
rc, seg_bar, _ = run(["segment", "-"], stdin=docs[0])
rc2, seg_danda, _ = run(["segment", os.path.join(hi, sorted(os.listdir(hi))[0])])
check(len(seg_bar.splitlines()) == len(seg_danda.splitlines()) > 3,
      "as many sentences with bars as with dandas: %d, %d"
      % (len(seg_bar.splitlines()), len(seg_danda.splitlines())))

# Greek questions end in ';' and may be chosen
rc, seg, _ = run(["segment", os.path.join(SRC, "examples", "el-ferry")])
check(any(l.endswith(";") and "Ποιος" in l for l in seg.splitlines()),
      "a Greek question is a sentence of its own")

# segment --raw: no cleaning, the identified or given language's rules
rc, out, _ = run(["segment", "--raw", "-"], stdin="Τι κάνεις; Καλά. Πού πας;\n")
check(rc == 0 and out.splitlines() == ["Τι κάνεις;", "Καλά.", "Πού πας;"],
      "segment --raw splits Greek questions: %r" % out)
rc, out, _ = run(["segment", "--raw", "--language", "en", "-"], stdin="Τι κάνεις; Καλά.\n")
check(rc == 0 and len(out.splitlines()) == 1, "segment --raw --language en keeps ';': %r" % out)

# scripts and languages no bundled example has (session 35; invented text).
# Amharic: Ethiopic letters are letters, and ። ends a sentence, so the
# cluster is summarized (before, every line was dropped as furniture)
am = ["የከተማው አስተዳደር ሰኞ ዕለት አዲስ ድልድይ መረቀ። ድልድዩ 700 ሜትር ርዝመት አለው። "
      "የግንባታው ወጪ 3 ቢሊዮን ብር ነው።",
      "አዲሱ ድልድይ ለትራፊክ ክፍት ሆነ። ነዋሪዎች ከማለዳ ጀምሮ ድልድዩን ለማየት መጡ። "
      "ድልድዩ የብስክሌት መንገድም አለው።"]
rc, out, err = run(["-f", "json", "-"], stdin="\n|||||\n".join(am) + "\n")
sents = [x["text"] for x in json.loads(out)["sentences"]] if rc == 0 else []
check(len(sents) >= 2 and all(x.endswith("።") for x in sents),
      "Amharic is summarized sentence by sentence: %r %s" % (sents, err))
# Thai: a space between clauses ends a sentence; a document of one paragraph
# without a title line has sentences, and a budget of words counts Thai
# characters, so 20 words is not the whole cluster
th = ["เทศบาลนครเปิดสะพานใหม่ข้ามแม่น้ำเมื่อวันจันทร์ สะพานยาว 450 เมตรและใช้เวลาก่อสร้างสามปี "
      "ค่าก่อสร้างทั้งหมด 620 ล้านบาท ในวันแรกมีรถยนต์ข้ามสะพานประมาณ 12,000 คัน",
      "สะพานข้ามแม่น้ำแห่งใหม่เปิดใช้เมื่อวันจันทร์ ชาวเมืองจำนวนมากมาเดินชมสะพานตั้งแต่เช้า "
      "เทศบาลระบุว่าสะพานมีทางจักรยานและทางเดินเท้า",
      "สะพานใหม่ในเมืองรองรับรถยนต์ 12,000 คันในวันแรก ผู้เชี่ยวชาญด้านการจราจรกล่าวว่าสะพานนี้สำคัญ "
      "เทศบาลจะเพิ่มรถโดยสารสองสายในเดือนหน้า"]
rc, out, err = run(["-f", "json", "-w", "20", "-"], stdin="\n|||||\n".join(th) + "\n")
j = json.loads(out) if rc == 0 else {"documents": [], "sentences": []}
check([d["sentences"] for d in j["documents"]] == [4, 3, 3],
      "Thai documents split at their spaces: %r %s" % (j["documents"], err))
check(1 <= len(j["sentences"]) < 5, "a 20-word Thai summary: %r" % j["sentences"])
# Turkish: a sentence opened in lower case is capitalised with İ, and İ is
# i for the terms; "85 bin" is 85,000 ("bin", thousand), as "85.000" is;
# Romanian puts "de" before its multiplier; Korean writes dates with units
tr = ["İstanbul'da yeni metro hattı Pazartesi günü açıldı. İlk gün 85.000 yolcu hattı kullandı. "
      "Belediye Başkanı Ayşe Yıldırım hattın şehir için önemli olduğunu söyledi.",
      "istanbul'un yeni metro hattı ilk gününde 85 bin yolcu taşıdı. Hat iki ilçeyi 22 dakikada "
      "birbirine bağlıyor. Belediye ikinci etabın yakında tamamlanacağını açıkladı."]
rc, out, err = run(["digest", "-f", "json", "-w", "60", "-"], stdin="\n|||||\n".join(tr) + "\n")
j = json.loads(out) if rc == 0 else {}
texts = [x["text"] for x in j.get("summary", [])] if rc == 0 else []
check(any(x.startswith("İstanbul'un") for x in texts) and
      not any(x.startswith("Istanbul") for x in texts), "Turkish capital İ: %r %s" % (texts, err))
yol = [f for f in j.get("figures", []) if f["quantity"] == "yolcu"]
check(len(yol) == 1 and not yol[0]["disagree"] and
      sorted(v["low"] for v in yol[0]["values"]) == [85000, 85000], "85 bin = 85.000: %r" % yol)
rc, out, _ = run(["digest", "-f", "json", "-"],
                 stdin="Primăria a cheltuit 180 de milioane de lei pe pod, iar lucrările au durat "
                       "trei ani.\n|||||\nCostul podului a fost de 180 de milioane de lei, a "
                       "anunțat primăria.\n")
lei = [v["low"] for f in (json.loads(out).get("figures", []) if rc == 0 else [])
       if f["quantity"] == "lei" for v in f["values"]]
check(lei == [180e6, 180e6], "180 de milioane de lei: %r" % lei)
rc, out, _ = run(["digest", "-f", "json", "-"],
                 stdin="해운대와 광안리를 잇는 다리가 2025년 3월 3일 개통됐다. 시민들은 이른 아침부터 "
                       "다리를 걸어서 건넜다.\n")
dates = [e["date"] for e in (json.loads(out).get("timeline", []) if rc == 0 else [])]
check(dates == ["2025-03-03"], "a Korean date with its units: %r" % dates)

# Korean: the particles after a noun are no part of its term, so three
# reports of one bridge ("다리를", "다리가", "다리의") are one story
ko = os.path.join(SRC, "examples", "ko-bridge")
feed = [json.dumps({"id": f, "date": "2025-03-03",
                    "text": open(os.path.join(ko, f), encoding="utf-8").read()}, ensure_ascii=False)
        for f in sorted(os.listdir(ko))]
rc, out, err = run(["cluster", "-"], stdin="\n".join(feed) + "\n")
check(rc == 0 and len(out.splitlines()) == 1, "ko-bridge is one story: %r %s" % (out, err))

# ...but not "a citizen" (한 시민은), nor a quote that no verb of saying follows
rc, out, _ = run(["digest", "-f", "json", "-"],
                 stdin='한 시민은 "경치가 정말 아름답다고 생각한다"고 말했다. 시장은 "부산의 새로운 '
                       '상징이 될 것"이라는 기대를 밝혔다.\n')
spk = [q.get("speaker") for q in (json.loads(out).get("quotes", []) if rc == 0 else [])]
check(spk == [None, None], "Korean quotes without a named speaker: %r" % spk)

# --language forces every document's language; unknown codes are refused
rc, out, _ = run(["-f", "json", "--language", "pt", os.path.join(SRC, "examples", "fr-bridge")])
check(rc == 0 and all(d["language"] == "pt" for d in json.loads(out)["documents"]),
      "--language pt is what the JSON reports")
for bad in ("xx", "en-", "english", "f"):
    rc, _, err = run(["--language", bad, os.path.join(SRC, "examples", "fr-bridge")])
    check(rc == 2 and "unknown language" in err, "--language %s is refused: %s" % (bad, err))
# a tag in any case, with a region subtag, names the profile (BCP 47 is case-insensitive)
for tag in ("PT", "pt-BR", "pt_PT"):
    rc, out, _ = run(["-f", "json", "--language", tag, os.path.join(SRC, "examples", "fr-bridge")])
    check(rc == 0 and all(d["language"] == "pt" for d in json.loads(out)["documents"]),
          "--language %s is pt in the JSON" % tag)
# --language und: the rules every language shares, as for a language
# without a profile (to compare with a neighbour's profile; session 37)
rc, out, _ = run(["-f", "json", "--language", "und", os.path.join(SRC, "examples", "fr-bridge")])
check(rc == 0 and all(d["language"] == "und" for d in json.loads(out)["documents"])
      and len(json.loads(out)["sentences"]) >= 2, "--language und is what the JSON reports")
rc, out, _ = run(["--list-languages"])
check(rc == 0 and "zh  Chinese" in out and "en  English" in out, "--list-languages")

# quotes in the marks of each language: « », 「 」, “ ” after „
for name, want in (("fr-bridge", "Nous avons perdu"), ("ja-typhoon", "命を守る行動"),
                   ("zh-library", "城市的客厅"), ("ru-flood", "Такого не было")):
    rc, out, _ = run(["digest", "-f", "json", os.path.join(SRC, "examples", name)])
    quotes = [q["text"] for q in json.loads(out).get("quotes", [])] if rc == 0 else []
    check(any(want in q for q in quotes), "%s: the quote %r is found: %s" % (name, want, quotes))
# speakers where precis lists no verbs of saying: a full name after the
# quote ("», explique Marc Delorme"), or before it when a colon introduces it
# (Japanese and Chinese: the topic or subject of the clause that says it,
# "田中浩二市長は「…」と呼びかけた", "市长李文华在开馆仪式上说：“…”")
for name, quote, speaker in (("fr-bridge", "Nous avons perdu", "Marc Delorme"),
                             ("ru-flood", "Такого не было", "Вера Соколова"),
                             ("el-ferry", "Κάθε μέρα χωρίς", "Μαρία Σταθοπούλου"),
                             ("ja-typhoon", "命を守る行動", "田中浩二市長"),
                             ("zh-library", "图书馆是城市的客厅", "市长李文华"),
                             # Hindi: the agent of ने कहा; Arabic: after وقال and
                             # وأوضح, two titles before one name: the name
                             ("hi-metro", "यह शहर के लिए", "मुख्यमंत्री रमेश वर्मा"),
                             ("ar-water", "المحطة ستنهي", "سالم الحارثي"),
                             # Korean: the topic before the quote, when (이)라고
                             # or 고 and a verb of saying follow it (session 35)
                             ("ko-bridge", "이 다리는", "김민수 시장"),
                             # Turkish: a full name and its comma before the
                             # quote, dedi / diye / söyledi after it
                             ("tr-metro", "Bu hat İstanbul", "Belediye Başkanı Ayşe Yıldırım"),
                             ("tr-metro", "İstasyonlar çok modern", None)):
    rc, out, _ = run(["digest", "-f", "json", os.path.join(SRC, "examples", name)])
    quotes = json.loads(out).get("quotes", []) if rc == 0 else []
    got = [q.get("speaker") for q in quotes if q["text"].startswith(quote)]
    check(got == [speaker], "%s: %r said by %s: %s" % (name, quote, speaker, got))
# ...and the people quoted are in "Who and where" (the entity rules are
# English word lists: it was empty in Russian, Greek, Japanese, Arabic)
for name, person in (("ru-flood", "Андрей Лукин"), ("ar-water", "سالم الحارثي"),
                     ("ja-typhoon", "田中浩二市長")):
    rc, out, _ = run(["digest", "-f", "json", os.path.join(SRC, "examples", name)])
    ents = json.loads(out).get("entities", []) if rc == 0 else []
    check(any(e.get("name") == person and e.get("kind") == "person" for e in ents),
          "%s: %s among the people: %s" % (name, person, ents))
# Russian and Ukrainian: a place in the genitive between the title and the
# name is no part of it; a patronymic is, and so is a name ending in a
# consonant
for text, speaker in (("«Мы развернули три пункта размещения в школах», — сообщил глава "
                       "Северогорска Андрей Лукин.", "Андрей Лукин"),
                      ("«Мы развернули три пункта размещения в школах», — сообщил "
                       "Андрей Петрович Лукин.", "Андрей Петрович Лукин"),
                      ("«Ми відкрили три пункти тимчасового розміщення», — сказав мер "
                       "Харкова Олег Коваль.", "Олег Коваль")):
    rc, out, _ = run(["digest", "-f", "json", "--language", "uk" if "Ми" in text else "ru",
                      "-"], stdin=text + " Вода продолжает подниматься уже третий день.\n")
    quotes = json.loads(out).get("quotes", []) if rc == 0 else []
    check([q.get("speaker") for q in quotes] == [speaker], "%s: %s" % (speaker, quotes))
rc, out, _ = run(["digest", "-f", "json", "--language", "fr", "-"],
                 stdin="Le ministre Paul Girard a déclaré : « Nous rouvrirons le pont avant l'été "
                       "prochain, quoi qu'il arrive. » Les travaux dureront encore trois mois.\n")
quotes = json.loads(out).get("quotes", []) if rc == 0 else []
check([q.get("speaker") for q in quotes] == ["Paul Girard"], "French, before a colon: %s" % quotes)
de = ("Der Minister sagte am Montag: „Wir werden die Brücke im Sommer wieder öffnen.“ "
      "Die Arbeiten dauern seit zwei Jahren an.\n")
rc, out, _ = run(["digest", "-f", "json", "-"], stdin=de)
quotes = [q["text"] for q in json.loads(out).get("quotes", [])] if rc == 0 else []
check(any(q.startswith("Wir werden die Brücke") for q in quotes), "German „…“ quote: %s" % quotes)

# quote marks of other languages do not make a sentence look cut: German
# „…“ is balanced (so the quote and every later sentence may be chosen), and
# Hebrew acronyms written with a straight quote (ארה"ב) are no quotation
de5 = ("Die Regierung hat am Montag einen neuen Plan vorgestellt. „Wir werden die Brücke bis zum "
       "Sommer reparieren“, sagte der Minister am Abend in Berlin. Die Opposition kritisierte den "
       "Zeitplan als unrealistisch und forderte mehr Geld. Der Bau soll im März beginnen und rund "
       "vierzig Millionen Euro kosten. Die Bürger warten seit zwei Jahren auf eine Lösung.\n")
he5 = ("ראש הממשלה נפגש היום עם נשיא ארה\"ב בוושינגטון ודן איתו בהסכם החדש. השניים הסכימו "
       "להמשיך את השיחות בשבוע הבא בירושלים. לדברי גורמים מדיניים, הפגישה הייתה חיובית מאוד. "
       "צה\"ל הודיע כי יקיים תרגיל גדול בצפון הארץ בחודש הבא. התושבים התבקשו שלא להיבהל "
       "מהרעש באזור.\n")
for lang, text in (("de", de5), ("he", he5)):
    for method in ("lead", "learned"):
        rc, out, _ = run(["-m", method, "-w", "250", "-"], stdin=text)
        check(rc == 0 and len(out.splitlines()) == 5,
              "%s, %s: all 5 sentences fit 250 words and may be chosen: %r" % (lang, method, out))

# the digest's dates and figures in languages with Latin digits: month names
# of the document's language (CLDR, src/lang/dates.inc), in any case, with
# "de" between day, month and year, Hebrew prefixes; decimal commas and
# thousands written with spaces or periods; the counted noun is the first
# content word after the number
DATED = {
    "fr": "Le pont de Valmoreau a rouvert le 3 mars 2031 après deux ans de travaux.",
    "es": "El puente de Valmoreau reabrió el 3 de marzo de 2031 tras dos años de obras.",
    "de": "Die Brücke von Valmoreau wurde am 3. März 2031 wieder eröffnet.",
    "ru": "Мост в Вальморо открыли 3 марта 2031 года после ремонта.",
    "el": "Η γέφυρα του Βαλμορό άνοιξε στις 3 Μαρτίου 2031 μετά από εργασίες.",
    "cs": "Most ve Valmoreau byl otevřen 3. března 2031 po dvou letech oprav.",
    "ar": "افتتح جسر فالمورو في 3 مارس 2031 بعد عامين من الأشغال الطويلة. وقال السكان إن "
          "الجسر سيختصر الطريق إلى المدينة كثيرا.",
    "hi": "वालमोरो का पुल 3 मार्च 2031 को दो साल बाद फिर से खोला गया।",
    "he": "הגשר של ולמורו נפתח מחדש במרץ 2031 לאחר שנתיים של עבודות. התושבים אמרו כי "
          "הדרך לעיר תתקצר מאוד בזכות הגשר.",
}
for lang, text in DATED.items():
    rc, out, _ = run(["digest", "-f", "json", "--language", lang, "-"],
                     stdin=text + "\n")
    dates = [e["date"] for e in json.loads(out).get("timeline", [])] if rc == 0 else []
    want = "2031-03" if lang == "he" else "2031-03-03"
    check(want in dates, "%s: the timeline dates %r: %s" % (lang, want, dates))
fr = ["Le chantier a coûté 38,5 millions d'euros. Près de 9 000 véhicules passaient chaque jour.",
      "Les travaux ont coûté 41 millions d'euros. Chaque jour, 9 000 véhicules traversaient."]
rc, out, _ = run(["digest", "-f", "json", "-"], stdin="\n|||||\n".join(fr) + "\n")
groups = {g["quantity"]: g for g in json.loads(out).get("figures", [])} if rc == 0 else {}
# (millions multiply: 38.5 and 41 million euros, "d'" no part of the noun)
eur = groups.get("euros", {})
check(eur.get("disagree") and sorted(v["low"] for v in eur.get("values", [])) == [38.5e6, 41e6],
      "French: 38,5 and 41 millions d'euros disagree: %s" % groups)
check("véhicules" in groups and not groups["véhicules"].get("disagree"),
      "French: 9 000 véhicules in both agree: %s" % groups)
# a multiplier word of the language ("5 mil" is 5,000 in Portuguese), and a
# counted noun that the stopword list holds ("человек", people, in Russian)
for docs, noun, lows, dis in (
        (["As chuvas deixaram cerca de 4.500 desabrigados na região serrana do estado.",
          "A Defesa Civil contou 5 mil desabrigados depois das chuvas da semana passada."],
         "desabrigados", [4500, 5000], True),
        (["В результате наводнения в области погибли 12 человек, сообщили спасатели.",
          "По последним данным, при наводнении в области погибли 15 человек."],
         "человек", [12, 15], True)):
    rc, out, _ = run(["digest", "-f", "json", "-"], stdin="\n|||||\n".join(docs) + "\n")
    groups = {g["quantity"]: g for g in json.loads(out).get("figures", [])} if rc == 0 else {}
    grp = groups.get(noun, {})
    check(sorted(v["high"] for v in grp.get("values", [])) == lows
          and bool(grp.get("disagree")) == dis, "%s: %s" % (noun, groups))
# Chinese and Japanese figures glued to their multiplier and counter
# ("31.2万人次", "約3万5千世帯"); people counted for deaths only ("12人死亡"),
# not "約8千人に避難指示" against "約3千人が避難所に" (different things)
for lang, docs, want in (
        ("zh", ["地铁首日客流达到31.2万人次。事故造成12人死亡。",
                "地铁首日客流约28万人次。事故已造成15人死亡。"],
         {"人次": [238000.0, 312000.0], "deaths": [12.0, 15.0]}),
        ("ja", ["台風で約3万5千世帯が停電し、約8千人に避難指示が出た。",
                "台風で4万世帯が停電した。約3千人が避難所に身を寄せた。"],
         {"世帯": [29750.0, 40000.0]})):
    rc, out, _ = run(["digest", "-f", "json", "--language", lang, "-"],
                     stdin="\n|||||\n".join(docs) + "\n")
    figs = json.loads(out).get("figures", []) if rc == 0 else []
    got = {g["quantity"]: sorted(v["low"] for v in g["values"]) for g in figs}
    check(got == want, "%s: CJK figures %s (want %s)" % (lang, got, want))

# numbers in Arabic-Indic and Devanagari digits ("١٢", "१२") are figures too
for lang, docs in (("ar", ["قتل ١٢ شخصا في الفيضانات التي ضربت المدينة يوم الاثنين.",
                           "قتل 15 شخصا في الفيضانات التي ضربت المدينة يوم الاثنين."]),
                   ("hi", ["बाढ़ में १२ लोगों की मौत हो गई।", "बाढ़ में 14 लोगों की मौत हो गई।"])):
    rc, out, _ = run(["digest", "-f", "json", "--language", lang, "-"],
                     stdin="\n|||||\n".join(docs) + "\n")
    figs = json.loads(out).get("figures", []) if rc == 0 else []
    vals = sorted(v["high"] for g in figs for v in g.get("values", []))
    check(any(g.get("disagree") for g in figs) and vals[:1] == [12],
          "%s: native digits read (12 against 15 or 14): %s" % (lang, figs))

# a document's date line in its own language ("3 mars 2031", "4 de marzo de
# 2031") dates it, and its weekdays resolve against that date
for text, date, day in (
        ("Le pont de Valmoreau rouvre\n\n3 mars 2031\n\nLe pont suspendu de Valmoreau a "
         "rouvert à la circulation samedi matin, après vingt-six mois de travaux.\n\nLa maire "
         "a parlé d'un soulagement pour les habitants des deux rives du fleuve.\n",
         "2031-03-03", "2031-03-01"),
        ("El puente reabre\n\n4 de marzo de 2031\n\nEl puente colgante de Valmoreau reabrió "
         "el sábado después de dos años de obras.\n\nLos vecinos celebraron la apertura con "
         "una fiesta en la plaza mayor del pueblo.\n", "2031-03-04", "2031-03-01")):
    rc, out, _ = run(["digest", "-f", "json", "-"], stdin=text)
    j = json.loads(out) if rc == 0 else {}
    docs = j.get("documents", [{}])
    events = [e["date"] for e in j.get("timeline", [])]
    check(docs and docs[0].get("date") == date and day in events,
          "dated %s, the weekday on %s: %s %s" % (date, day, docs, events))

# a wire dateline with the day first in the document's words
rc, out, _ = run(["-f", "json", "-"],
                 stdin="PARIS, 3 mars (AFP) - Le pont suspendu de Valmoreau a rouvert à la "
                       "circulation samedi matin, après vingt-six mois de travaux.\n\nLa maire a "
                       "parlé d'un soulagement pour les habitants des deux rives du fleuve.\n")
docs = json.loads(out)["documents"] if rc == 0 else [{}]
check(docs[0].get("date") == "--03-03" and docs[0].get("source") == "AFP",
      "French dateline: --03-03 from AFP: %s" % docs)

# the default on a cluster without English is learned-universal (no English
# lexicon or word lists); on an English cluster it is not
for name in ("fr-bridge", "ru-flood", "hi-metro"):
    path = os.path.join(SRC, "examples", name)
    rc1, a, _ = run(["-f", "json", "-m", "learned", "-w", "80", path])
    rc2, b, _ = run(["-f", "json", "-m", "learned-universal", "-w", "80", path])
    check(rc1 == 0 and rc2 == 0 and json.loads(a)["sentences"] == json.loads(b)["sentences"],
          "%s: the default is learned-universal without English" % name)
path = os.path.join(SRC, "examples", "volcano")
rc1, a, _ = run(["-f", "json", "-m", "learned", "-w", "100", path])
rc2, b, _ = run(["-f", "json", "-m", "learned-universal", "-w", "100", path])
check(rc1 == 0 and rc2 == 0 and [s["score"] for s in json.loads(a)["sentences"]] !=
      [s["score"] for s in json.loads(b)["sentences"]],
      "English: the default uses its English parts (scores differ from learned-universal)")

# a cluster mixing languages: each document in its own
docs = []
for name in ("fr-bridge", "zh-library", "ru-flood"):
    d = os.path.join(SRC, "examples", name)
    docs.append(open(os.path.join(d, sorted(os.listdir(d))[0]), encoding="utf-8").read())
rc, out, _ = run(["-f", "json", "-"], stdin="\n|||||\n".join(docs))
check(rc == 0 and [d["language"] for d in json.loads(out)["documents"]] == ["fr", "zh", "ru"],
      "a mixed cluster: fr, zh, ru")

# story clustering reads each article in its own language: unrelated news
# of one Saturday in Spanish, French, German, Russian or Chinese shares
# function words and the weekday, which once joined them all (es1-es4 in
# one story, de1-de3 in one); two reports of one fire still join
STREAM = [
 # Spanish, unrelated, one Saturday
 ("es1", "El gobierno de Chile anunció el sábado que subirá el salario mínimo un seis por ciento el próximo año."),
 ("es2", "Un incendio en un almacén de Sevilla obligó el sábado a desalojar a cientos de vecinos, según los bomberos."),
 ("es3", "El Atlético de Madrid fichó el sábado a un portero por cuarenta millones de euros, informó el club."),
 ("es4", "La policía de Bilbao detuvo el sábado a un hombre acusado de robar a cientos de ancianos."),
 # French
 ("fr1", "Le gouvernement a présenté samedi un projet de loi sur les loyers, qui sera débattu par les députés en juin."),
 ("fr2", "Un incendie s'est déclaré samedi dans un entrepôt près de Nantes, et les pompiers ont évacué les riverains."),
 ("fr3", "Le club de rugby de Toulouse a annoncé samedi l'arrivée d'un nouvel entraîneur pour la saison prochaine."),
 ("fr4", "Près de Nantes, l'incendie d'un entrepôt de meubles a mobilisé quatre-vingts pompiers samedi. Les riverains évacués ont pu rentrer chez eux dans la soirée, selon la préfecture."),
 # German
 ("de1", "Der Landtag hat am Samstag ein neues Schulgesetz beschlossen, die Opposition kritisierte die Eile."),
 ("de2", "In Bremen ist am Samstag ein Lagerhaus abgebrannt, die Feuerwehr war mit vielen Fahrzeugen im Einsatz."),
 ("de3", "Der Verein aus Dortmund hat am Samstag einen Torwart für die nächste Saison verpflichtet."),
 # Russian
 ("ru1", "В Новосибирске в субботу открылся новый мост через реку, мэр назвал его важным для города."),
 ("ru2", "Полиция Екатеринбурга в субботу задержала мужчину, который обманул сотни пенсионеров."),
 ("ru3", "В Самаре в субботу сгорел склад, на место выехали пожарные, пострадавших нет."),
 ("ru4", "Склад в Самаре сгорел в субботу: пожарные тушили огонь шесть часов. Пострадавших нет, сообщили в МЧС."),
 # Chinese
 ("zh1", "杭州市政府周六宣布，将在明年新建二十座图书馆，市民可以免费借书。"),
 ("zh2", "武汉警方周六表示，一名男子因涉嫌盗窃被逮捕，他偷走了多辆电动车。"),
 ("zh3", "南京市政府周六宣布，地铁票价将从下个月起上调，部分市民表示不满。"),
]
lines = "".join(json.dumps({"id": i, "date": "2031-05-10", "text": t}, ensure_ascii=False) + "\n"
                for i, t in STREAM)
rc, out, err = run(["cluster", "-a", "-"], stdin=lines)
story = {json.loads(l)["id"]: json.loads(l)["story"] for l in out.splitlines()} if rc == 0 else {}
same = {frozenset(("fr2", "fr4")), frozenset(("ru3", "ru4")), frozenset(("zh1", "zh3"))}
wrong = [(a, b) for a in story for b in story
         if a < b and story[a] == story[b] and frozenset((a, b)) not in same and
         a[:2] != "zh"]
check(rc == 0 and len(story) == len(STREAM) and not wrong,
      "unrelated articles of one language stay apart: %r" % wrong)
check(story.get("fr2") == story.get("fr4") and story.get("ru3") == story.get("ru4"),
      "two reports of one fire share a story: %r" % story)
check(story.get("zh2") not in (story.get("zh1"), story.get("zh3")),
      "Chinese: the theft is no story of the city announcements: %r" % story)
rc, out, _ = run(["cluster", "-"], stdin=lines)
terms = [t for l in out.splitlines() for t in json.loads(l).get("terms", [])] if rc == 0 else []
check(terms and not any(t in ("der", "les", "el", "в", "的", "sábado", "samstag") for t in terms),
      "no function word or weekday is a story term: %r" % terms)
check(all("\ufffd" not in t for t in terms), "story terms are whole characters: %r" % terms)
done()
