/* Sentence segmentation in other languages and scripts (src/text/segment.c
 * with the profiles of src/lang/): hand-written cases of each rule, the
 * public entry point, and the order of every profile's abbreviation list. */
#include "check.h"
#include "lang/lang.h"
#include "precis.h"
#include "text/segment.h"

typedef struct {
    const char *text;
    char out[4096];
    size_t k, count;
} sink;

static int collect(void *ctx, size_t a, size_t b)
{
    sink *s = ctx;
    if (s->k + (b - a) + 4 < sizeof s->out) {
        if (s->count++)
            s->k += (size_t)sprintf(s->out + s->k, " | ");
        memcpy(s->out + s->k, s->text + a, b - a);
        s->k += b - a;
        s->out[s->k] = 0;
    }
    return 0;
}

/* Sentences of text by the rules of language `code`, joined by " | ". */
static const char *seg(const char *code, const char *text)
{
    static sink s;
    memset(&s, 0, sizeof s);
    s.text = text;
    CHECK(precis_segment_language(text, strlen(text), code, collect, &s) == PRECIS_OK);
    return s.out;
}

int main(void)
{
    /* terminators of other scripts */
    CHECK_STR(seg("hi", "वह घर गया। फिर वह सो गया॥ अंत"), "वह घर गया। | फिर वह सो गया॥ | अंत");
    /* ...the danda typed as a bar after an Indic letter (and "||"); a bar
     * anywhere else ends nothing */
    CHECK_STR(seg("hi", "वह घर गया | फिर वह सो गया|| अंत"), "वह घर गया | | फिर वह सो गया|| | अंत");
    CHECK_STR(seg("en", "Home | World news. Next"), "Home | World news. | Next");
    CHECK_STR(seg("hi", "वह|घर गया।"), "वह|घर गया।");
    CHECK_STR(seg("ar", "هل أنت هنا؟ نعم."), "هل أنت هنا؟ | نعم.");
    CHECK_STR(seg("ur", "وہ گھر گیا۔ پھر سو گیا۔"), "وہ گھر گیا۔ | پھر سو گیا۔");
    /* Thai writes no terminator: a space between two Thai runs of six
     * characters or more ends a sentence (after a closing quote too); not a
     * space before a number or a unit, nor around a short name
     * ("สมชาย ใจดี", "12,000 คัน") (session 35) */
    CHECK_STR(seg("und", "เทศบาลเปิดสะพานใหม่เมื่อวันจันทร์ สะพานยาว 450 เมตรและใช้เวลาสามปี "
                         "นายกเทศมนตรีสมชาย ใจดี กล่าวว่า “สะพานนี้จะช่วยลดปัญหาการจราจร” "
                         "ในวันแรกมีรถยนต์ข้ามสะพาน 12,000 คัน"),
              "เทศบาลเปิดสะพานใหม่เมื่อวันจันทร์ | สะพานยาว 450 เมตรและใช้เวลาสามปี | "
              "นายกเทศมนตรีสมชาย ใจดี กล่าวว่า “สะพานนี้จะช่วยลดปัญหาการจราจร” | "
              "ในวันแรกมีรถยนต์ข้ามสะพาน 12,000 คัน");
    /* ... and Lao the same; Ethiopic, Myanmar and Khmer have their full stops */
    static const char *const scripts[][2] = {
        {"ເທດສະບານເປີດຂົວໃໝ່ໃນວັນຈັນ ຂົວນີ້ຍາວສີ່ຮ້ອຍແມັດ", "ເທດສະບານເປີດຂົວໃໝ່ໃນວັນຈັນ | ຂົວນີ້ຍາວສີ່ຮ້ອຍແມັດ"},
        {"ድልድዩ ተከፈተ። ረጅም ነው፧ አዎ።", "ድልድዩ ተከፈተ። | ረጅም ነው፧ | አዎ።"},
        {"တံတားဖွင့်သည်။ ရှည်သည်။", "တံတားဖွင့်သည်။ | ရှည်သည်။"},
        {"ស្ពានបើកហើយ។ វាវែង។", "ស្ពានបើកហើយ។ | វាវែង។"},
    };
    for (size_t k = 0; k < sizeof scripts / sizeof *scripts; k++)
        CHECK_STR(seg("und", scripts[k][0]), scripts[k][1]);
    CHECK_STR(seg("zh", "他來了。她走了！真的嗎？是的"), "他來了。 | 她走了！ | 真的嗎？ | 是的");
    CHECK_STR(seg("ja", "「行こう。」と彼は言った。雨だ!傘がない"),
              "「行こう。」と彼は言った。 | 雨だ! | 傘がない");
    /* ...a CJK closing quote stays with its sentence, a terminator after it too */
    CHECK_STR(seg("zh", "他說：「好嗎？」。然後走了。"), "他說：「好嗎？」。 | 然後走了。");
    /* ...the sentences of a quotation that closes in its paragraph are one
     * with their speaker's ("「原因を調べる。責任を明らかにする」と述べた"),
     * and "。”并" goes on; a quotation that never closes splits as before */
    CHECK_STR(seg("ja", "市長は「原因を調べる。責任を明らかにする」と述べた。雨だ。"),
              "市長は「原因を調べる。責任を明らかにする」と述べた。 | 雨だ。");
    CHECK_STR(seg("zh", "市长表示：“我们将调查。责任会查明。”并宣布成立委员会。事故造成4人死亡。"),
              "市长表示：“我们将调查。责任会查明。”并宣布成立委员会。 | 事故造成4人死亡。");
    CHECK_STR(seg("zh", "他说：“我们将调查。责任会查明。事故造成4人死亡。"),
              "他说：“我们将调查。 | 责任会查明。 | 事故造成4人死亡。");
    /* abbreviations of titles and phrases that end no sentence, and those
     * that may ("usw.", "atd.") going on before a lowercase word */
    CHECK_STR(seg("de", "Die Firma lagerte dort v. a. Holz. Der Verein e. V. spendete Decken. Es "
                        "gab Schäden an Fenstern usw. in der Stadt. Dort lagen Autos usw. Die "
                        "Polizei kam."),
              "Die Firma lagerte dort v. a. Holz. | Der Verein e. V. spendete Decken. | Es gab "
              "Schäden an Fenstern usw. in der Stadt. | Dort lagen Autos usw. | Die Polizei kam.");
    CHECK_STR(seg("cs", "Promluvil hejtman MUDr. Karel Svoboda. Škody vznikly na mostech atd. v "
                        "celém kraji."),
              "Promluvil hejtman MUDr. Karel Svoboda. | Škody vznikly na mostech atd. v celém "
              "kraji.");
    CHECK_STR(seg("es", "Las ayudas llegarán a EE. UU. pronto. Se evacuaron aprox. 300 personas."),
              "Las ayudas llegarán a EE. UU. pronto. | Se evacuaron aprox. 300 personas.");
    /* Polish and Ukrainian (session 35): "ok.", "godz.", "ul.", "вул." before
     * a number or a name; "r.", "min.", "тис." end a sentence before a
     * capital and go on before a lowercase word */
    CHECK_STR(seg("pl", "Przejechało ok. 25 tys. samochodów. Most otwarto w 2025 r. o godz. "
                        "10.00 przy ul. Długiej. Przejazd skróci się o 15 min. Mieszkańcy są "
                        "zadowoleni. Otwarto go w 2025 r. Koszt był duży."),
              "Przejechało ok. 25 tys. samochodów. | Most otwarto w 2025 r. o godz. 10.00 przy "
              "ul. Długiej. | Przejazd skróci się o 15 min. | Mieszkańcy są zadowoleni. | "
              "Otwarto go w 2025 r. | Koszt był duży.");
    CHECK_STR(seg("uk", "Затори були на вул. Городоцькій у м. Львів. Проїхало 20 тис. "
                        "автомобілів. Міст відкрили у 2025 р. Вартість велика."),
              "Затори були на вул. Городоцькій у м. Львів. | Проїхало 20 тис. автомобілів. | "
              "Міст відкрили у 2025 р. | Вартість велика.");
    CHECK_STR(seg("he", "פרופ. דוד לוי אמר כי השריפה הוצתה. המשטרה חוקרת."),
              "פרופ. דוד לוי אמר כי השריפה הוצתה. | המשטרה חוקרת.");
    CHECK_STR(seg("it", "Ha parlato a lungo, ecc. ecc., poi se ne è andato. Poi pioveva ecc. "
                        "Il sindaco tacque."),
              "Ha parlato a lungo, ecc. ecc., poi se ne è andato. | Poi pioveva ecc. | Il "
              "sindaco tacque.");
    /* inside a parenthesis, a period before a lowercase word closes an
     * abbreviation no list holds (session 37); outside one it ends, and
     * "?" inside one still does */
    CHECK_STR(
        seg("it", "Una lampada (prod. da Rossi) in vetro. Costa poco. va bene. (Chi? lui) "
                  "rise."),
        "Una lampada (prod. da Rossi) in vetro. | Costa poco. | va bene. | (Chi? | lui) rise.");
    CHECK_STR(seg("ru", "Завод на ул. Ленина, д. 5 закрыт. Работы идут."),
              "Завод на ул. Ленина, д. 5 закрыт. | Работы идут.");
    CHECK_STR(seg("cs", "Škody jsou cca 3 mil. Kč. Obec žádá pomoc."),
              "Škody jsou cca 3 mil. Kč. | Obec žádá pomoc.");
    CHECK_STR(seg("de", "Die Stadt zahlte an die Fa. Bauer GmbH. Der Rat stimmte zu."),
              "Die Stadt zahlte an die Fa. Bauer GmbH. | Der Rat stimmte zu.");
    CHECK_STR(seg("ar", "قال د. أحمد السالم إن المستشفى جاهز. هل هذا كاف؟"),
              "قال د. أحمد السالم إن المستشفى جاهز. | هل هذا كاف؟");
    /* Greek: ';' is the question mark in Greek only */
    CHECK_STR(seg("el", "Τι κάνεις; Καλά."), "Τι κάνεις; | Καλά.");
    CHECK_STR(seg("el", "Τι κάνεις\xCD\xBE Καλά."), "Τι κάνεις\xCD\xBE | Καλά.");
    CHECK_STR(seg("en", "He came; she left."), "He came; she left.");
    /* a semicolon before a capitalised function word ends a sentence; not
     * before a name or a list item, not before the English "I", and not in
     * German, which capitalises its nouns */
    CHECK_STR(seg("en", "He came; She left."), "He came; | She left.");
    CHECK_STR(seg("it", "della pace nel mondo; Ogni individuo ha diritto."),
              "della pace nel mondo; | Ogni individuo ha diritto.");
    CHECK_STR(seg("it", "azioni 1400; Terni, azioni 300."), "azioni 1400; Terni, azioni 300.");
    CHECK_STR(seg("en", "He came; I left."), "He came; I left.");
    CHECK_STR(seg("de", "in der Box; Die Tiere sind nett."), "in der Box; Die Tiere sind nett.");
    CHECK_STR(seg("es", "Vino tarde;  Por eso se fue."), "Vino tarde; | Por eso se fue.");
    CHECK_STR(seg("ru", "Он пришёл; Это было поздно."), "Он пришёл; | Это было поздно.");
    /* a semicolon before an item of an enumeration ends a sentence: an
     * article's number before a capital, a letter or a roman numeral and
     * its bracket; not a year in brackets, nor a number before lowercase */
    CHECK_STR(seg("it", "la cosa mescolata; 947. Mutamenti del letto."),
              "la cosa mescolata; | 947. Mutamenti del letto.");
    CHECK_STR(seg("it", "in caso di difficoltà; ii) le spese diverse."),
              "in caso di difficoltà; | ii) le spese diverse.");
    CHECK_STR(seg("en", "the first item; b) the second item."),
              "the first item; | b) the second item.");
    CHECK_STR(seg("ru", "Сборник (1999); (2006) и другие."), "Сборник (1999); (2006) и другие.");
    CHECK_STR(seg("en", "He sold 40; 12. pieces went."), "He sold 40; 12. pieces went.");
    CHECK_STR(seg("en", "the cost; via) the road."), "the cost; via) the road.");
    /* guillemets, closing or spaced (French puts a space before them) */
    CHECK_STR(seg("fr", "Il a dit « Je pars. » Puis il est parti."),
              "Il a dit « Je pars. » | Puis il est parti.");
    CHECK_STR(seg("fr", "Il a dit «\xC2\xA0Je pars.\xC2\xA0» Puis il est parti."),
              "Il a dit «\xC2\xA0Je pars.\xC2\xA0» | Puis il est parti.");
    CHECK_STR(seg("fr", "C'est une bête ! \" Les serveurs sont là."),
              "C'est une bête ! \" | Les serveurs sont là.");
    CHECK_STR(seg("de", "Er sagte: „Wir kommen.“ Dann ging er."),
              "Er sagte: „Wir kommen.“ | Dann ging er.");
    CHECK_STR(seg("ru", "Он сказал: «Мы придём.» Потом ушёл."),
              "Он сказал: «Мы придём.» | Потом ушёл.");
    /* ordinals and abbreviations of the language */
    CHECK_STR(seg("de", "Wir kamen am 3. Oktober an. Es regnete."),
              "Wir kamen am 3. Oktober an. | Es regnete.");
    CHECK_STR(seg("en", "We counted 3. October came."), "We counted 3. | October came.");
    CHECK_STR(seg("el", "Μίλησε ο κ. Παπαδόπουλος. Μετά έφυγε."),
              "Μίλησε ο κ. Παπαδόπουλος. | Μετά έφυγε.");
    CHECK_STR(seg("el", "Η Ν. Κορέα απάντησε. Τέλος."), "Η Ν. Κορέα απάντησε. | Τέλος.");
    CHECK_STR(seg("ru", "Это было в 2002 г. Москва росла."), "Это было в 2002 г. Москва росла.");
    CHECK_STR(seg("ru", "Он ушёл. Она осталась."), "Он ушёл. | Она осталась.");
    /* no capitals in caseless scripts: any word opens a sentence after a
     * period, but an ellipsis is not taken for an end there */
    CHECK_STR(seg("he", "הוא הלך הביתה. היא נשארה."), "הוא הלך הביתה. | היא נשארה.");
    CHECK_STR(seg("he", "קרא את שפתיי... היא אמרה"), "קרא את שפתיי... היא אמרה");
    CHECK_STR(seg("ar", "ذهب إلى البيت. ثم نام."), "ذهب إلى البيت. | ثم نام.");
    /* a lowercase word after a period does not open a sentence in cased scripts */
    CHECK_STR(seg("ru", "см. выше. Дальше"), "см. выше. | Дальше");
    /* outside English a sentence may open in lowercase after an ordinary
     * word, a question or an exclamation; not after an abbreviation, a unit
     * after a number, or a closing quote; English too */
    CHECK_STR(seg("it", "Il libro era sul tavolo. il giorno dopo sparì."),
              "Il libro era sul tavolo. | il giorno dopo sparì.");
    CHECK_STR(seg("it", "Hai capito? non credo."), "Hai capito? | non credo.");
    CHECK_STR(seg("es", "Mesas, sillas, etc. para la casa."), "Mesas, sillas, etc. para la casa.");
    CHECK_STR(seg("el", "Απέχει 46 χλμ. από την πόλη."), "Απέχει 46 χλμ. από την πόλη.");
    CHECK_STR(seg("pt", "Disse \"vou.\" e saiu."), "Disse \"vou.\" e saiu.");
    CHECK_STR(seg("en", "The dogs are cute. they bark."), "The dogs are cute. | they bark.");
    CHECK_STR(seg("en", "are you kidding? why would you?"), "are you kidding? | why would you?");
    CHECK_STR(seg("en", "Mix flour, sugar etc. and bake."), "Mix flour, sugar etc. and bake.");
    CHECK_STR(seg("en", "He said \"great.\" she left."), "He said \"great.\" she left.");
    CHECK_STR(seg("en", "Go to Yahoo! and search."), "Go to Yahoo! and search.");
    CHECK_STR(seg("it", "Le cose di Herr Meier. al signor Meier piaceva."),
              "Le cose di Herr Meier. | al signor Meier piaceva.");
    CHECK_STR(seg("it", "Lo disse la ONU. poi tacque."), "Lo disse la ONU. poi tacque.");
    /* a number of up to four digits opening a sentence: an article of a code */
    CHECK_STR(seg("it", "Fine del capo. 858. Comprensorio di bonifica."),
              "Fine del capo. | 858. Comprensorio di bonifica.");
    CHECK_STR(seg("en", "End of it. 1858. The year."), "End of it. | 1858. | The year.");
    /* a one-letter word glued to the period ("Exército.A"), and a free-standing
     * ellipsis before a capital, outside English and outside brackets */
    CHECK_STR(seg("pt", "Vieram soldados do Exército.A guerra acabou."),
              "Vieram soldados do Exército. | A guerra acabou.");
    CHECK_STR(seg("pt", "E por trás ... Está tudo na cabeça."),
              "E por trás ... | Está tudo na cabeça.");
    CHECK_STR(seg("pt", "Vive em (perto de ... Lisboa) há anos."),
              "Vive em (perto de ... Lisboa) há anos.");
    CHECK_STR(seg("en", "It is . . . Not so."), "It is . . . Not so.");
    /* a question or an exclamation, a dash and a lowercase word: a dialogue
     * tag or an aside between dashes goes on (session 35); before a capital
     * the dash opens nothing new */
    CHECK_STR(seg("pl", "– Czy to już koniec? – zapytała sąsiadka. Nikt nie wiedział."),
              "– Czy to już koniec? – zapytała sąsiadka. | Nikt nie wiedział.");
    CHECK_STR(seg("es", "—¿Quién llamó? —preguntó el portero. Era tarde."),
              "—¿Quién llamó? —preguntó el portero. | Era tarde.");
    CHECK_STR(seg("ru", "– Куда ты? – спросила мать. Он молчал."),
              "– Куда ты? – спросила мать. | Он молчал.");
    CHECK_STR(seg("de", "Sie gab – Vorsicht, heiß! – jedem eine Tasse. Dann ging sie."),
              "Sie gab – Vorsicht, heiß! – jedem eine Tasse. | Dann ging sie.");
    CHECK_STR(seg("en", "His riddle — “Who pays the ferryman?” — has no answer. We left."),
              "His riddle — “Who pays the ferryman?” — has no answer. | We left.");
    CHECK_STR(seg("en", "Who pays? - nobody said. We left."),
              "Who pays? - nobody said. | We left.");
    CHECK_STR(seg("pl", "Czy to koniec? – Ona wie. Kto wie?\n– nikt"),
              "Czy to koniec? | – Ona wie. | Kto wie? | – nikt");
    /* a number joined to a word by a hyphen is a name, no ordinal: it ends
     * the sentence before a capital (session 35); a number alone, or after a
     * range's digit, is still an ordinal */
    CHECK_STR(
        seg("de", "Die Impfung wirkt gegen Covid-19. Viele warten noch. Am 3. Oktober öffnet "
                  "das Amt."),
        "Die Impfung wirkt gegen Covid-19. | Viele warten noch. | Am 3. Oktober öffnet das Amt.");
    CHECK_STR(seg("cs", "Testy hledají SARS-CoV-2. Lidé čekají."),
              "Testy hledají SARS-CoV-2. | Lidé čekají.");
    CHECK_STR(seg("de", "Es kommen die Klassen 5-7. Jahrgang zuerst."),
              "Es kommen die Klassen 5-7. Jahrgang zuerst.");
    /* Spanish "Avda." (avenida) as "Av." */
    CHECK_STR(seg("es", "La feria será en la Avda. Colón hasta las 20:00. Habrá música."),
              "La feria será en la Avda. Colón hasta las 20:00. | Habrá música.");
    /* unknown languages get every script's terminators */
    CHECK_STR(seg("xx", "Yes. वह गया। 好。No"), "Yes. | वह गया। | 好。 | No");
    CHECK_STR(seg(NULL, "Mr. Smith came. He left."), "Mr. Smith came. | He left.");
    /* lookup: region suffixes, case, unknown codes */
    CHECK(pc_lang_find("pt-BR") == pc_lang_find("pt"));
    CHECK(pc_lang_find("EL") == pc_lang_find("el"));
    CHECK(pc_lang_find("xx") == &pc_lang_und);
    CHECK(pc_lang_find("") == &pc_lang_und && pc_lang_find(NULL) == &pc_lang_und);
    CHECK(!pc_lang_known("xx") && pc_lang_known("zh"));
    /* every profile: a code, a name, abbreviations in strcmp order */
    for (size_t i = 0; i < pc_lang_count(); i++) {
        const pc_lang *l = pc_lang_at(i);
        CHECK(l->code && l->name && pc_lang_find(l->code) == l);
        for (size_t k = 0; l->abbrevs && l->abbrevs[k] && l->abbrevs[k + 1]; k++)
            CHECK(strcmp(l->abbrevs[k], l->abbrevs[k + 1]) < 0);
    }
    CHECK(pc_lang_at(pc_lang_count()) == NULL);
    CHECK(precis_segment_language(NULL, 1, "en", collect, NULL) == PRECIS_EINVAL);
    return check_done();
}
