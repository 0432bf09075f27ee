"""``--format docx``: the editor's own document back, with the audit as Word comments on
exactly the flagged passages, and nothing else in the document changed."""

from __future__ import annotations

import json
import re

from lxml import etree
from typer.testing import CliRunner

from quoteaudit.cli import app

from . import docxkit as kit
from .conftest import REPO

runner = CliRunner()


def audit_docx(tmp_path, *paths, extra=()):
    out = tmp_path / "out"
    result = runner.invoke(app, ["audit", *map(str, paths), "--format", "docx", "--out", str(out), "--exit-zero", *extra])
    assert result.exit_code == 0, result.output
    return out, result


def audit_json(*paths):
    result = runner.invoke(app, ["audit", *map(str, paths), "--format", "json", "--exit-zero"])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["documents"][0] for line in result.stdout.splitlines()]


def flagged(doc: dict) -> list[str]:
    """What each comment should be anchored on, in the order the comments are written:
    the first paragraph (summary), each finding, each weak quote."""
    text = doc["text"]
    first = doc["paragraphs"][0]
    spans = [text[first[0] : first[1]]]
    spans += [text[f["start"] : f["end"]].strip() for f in doc["findings"]]
    spans += [text[q["start"] : q["end"]].strip() for q in doc["quotes"] if q["strength"] and q["strength"]["grade"] in ("D", "F")]
    return spans


STORY = [
    "Council votes to close Eastside library",
    "The council voted 5-2 on Tuesday to close the Eastside branch, officials said.",
    "“We had no choice,” said Mayor Ana Lopez, who chairs the budget committee.",
    "Critics say the vote was rushed.",
]


def test_every_comment_sits_on_exactly_the_flagged_passage(tmp_path):
    document = kit.new_document(*STORY[1:], title=STORY[0])
    path = kit.save(document, tmp_path / "library.docx")
    (doc,) = audit_json(path)
    out, result = audit_docx(tmp_path, path)
    written = out / "library.audited.docx"
    assert result.stdout.splitlines() == [f"wrote {written}"]
    comments = kit.ours(written)
    assert [c["anchored"] for c in comments] == flagged(doc)
    assert {f["rule"] for f in doc["findings"]} >= {"QA201"}
    # the first comment summarises the article on its title
    summary = comments[0]["text"].splitlines()
    assert comments[0]["anchored"] == "Council votes to close Eastside library"
    # the one verdict first (the policy's), then the grade as a score, then the counts
    warnings = sum(1 for f in doc["findings"] if f["severity"] == "warning")
    assert warnings >= 2 and not any(f["severity"] == "error" for f in doc["findings"])
    assert summary[0].startswith(f"quoteaudit review: Needs work. It passes the newsroom policy, but {warnings} warnings")
    assert summary[1].startswith(f"Attribution score {doc['score']}/100 (grade {doc['grade']}, ")
    # a finding's comment: the label, the message, how to fix, the code
    vague = next(c for c in comments if c["text"].endswith("QA201 vague-anonymous-source (warning)"))
    assert vague["anchored"] == "officials"
    lines = vague["text"].splitlines()
    assert lines[0] == "Vague source"
    assert lines[1] == "“officials” does not tell the reader who they are or how they know."
    assert lines[2].startswith("How to fix: Name the source.")
    # the input is untouched
    assert kit.parts(path) == kit.parts(tmp_path / "library.docx")


def test_weak_quote_gets_its_grade_and_reasons(tmp_path):
    path = kit.save(kit.new_document("Sources said the mayor would resign before the vote."), tmp_path / "weak.docx")
    (doc,) = audit_json(path)
    (quote,) = doc["quotes"]
    assert quote["strength"]["grade"] == "F"
    out, _ = audit_docx(tmp_path, path)
    weak = [c for c in kit.ours(out / "weak.audited.docx") if c["text"].startswith("Weak quote")]
    assert [c["anchored"] for c in weak] == ["the mayor would resign before the vote"]
    assert weak[0]["text"].splitlines() == [
        f"Weak quote: grade F (score {quote['strength']['score']})",
        "Why: " + "; ".join(quote["strength"]["reasons"]),
    ]


