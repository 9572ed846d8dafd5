"""Page furniture in other languages (session 40; docs/languages.md, "Page
furniture in other languages"): the example clusters of French, Russian,
Arabic, Hindi, Chinese and Japanese with their pages' labels written around
the articles (invented for this test: a link's label and its headline and
a picture's credit after the lead, a subscription prompt and a correction
note at the end; in French and Russian an advertisement's label and a
picture's credit glued before the lead, as text that lost its line breaks
writes them).  No label reaches the summary, at 250 words, 100 words or the
default budget, and the lead opens the French and Russian summaries without
the credit glued to it.  Without the profiles' tables, every example's
summary carries labels (a link's headline, a prompt, a credit)."""
import os
import tempfile

from util import SRC, check, done, run

# per example: the front glued to each lead, the link's sentence, the
# credit's, the prompt's, the correction's
FURNITURE = {
    "fr-bridge": ("Publicité Photo : AFP/Léa Martin ",
                  ["Lire aussi : Les ponts de la région sous surveillance.",
                   "Photo : Léa Martin.",
                   "Abonnez-vous à notre newsletter pour recevoir l'actualité de votre région "
                   "chaque matin.",
                   "Rectificatif : Une version précédente de cet article donnait une date "
                   "erronée."]),
    "ru-flood": ("Реклама Фото: ТАСС/Анна Петрова ",
                 ["Читайте также: Как подготовиться к паводку заранее.",
                  "Фото: Анна Петрова.",
                  "Подписывайтесь на наш канал, чтобы первыми узнавать новости региона.",
                  "Исправление: В предыдущей версии статьи была указана неверная дата."]),
    "ar-water": ("", ["اقرأ أيضا: كيف تستعد المدن لموسم الجفاف.",
                      "صورة: رويترز.",
                      "اشترك الآن في نشرتنا البريدية لتصلك أخبار منطقتك كل صباح.",
                      "تصحيح: ذكرت نسخة سابقة من هذا المقال تاريخا خاطئا."]),
    "hi-metro": ("", ["यह भी पढ़ें: शहर में नई बस सेवा शुरू होगी।",
                      "फोटो: पीटीआई।",
                      "ताजा खबरों के लिए हमारे चैनल को सब्सक्राइब करें।",
                      "सुधार: इस लेख के पिछले संस्करण में गलत तारीख दी गई थी।"]),
    "zh-library": ("", ["相关阅读：全市公共文化设施建设提速。",
                        "图片来源：新华社。",
                        "扫码关注我们的公众号，获取本地最新消息。",
                        "更正：本文此前版本中的日期有误。"]),
    "ja-typhoon": ("", ["関連記事：台風に備える防災グッズの選び方。",
                        "写真：共同通信。",
                        "最新のニュースは公式アカウントをフォローしてください。",
                        "訂正：この記事の以前の版では日付に誤りがありました。"]),
}

for name, (front, lines) in FURNITURE.items():
    src = os.path.join(SRC, "examples", name)
    # the labels' words, which no sentence of the articles writes
    marks = [l.split(":")[0].split("：")[0] for l in lines] + \
        [w for w in front.replace(":", " ").split() if len(w) > 3][:2]
    with tempfile.TemporaryDirectory() as d:
        for f in sorted(os.listdir(src)):
            with open(os.path.join(src, f), encoding="utf-8") as h:
                paras = h.read().split("\n\n")
            paras = paras[:1] + [front + paras[1]] + lines[:2] + paras[2:] + lines[2:]
            with open(os.path.join(d, f), "w", encoding="utf-8") as h:
                h.write("\n\n".join(paras))
        for budget in (["-w", "250"], ["-w", "100"], []):
            rc, out, err = run(["summarize"] + budget + [d])
            check(rc == 0 and out.strip(), "%s %s: a summary (%s)" % (name, budget, err))
            left = [m for m in marks if m in out]
            check(not left, "%s %s: no furniture in the summary: %r in %r"
                  % (name, budget, left, out))
            if front:
                check(out.split("\n")[0][:8] not in front,
                      "%s %s: the lead opens without the credit: %r" % (name, budget, out))
done()
