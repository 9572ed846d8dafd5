/* Page furniture in other languages' own words (lang.h, pc_lang_furniture;
 * session 40): for each of ten languages an invented report with its
 * pages' labels around a real paragraph, written as one line (an
 * advertisement's label and a picture's credit glued before the lead) and
 * with a link's label, an update note, a subscription prompt and a
 * correction note among its sentences.  The labels are furniture, the lead
 * is the document's first sentence and the update's note stays; without
 * the profiles' tables every label is news.  And words that look like a
 * label but are prose stay news. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "precis.h"
#include "lang/lang.h"
#include "model/cluster.h"

/* A cluster of one document in language `lang`. */
static precis_cluster *one_doc(const char *doc, const char *lang)
{
    precis_options o;
    precis_options_init(&o);
    o.language = lang;
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, doc, strlen(doc), NULL, &o, NULL) == PRECIS_OK);
    return c;
}

/* The sentence of c that opens with `front`, or NULL. */
static const pc_sent *opening(const precis_cluster *c, const char *front)
{
    for (size_t i = 0; i < c->nsents; i++)
        if (c->sents[i].len >= strlen(front) && memcmp(c->sents[i].text, front, strlen(front)) == 0)
            return &c->sents[i];
    return NULL;
}

typedef struct {
    const char *lang, *doc;
    const char *furniture[6]; /* sentences that open so are furniture */
    const char *news[3];      /* and these are not; news[0] is the lead */
} doc_case;