def test_a_failing_policy_is_the_summarys_verdict(tmp_path):
    (tmp_path / "quoteaudit.toml").write_text("fail-under = 90\n", encoding="utf-8")
    path = kit.save(kit.new_document("Critics say the vote was rushed."), tmp_path / "rushed.docx")
    out, _ = audit_docx(tmp_path, path)
    summary = kit.ours(out / "rushed.audited.docx")[0]["text"].splitlines()
    assert re.fullmatch(r"quoteaudit review: Fails the newsroom policy\. The attribution score \d+ is below the newsroom's minimum of 90\.", summary[0]), summary[0]


def test_splitting_a_run_keeps_its_formatting_on_both_sides(tmp_path):
    document = kit.new_document()
    p = document.add_paragraph()
    run = p.add_run("Two years ago, officials said, the plan was dropped.")
    run.bold = True
    run.font.name = "Georgia"
    path = kit.save(document, tmp_path / "bold.docx")
    out, _ = audit_docx(tmp_path, path)
    written = out / "bold.audited.docx"
    assert "officials" in [c["anchored"] for c in kit.ours(written)]
    body = etree.fromstring(kit.parts(written)["word/document.xml"])
    runs = [r for r in body.iter(kit.q("r")) if r.find(kit.q("t")) is not None]
    assert "".join(r.find(kit.q("t")).text for r in runs) == "Two years ago, officials said, the plan was dropped."
    assert len(runs) >= 3
    for r in runs:
        assert r.find(f"{kit.q('rPr')}/{kit.q('b')}") is not None
        assert r.find(f"{kit.q('rPr')}/{kit.q('rFonts')}").get(kit.q("ascii")) == "Georgia"


def test_comments_inside_tracked_changes_and_tables_anchor_on_accepted_text(tmp_path):
    document = kit.disputed_vote()
    path = kit.save(document, tmp_path / "tracked.docx")
    (doc,) = audit_json(path)
    assert doc["text"].startswith("Vote count disputed\n\nThe council voted 5-2 on Tuesday, officials said.")
    out, _ = audit_docx(tmp_path, path)
    written = out / "tracked.audited.docx"
    comments = kit.ours(written)
    assert [c["anchored"] for c in comments] == flagged(doc)
    assert "officials" in [c["anchored"] for c in comments] and "Sources" in [c["anchored"] for c in comments]
    # the deletion and the insertion are still tracked changes, with their authors
    body = etree.fromstring(kit.parts(written)["word/document.xml"])
    assert ["".join(t.text for t in d.iter(kit.q("delText"))) for d in body.iter(kit.q("del"))] == ["4-3"]
    assert ["".join(t.text for t in i.iter(kit.q("t"))) for i in body.iter(kit.q("ins"))] == ["5-2 on Tuesday, officials"]
    # a comment's reference mark is not itself a tracked insertion
    assert not [r for i in body.iter(kit.q("ins")) for r in i.iter(kit.q("commentReference"))]


def test_existing_comments_images_and_every_other_part_survive(tmp_path):
    document = kit.new_document(title="Library closes")
    p = kit.runs(document, "The council voted to close the branch, ", "officials", " said.")
    kit.comment_on(document, p, "officials", "Which officials? Ask the clerk.")
    kit.add_image(document)
    document.sections[0].header.paragraphs[0].text = "DRAFT"
    document.add_paragraph("Zoë Ångström said the city’s plan was “a disgrace”.")
    path = kit.save(document, tmp_path / "reviewed.docx")
    before = kit.parts(path)
    out, _ = audit_docx(tmp_path, path)
    written = out / "reviewed.audited.docx"
    after = kit.parts(written)

    rewritten = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}
    assert set(after) == set(before)
    for name in set(before) - rewritten:
        assert after[name] == before[name], name
    assert any(name.startswith("word/media/") for name in before)
    # the editor's comment is still there, on the same words
    theirs = [c for c in kit.comments(written).values() if c["author"] == "Maria Editor"]
    assert theirs == [{"author": "Maria Editor", "text": "Which officials? Ask the clerk.", "anchored": "officials"}]
    # the body is the same document apart from quoteaudit's anchors and the run splits
    ours = {cid for cid, c in kit.comments(written).items() if c["author"] == "quoteaudit"}
    assert len(ours) >= 3
    assert normalised_body(after["word/document.xml"], ours) == normalised_body(before["word/document.xml"])
    assert relationships(after["word/_rels/document.xml.rels"]) == relationships(before["word/_rels/document.xml.rels"])


