"""QA001 unsupported-language: a non-English article gets one clear finding and no
garbage quotes, sources, claims or score; English articles, short ones included, pass."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.language import check_language

from .conftest import POLNEAR_DEV, REPO

# Short news items written for these tests: the same council story in each language.
FOREIGN = {
    "German": "Der Bürgermeister sagte am Dienstag, dass der Haushalt der Stadt im nächsten Jahr um drei Prozent steigen werde. „Wir haben keine andere Wahl“, sagte er vor Journalisten im Rathaus. Die Opposition kritisierte den Plan scharf und forderte eine Abstimmung im Stadtrat, die noch in diesem Monat stattfinden soll.",
    "French": "Le maire a déclaré mardi que le budget de la ville augmenterait de trois pour cent l'an prochain. « Nous n'avons pas le choix », a-t-il dit aux journalistes à l'hôtel de ville. L'opposition a vivement critiqué ce projet et réclame un vote du conseil municipal avant la fin du mois.",
    "Spanish": "El alcalde dijo el martes que el presupuesto de la ciudad aumentará un tres por ciento el próximo año. «No tenemos otra opción», dijo a los periodistas en el ayuntamiento. La oposición criticó duramente el plan y exigió una votación en el concejo municipal antes de que termine el mes.",
    "Italian": "Il sindaco ha detto martedì che il bilancio della città aumenterà del tre per cento il prossimo anno. «Non abbiamo altra scelta», ha dichiarato ai giornalisti in municipio. L'opposizione ha criticato duramente il piano e ha chiesto un voto del consiglio comunale entro la fine del mese.",
    "Dutch": "De burgemeester zei dinsdag dat de begroting van de stad volgend jaar met drie procent zal stijgen. „We hebben geen andere keus”, zei hij tegen journalisten in het stadhuis. De oppositie had scherpe kritiek op het plan en eist dat de gemeenteraad er nog deze maand over stemt, omdat het volgens haar over veel geld gaat.",
    "Danish": "Borgmesteren sagde tirsdag, at byens budget vil stige med tre procent næste år. »Vi har ikke noget andet valg,« sagde han til journalister på rådhuset. Oppositionen kritiserede planen skarpt og kræver en afstemning i byrådet inden udgangen af måneden, fordi der er tale om mange penge for borgerne.",
    "Indonesian": "Wali kota mengatakan pada hari Selasa bahwa anggaran kota akan naik tiga persen tahun depan. “Kami tidak punya pilihan lain,” katanya kepada wartawan di balai kota. Pihak oposisi mengkritik rencana itu dengan keras dan menuntut pemungutan suara di dewan kota sebelum akhir bulan ini.",
    "Russian": "Мэр заявил во вторник, что бюджет города в следующем году вырастет на три процента. «У нас нет другого выбора», — сказал он журналистам в мэрии. Оппозиция резко раскритиковала план и потребовала провести голосование в городском совете до конца месяца.",
    "Chinese": "市长周二表示，明年城市预算将增加百分之三。他在市政厅对记者说：“我们别无选择。”反对派严厉批评了这一计划，并要求市议会在月底前进行投票。",
    "Arabic": "قال رئيس البلدية يوم الثلاثاء إن ميزانية المدينة ستزيد بنسبة ثلاثة في المئة العام المقبل. وقال للصحفيين في مبنى البلدية: «ليس لدينا خيار آخر». وانتقدت المعارضة الخطة بشدة وطالبت بإجراء تصويت في مجلس المدينة قبل نهاية الشهر.",
}


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_a_foreign_article_gets_one_clear_finding_and_no_quotes(audit_text, language):
    doc = audit_text(FOREIGN[language])
    assert [(f.rule, f.name, f.severity.value, f.line, f.column) for f in doc.findings] == [("QA001", "unsupported-language", "error", 1, 1)]
    assert doc.findings[0].message.startswith("Not audited: this article does not look like English (")
    assert doc.quotes == [] and doc.sources == []
    assert doc.score is None and doc.grade is None


def test_the_message_names_the_script_when_that_decided():
    assert check_language(FOREIGN["Russian"]).explain() == "it is written mostly in Cyrillic script, not the Latin alphabet"
    assert check_language(FOREIGN["Arabic"]).script == "Arabic"
    assert check_language(FOREIGN["Chinese"]).script == "Chinese/Japanese"


def test_the_message_explains_the_word_evidence_for_latin_script_languages():
    check = check_language(FOREIGN["German"])
    assert not check.supported and check.script is None
    assert check.explain().startswith(f"only 0% of its {check.words} words are common English words")


@pytest.mark.parametrize(
    "text",
    [
        "City Council Approves Harbor Budget",
        "Fire on Main Street; no injuries.",
        "“Nous reconstruirons”, the French minister said on Tuesday, and the mayor said the city would help rebuild the old harbor wall before the winter storms.",
        "Results: Smith 3, Jones 2; Lopez 1. Attendance 4,512. Next match Friday at Riverside Park.",
        # a two-sentence brief with none of the listed function words (session 33)
        "South Korean Foreign Minister Cho Tae-yul arrived in Washington on Monday.\n\nCho said Seoul wanted a firm answer on tariffs.",
    ],
)
def test_short_english_and_english_quoting_other_languages_are_audited(text):
    assert check_language(text).supported


def test_every_english_seed_and_gold_article_is_supported():
    for path in sorted((REPO / "seeds").iterdir()):
        assert check_language(path.read_text("utf-8")).supported, path.name


def test_the_polnear_dev_articles_are_all_english():
    if not POLNEAR_DEV.exists():
        pytest.skip("../shared/eval is not beside the repository")
    rejected = [r["id"] for r in map(json.loads, POLNEAR_DEV.read_text("utf-8").splitlines()) if not check_language(r["text"]).supported]
    assert rejected == []


def test_cli_reports_qa001_for_a_foreign_file_next_to_an_english_one(tmp_path):
    (tmp_path / "es.txt").write_text(FOREIGN["Spanish"], encoding="utf-8")
    (tmp_path / "en.txt").write_text("The mayor said the budget would pass on Tuesday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["audit", str(tmp_path), "--format", "json"])
    docs = {d["id"]: d for d in (json.loads(line)["documents"][0] for line in result.stdout.splitlines())}
    assert [f["rule"] for f in docs[str(tmp_path / "es.txt")]["findings"]] == ["QA001"]
    assert "QA001" not in [f["rule"] for f in docs[str(tmp_path / "en.txt")]["findings"]]


def test_qa001_can_be_ignored_like_any_rule(audit_text):
    from quoteaudit.gate.config import Config

    doc = audit_text(FOREIGN["French"], config=Config(ignore=["QA001"]))
    assert doc.findings == [] and doc.quotes == []