static const doc_case cases[] = {
    {"de",
     "Anzeige Foto: dpa/Ana Lind Der Stadtrat von Vesk hat am Dienstag beschlossen, die alte "
     "Br\xC3\xBC"
     "cke bis zum Sommer zu sperren. Die Sanierung soll rund vier Millionen Euro kosten. Lesen "
     "Sie auch: Neue Radwege f\xC3\xBCr die Innenstadt geplant. Aktualisierung: Die Stadt hat "
     "inzwischen eine Umleitung eingerichtet, teilte ein Sprecher mit. Abonnieren Sie unseren "
     "Newsletter und verpassen Sie keine Nachricht aus Ihrer Region. Korrektur: In einer "
     "fr\xC3\xBCheren Fassung stand ein falsches Datum.",
     {"Anzeige", "Foto: dpa", "Lesen Sie auch", "Aktualisierung", "Abonnieren", "Korrektur"},
     {"Der Stadtrat", "Die Sanierung", "Die Stadt hat"}},
    {"fr",
     "Publicit\xC3\xA9 Photo : AFP/L\xC3\xA9"
     "a Martin La mairie de Vesk a d\xC3\xA9"
     "cid\xC3\xA9 mardi de fermer le vieux pont jusqu'\xC3\xA0 l'\xC3\xA9t\xC3\xA9. Les "
     "travaux devraient co\xC3\xBBter environ quatre millions d'euros. Lire aussi : De "
     "nouvelles pistes cyclables pour le centre-ville. Mise \xC3\xA0 jour : La ville a depuis "
     "ouvert une d\xC3\xA9viation, a indiqu\xC3\xA9 un porte-parole. Abonnez-vous \xC3\xA0 "
     "notre newsletter pour ne rien manquer de l'actualit\xC3\xA9 de votre r\xC3\xA9gion. "
     "Rectificatif : Une version pr\xC3\xA9"
     "c\xC3\xA9"
     "dente de cet article indiquait une date erron\xC3\xA9"
     "e.",
     {"Publicit", "Photo : AFP", "Lire aussi", "Mise \xC3\xA0 jour", "Abonnez-vous",
      "Rectificatif"},
     {"La mairie", "Les travaux", "La ville a"}},
    {"es",
     "Publicidad Foto: EFE/Ana Ruiz El ayuntamiento de Vesk decidi\xC3\xB3 el martes cerrar el "
     "viejo puente hasta el verano. Las obras costar\xC3\xA1n unos cuatro millones de euros. Lea "
     "tambi\xC3\xA9n: Nuevos carriles bici para el centro de la ciudad. "
     "Actualizaci\xC3\xB3n: La ciudad ha habilitado un desv\xC3\xADo, inform\xC3\xB3 un "
     "portavoz. Suscr\xC3\xAD"
     "bete a nuestro bolet\xC3\xADn para no perderte ninguna noticia de tu regi\xC3\xB3n. Fe de "
     "erratas: Una versi\xC3\xB3n anterior de este art\xC3\xAD"
     "culo daba una fecha equivocada.",
     {"Publicidad", "Foto: EFE", "Lea tambi", "Actualizaci", "Suscr", "Fe de erratas"},
     {"El ayuntamiento", "Las obras", "La ciudad ha"}},
    {"it",
     "Pubblicit\xC3\xA0 Foto: ANSA/Marco Neri Il consiglio comunale di Vesk ha deciso "
     "marted\xC3\xAC di chiudere il vecchio ponte fino all'estate. I lavori costeranno circa "
     "quattro milioni di euro. Leggi anche: Nuove piste ciclabili per il centro citt\xC3\xA0. "
     "Aggiornamento: Il comune ha poi aperto una deviazione, ha detto un portavoce. Iscriviti "
     "alla nostra newsletter per non perdere le notizie della tua zona. Rettifica: Una "
     "versione precedente di questo articolo riportava una data sbagliata.",
     {"Pubblicit", "Foto: ANSA", "Leggi anche", "Aggiornamento", "Iscriviti", "Rettifica"},
     {"Il consiglio", "I lavori", "Il comune ha"}},
    {"pt",
     "Publicidade Foto: Reuters/Ana Souza A prefeitura de Vesk decidiu na ter\xC3\xA7"
     "a-feira fechar a velha ponte at\xC3\xA9 o ver\xC3\xA3o. As obras devem custar cerca de "
     "quatro milh\xC3\xB5"
     "es de reais. Leia tamb\xC3\xA9m: Novas ciclovias para o centro da cidade. "
     "Atualiza\xC3\xA7\xC3\xA3o: A cidade abriu um desvio, informou um porta-voz. Assine a "
     "nossa newsletter e n\xC3\xA3o perca nenhuma not\xC3\xAD"
     "cia da sua regi\xC3\xA3o. Errata: Uma vers\xC3\xA3o anterior deste texto trazia uma data "
     "errada.",
     {"Publicidade", "Foto: Reuters", "Leia tamb", "Atualiza", "Assine", "Errata"},
     {"A prefeitura", "As obras", "A cidade abriu"}},
    {"ru",
     "Реклама Фото: ТАСС/Анна Петрова В понедельник городской совет Веска решил закрыть "
     "старый мост до лета. Ремонт обойдётся примерно в четыре миллиона рублей. Читайте также: "
     "Новые велодорожки появятся в центре города. Обновлено: Город уже открыл объезд, сообщил "
     "представитель мэрии. Подписывайтесь на наш канал, чтобы не пропустить новости вашего "
     "региона. Исправление: В предыдущей версии статьи была указана неверная дата.",
     {"Реклама", "Фото: ТАСС", "Читайте также", "Обновлено", "Подписывайтесь", "Исправление"},
     {"В понедельник", "Ремонт", "Город уже"}},
    {"ar",
     "قرر مجلس مدينة فيسك يوم الثلاثاء إغلاق الجسر القديم حتى الصيف. وستبلغ كلفة الأشغال نحو "
     "أربعة ملايين دولار. صورة: رويترز. إعلان اقرأ أيضا: خطط جديدة لممرات الدراجات في وسط "
     "المدينة. تحديث: افتتحت البلدية طريقا بديلا، بحسب متحدث باسمها. اشترك الآن في نشرتنا "
     "البريدية لتصلك أخبار منطقتك. تصحيح: ذكرت نسخة سابقة من هذا المقال تاريخا خاطئا.",
     {"صورة", "إعلان", "اقرأ أيضا", "تحديث", "اشترك الآن", "تصحيح"},
     {"قرر مجلس", "وستبلغ", "افتتحت البلدية"}},
    {"hi",
     "वेस्क नगर परिषद ने मंगलवार को पुराने पुल को गर्मियों तक बंद करने का फैसला किया। मरम्मत पर "
     "करीब चार करोड़ रुपये खर्च होंगे। फोटो: पीटीआई। विज्ञापन यह भी पढ़ें: शहर के बीच नई साइकिल "
     "लेन बनेगी। अपडेट: नगर परिषद ने अब एक वैकल्पिक रास्ता खोल दिया है, एक प्रवक्ता ने बताया। "
     "ताजा खबरों के लिए हमारे चैनल को सब्सक्राइब करें। सुधार: इस लेख के पिछले संस्करण में गलत "
     "तारीख दी गई थी।",
     {"फोटो", "विज्ञापन", "यह भी पढ़ें", "अपडेट", "ताजा खबरों", "सुधार"},
     {"वेस्क नगर", "मरम्मत पर", "नगर परिषद ने अब"}},
    {"zh",
     "韦斯克市议会周二决定，在夏季之前关闭这座旧桥。维修费用约为四百万元。图片来源：新华社。"
     "广告 相关阅读：市中心将新建自行车道。更新：市政府已开通一条绕行道路，一名发言人表示。"
     "扫码关注我们的公众号，获取本地最新消息。更正：本文此前版本中的日期有误。",
     {"图片来源", "广告", "相关阅读", "更新", "扫码关注", "更正"},
     {"韦斯克市议会", "维修费用", "市政府已开通"}},
    {"ja",
     "ベスク市議会は火曜日、古い橋を夏まで閉鎖することを決めた。修理費は約四億円となる見込みだ。"
     "写真：共同通信。広告 関連記事：市の中心部に新しい自転車道。更新：市は迂回路を開設したと、"
     "広報担当者が明らかにした。最新のニュースは公式アカウントをフォローしてください。"
     "訂正：この記事の以前の版では日付に誤りがありました。",
     {"写真", "広告", "関連記事", "更新", "最新のニュース", "訂正"},
     {"ベスク市議会", "修理費", "市は迂回路"}},
};