def normalised_body(xml: bytes, ours: set[str] = frozenset()) -> bytes:
    """The body with the markers of comments ``ours`` removed and runs of identical
    formatting merged back, canonicalised."""
    root = etree.fromstring(xml, etree.XMLParser(remove_blank_text=True))
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for el in list(root.iter(kit.q(tag))):
            if el.get(kit.q("id")) in ours:
                el.getparent().remove(el)
    for ref in list(root.iter(kit.q("commentReference"))):
        if ref.get(kit.q("id")) in ours:
            run = ref.getparent()
            run.getparent().remove(run)
    for parent in list(root.iter()):
        children = list(parent)
        for left, right in zip(children, children[1:]):
            if left.tag == right.tag == kit.q("r") and _mergeable(left, right):
                lt, rt = left.find(kit.q("t")), right.find(kit.q("t"))
                lt.text = (lt.text or "") + (rt.text or "")
                parent.remove(right)
                right.tag = "gone"
    for t in root.iter(kit.q("t")):
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return etree.tostring(root, method="c14n")


def _mergeable(left, right) -> bool:
    if left.tag == "gone" or right.tag == "gone":
        return False
    only_text = all(c.tag in (kit.q("rPr"), kit.q("t")) for c in (*left, *right))
    same_props = etree.tostring(left.find(kit.q("rPr")) if left.find(kit.q("rPr")) is not None else etree.Element("x")) == etree.tostring(
        right.find(kit.q("rPr")) if right.find(kit.q("rPr")) is not None else etree.Element("x")
    )
    return only_text and same_props and len(left.findall(kit.q("t"))) == 1 and len(right.findall(kit.q("t"))) == 1 and dict(left.attrib) == dict(right.attrib)


def relationships(xml: bytes) -> set[tuple]:
    root = etree.fromstring(xml)
    return {(r.get("Id"), r.get("Type"), r.get("Target"), r.get("TargetMode")) for r in root}


def test_a_markdown_article_becomes_a_new_docx_with_the_same_comments(tmp_path):
    md = tmp_path / "budget.md"
    md.write_text("# Budget passes\n\nThe budget passed on Tuesday, officials said.\n\nCritics say it was rushed.\n", encoding="utf-8")
    (doc,) = audit_json(md)
    out, result = audit_docx(tmp_path, md)
    written = out / "budget.audited.docx"
    assert result.stdout.splitlines() == [f"wrote {written}"]
    assert [c["anchored"] for c in kit.ours(written)] == flagged(doc)
    import docx

    paragraphs = [(p.text, p.style.name) for p in docx.Document(str(written)).paragraphs]
    assert paragraphs == [
        ("Budget passes", "Heading 1"),
        ("The budget passed on Tuesday, officials said.", "Normal"),
        ("Critics say it was rushed.", "Normal"),
    ]


def test_two_drafts_with_the_same_name_get_two_files_and_errors_none(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        kit.save(kit.new_document("Officials said the vote was rigged."), tmp_path / folder / "draft.docx")
    (tmp_path / "bad.docx").write_bytes(b"not a zip")
    out = tmp_path / "out"
    result = runner.invoke(app, ["audit", str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "bad.docx"), "--format", "docx", "--out", str(out)])
    assert result.exit_code == 2
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and "draft.audited.docx" in names
    assert re.fullmatch(r"draft-[0-9a-f]{8}\.audited\.docx", names[0])
    assert f"quoteaudit: error: {tmp_path / 'bad.docx'}: is not a Word .docx file" in result.stderr


def test_a_300_page_document_is_read_and_commented_exactly(tmp_path):
    """300 pages (a page break after each page's two paragraphs): offsets stay exact to
    the last page, where a finding is anchored as precisely as on the first."""
    from docx.enum.text import WD_BREAK

    document = kit.new_document(title="Council minutes, 2023")
    for page in range(1, 301):
        document.add_paragraph(f"Item {page}. The council approved contract {page} for road repairs in ward {page % 9 + 1}.")
        p = document.add_paragraph(f"Members discussed the cost of item {page} at length before the vote.")
        if page == 300:
            p.add_run(" Sources said the mayor opposed it.")
        p.add_run().add_break(WD_BREAK.PAGE)
    path = kit.save(document, tmp_path / "minutes.docx")
    (doc,) = audit_json(path)
    last = [f for f in doc["findings"] if f["location"]["paragraph"] == 601]
    assert {f["rule"] for f in last} >= {"QA201"}
    out, _ = audit_docx(tmp_path, path)
    comments = kit.ours(out / "minutes.audited.docx")
    assert [c["anchored"] for c in comments] == flagged(doc)
    assert "Sources" in [c["anchored"] for c in comments]


def test_the_reference_article_as_docx_gives_the_same_audit_as_the_txt(tmp_path):
    """seeds/tanf-2017-06-05.txt, pasted into Word paragraph by paragraph."""
    from quoteaudit.ingest import read_file

    txt = REPO / "seeds" / "tanf-2017-06-05.txt"
    (article,) = list(read_file(str(txt)))
    document = kit.new_document(*[article.text[p.start : p.end] for p in article.paragraphs])
    path = kit.save(document, tmp_path / "tanf-2017-06-05.docx")
    from_txt, from_docx = audit_json(txt, path)
    assert from_docx["text"] == from_txt["text"]

    def summary(doc):
        return (
            [(q["kind"], q["text"], q["speaker"]["text"] if q["speaker"] else None) for q in doc["quotes"]],
            [(s["name"], s["type"]) for s in doc["sources"]],
            [(f["rule"], doc["text"][f["start"] : f["end"]]) for f in doc["findings"]],
            (doc["score"], doc["grade"]),
        )

    assert summary(from_docx) == summary(from_txt)
    assert len(from_docx["quotes"]) == 14
    out, _ = audit_docx(tmp_path, path)
    assert [c["anchored"] for c in kit.ours(out / "tanf-2017-06-05.audited.docx")] == flagged(from_docx)


def test_auditing_the_reviewed_copy_again_replaces_the_old_review(tmp_path):
    # An editor fixes the draft in the reviewed copy and runs the audit on it again: the
    # new copy carries one current review, not the old comments plus the new ones, and the
    # desk's own comments stay where they were.
    document = kit.new_document(title="Library closes")
    p = kit.runs(document, "The council voted to close the branch, ", "officials", " said.")
    kit.comment_on(document, p, "officials", "Which officials? Ask the clerk.")
    document.add_paragraph("“We had no choice,” said Mayor Ana Ortiz.")
    first_out, _ = audit_docx(tmp_path, kit.save(document, tmp_path / "library.docx"))
    reviewed = first_out / "library.audited.docx"
    first = kit.ours(reviewed)
    assert len(first) >= 2  # the summary and the vague "officials"

    second_dir = tmp_path / "again"
    second_dir.mkdir()
    again = second_dir / "library.docx"
    again.write_bytes(reviewed.read_bytes())
    second_out, _ = audit_docx(second_dir, again)
    second = kit.ours(second_out / "library.audited.docx")
    assert second == first
    theirs = [c for c in kit.comments(second_out / "library.audited.docx").values() if c["author"] == "Maria Editor"]
    assert theirs == [{"author": "Maria Editor", "text": "Which officials? Ask the clerk.", "anchored": "officials"}]
    body = kit.parts(second_out / "library.audited.docx")["word/document.xml"]
    assert body.count(b"commentReference") == len(second) + 1


def test_a_quoteaudit_comment_someone_replied_to_is_kept_with_its_thread(tmp_path):
    # The desk answered quoteaudit's note in Word ("Clerk confirmed, keep it"): a second
    # audit must not cut that thread, so the replied-to comment stays beside the new review.
    document = kit.new_document(title="Library closes")
    document.add_paragraph("The council voted to close the branch, officials said.")
    first_out, _ = audit_docx(tmp_path, kit.save(document, tmp_path / "library.docx"))
    reviewed = first_out / "library.audited.docx"
    vague = next(cid for cid, c in kit.comments(reviewed).items() if c["author"] == "quoteaudit" and c["anchored"] == "officials")
    threaded = tmp_path / "again" / "library.docx"
    threaded.parent.mkdir()
    threaded.write_bytes(kit.reply_to(reviewed, vague, "Clerk confirmed, keep it.", author="Maria Editor"))

    second_out, _ = audit_docx(threaded.parent, threaded)
    after = kit.comments(second_out / "library.audited.docx")
    before_on_officials = [c for c in kit.ours(reviewed) if c["anchored"] == "officials"]
    on_officials = [c for c in after.values() if c["author"] == "quoteaudit" and c["anchored"] == "officials"]
    # the new review's notes on those words, and the old note that has a reply
    assert len(on_officials) == len(before_on_officials) + 1
    assert sum(c["author"] == "quoteaudit" for c in after.values()) == len(kit.ours(reviewed)) + 1
    assert any(c["text"] == "Clerk confirmed, keep it." for c in after.values())