static void check_documents(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const doc_case *k = &cases[i];
        precis_cluster *c = one_doc(k->doc, k->lang);
        for (size_t j = 0; j < 6; j++) {
            const pc_sent *s = opening(c, k->furniture[j]);
            if (!s || !s->furniture || s->eligible)
                fprintf(stderr, "%s: \"%s\" is %s\n", k->lang, k->furniture[j],
                        s ? "news" : "missing");
            CHECK(s && s->furniture && !s->eligible);
        }
        for (size_t j = 0; j < 3; j++) {
            const pc_sent *s = opening(c, k->news[j]);
            if (!s || s->furniture || !s->eligible)
                fprintf(stderr, "%s: \"%s\" is %s\n", k->lang, k->news[j],
                        s ? "furniture" : "missing");
            CHECK(s && !s->furniture && s->eligible);
            CHECK(s && (j > 0 || s->pos == 0)); /* the lead is the first sentence */
        }
        precis_cluster_free(c);
    }
}

/* Prose that opens with a label's words stays news: a noun that is also a
 * label, used in a sentence ("Werbung für Tabak ist ..."), Arabic "اشترك"
 * alone ("took part", as well as "subscribe"), a picture's word without
 * its colon, a link's label before a headline of more than
 * PC_LANG_LINK_WORDS words (a headline run into the lead), a quoted prompt,
 * Japanese news of a channel's subscriber count, Chinese "图书馆" (not the
 * label "图");
 * and a language without a table (English) is not read. */
static void check_prose(void)
{
    static const struct {
        const char *lang, *s;
    } prose[] = {
        {"de", "Werbung f\xC3\xBCr Tabak ist in Vesk seit dem vergangenen Jahr verboten."},
        {"de", "Foto und Film sind im Museum der Stadt Vesk ab Dienstag erlaubt."},
        {"ar", "اشترك مئات المتطوعين في البحث عن المفقودين يوم الثلاثاء."},
        {"es",
         "Lea tambi\xC3\xA9n: el alcalde de Vesk dijo el martes que el puente viejo seguir\xC3\xA1 "
         "cerrado hasta el verano porque los ingenieros encontraron grietas."},
        {"de", "\xE2\x80\x9E"
               "Abonnieren Sie unseren Kanal\xE2\x80\x9C, rief der Moderator den Zuschauern zu."},
        {"en", "Read also: the river burst its banks near the town."},
        {"ja", "チャンネル登録者数は火曜日に100万人を超えた。"},
        {"zh", "图书馆周六开馆，首日接待读者约八千人次。"},
        {"fr", "Photo prise mardi, le pont de Vesk est ferm\xC3\xA9 aux voitures depuis lundi."},
    };
    for (size_t i = 0; i < sizeof prose / sizeof *prose; i++) {
        const pc_lang *l = pc_lang_find(prose[i].lang);
        CHECK(!pc_lang_furniture_sentence(l, prose[i].s, strlen(prose[i].s)));
        CHECK(pc_lang_furniture_prefix(l, prose[i].s, strlen(prose[i].s)) == 0);
    }
    /* a credit whose end does not show (no capitalised function word after
     * it) is not split off */
    static const char lower[] = "Foto: dpa/ana lind der stadtrat von vesk hat am dienstag "
                                "beschlossen, die alte Brücke zu sperren.";
    CHECK(pc_lang_furniture_prefix(pc_lang_find("de"), lower, strlen(lower)) == 0);
}

/* Where a picture's credit glued before the lead ends: before the lead's
 * capitalised function word, or after a slash chain and the name's word
 * after it ("AFP/L\xC3\xA9a Martin"), or after a chain that ends with an
 * agency ("L\xC3\xA9a Martin/AFP"); the function word first ("EFE/Ana
 * Mar\xC3\xADa Ruiz La ...", three words of a name). */
static void check_credit_end(void)
{
    static const struct {
        const char *lang, *s, *lead;
    } cases[] = {
        {"fr",
         "Photo : AFP/L\xC3\xA9"
         "a Martin Ferm\xC3\xA9 depuis l'automne, le pont a rouvert samedi.",
         "Ferm"},
        {"fr",
         "Photo : L\xC3\xA9"
         "a Martin/AFP Ferm\xC3\xA9 depuis l'automne, le pont a rouvert samedi.",
         "Ferm"},
        {"es",
         "Foto: EFE/Ana Mar\xC3\xAD"
         "a Ruiz La alcaldesa de Vesk dijo el martes que el puente "
         "seguir\xC3\xA1 cerrado.",
         "La alcaldesa"},
        {"ru", "Фото: ТАСС/Анна Петрова Река Сольва вышла из берегов в ночь на вторник.", "Река"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *s = cases[i].s;
        size_t p = pc_lang_furniture_prefix(pc_lang_find(cases[i].lang), s, strlen(s));
        CHECK(p > 0 && memcmp(s + p, cases[i].lead, strlen(cases[i].lead)) == 0);
    }
}

int main(void)
{
    check_documents();
    check_credit_end();
    check_prose();
    return check_done();
}
