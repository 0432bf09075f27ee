"""Inline suppression comments, as an editor writes them in a Markdown or HTML story."""

from __future__ import annotations

from .gate_helpers import ONLY_TEST_RULES, audit_json, codes_at, gate_rules, write_files  # noqa: F401


def audit_one(tmp_path, name: str, body: str, config: str = ONLY_TEST_RULES):
    write_files(tmp_path, {"quoteaudit.toml": config, name: body})
    result, docs = audit_json(tmp_path / name)
    assert result.exit_code in (0, 1), result.output
    return docs[str(tmp_path / name)]


def test_disable_runs_to_the_matching_enable(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        The contractor allegedly overbilled the city.

        <!-- quoteaudit: disable QA098 -- confirmed with two invoices -->
        The supplier allegedly knew.

        <!-- quoteaudit: enable QA098 -->

        The mayor allegedly approved it.
        """,
    )
    assert codes_at(doc) == [("QA098", 1, 16), ("QA098", 8, 11)]


def test_disable_without_enable_runs_to_the_end_and_takes_rule_names(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        The contractor reportedly overbilled the city.

        <!-- quoteaudit: disable flagged-allegedly -->

        The supplier allegedly knew, and reportedly said so.

        The mayor allegedly approved it.
        """,
    )
    assert codes_at(doc) == [("QA099", 1, 16), ("QA099", 5, 34)]


def test_off_and_on_cover_every_rule(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        <!-- quoteaudit: off -->
        The contractor allegedly overbilled the city, and reportedly hid it.
        <!-- quoteaudit: on -->

        The mayor allegedly approved it.
        """,
    )
    assert codes_at(doc) == [("QA098", 5, 11)]


def test_ignore_next_covers_only_the_next_paragraph(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        <!-- quoteaudit: ignore-next -- the charge sheet is linked -->
        The contractor allegedly overbilled the city, and reportedly hid it.

        The mayor allegedly approved it.
        """,
    )
    assert codes_at(doc) == [("QA098", 4, 11)]


def test_ignore_next_with_a_code_covers_only_that_rule(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        <!-- quoteaudit: ignore-next QA099 -->
        The contractor allegedly overbilled the city, and reportedly hid it.
        """,
    )
    assert codes_at(doc) == [("QA098", 2, 16)]


def test_html_comments_suppress_in_html_articles(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.html",
        """
        <html><body>
        <p>The contractor allegedly overbilled the city.</p>
        <!-- quoteaudit: ignore-next -- checked with the city auditor -->
        <p>The supplier allegedly knew.</p>
        <p>The mayor allegedly approved it.</p>
        </body></html>
        """,
    )
    assert codes_at(doc) == [("QA098", 2, 19), ("QA098", 5, 14)]


def test_a_directive_inside_a_code_block_is_only_an_example(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "style-guide.md",
        """
        Write this to silence quoteaudit:

        ```
        <!-- quoteaudit: off -->
        ```

        The contractor allegedly overbilled the city.
        """,
    )
    assert codes_at(doc) == [("QA098", 7, 16)]


def test_a_directive_in_a_script_is_not_a_comment(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.html",
        """
        <p>The contractor allegedly overbilled the city.</p>
        <script>var s = "<!-- quoteaudit: off -->";</script>
        <p>The mayor allegedly approved it.</p>
        """,
    )
    assert codes_at(doc) == [("QA098", 1, 19), ("QA098", 3, 14)]


def test_plain_text_has_no_comment_syntax(tmp_path, gate_rules):
    doc = audit_one(tmp_path, "story.txt", "<!-- quoteaudit: off -->\nThe contractor allegedly overbilled the city.\n")
    assert codes_at(doc) == [("QA098", 2, 16)]


def test_a_suppression_that_matches_nothing_is_reported_where_it_stands(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        <!-- quoteaudit: disable QA099 -- nothing to excuse here -->
        The contractor allegedly overbilled the city.
        """,
    )
    assert codes_at(doc) == [("QA002", 1, 1), ("QA098", 2, 16)]
    unused = doc["findings"][0]
    assert unused["message"] == "'disable QA099' suppresses no finding; remove it"
    assert (unused["severity"], unused["end_line"], unused["end_column"]) == ("warning", 1, 61)


def test_only_the_unused_codes_of_a_directive_are_reported(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        The mayor spoke.

        <!-- quoteaudit: disable QA098, QA099 -->
        The contractor allegedly overbilled the city.
        """,
    )
    assert [(f["rule"], f["line"], f["message"]) for f in doc["findings"]] == [
        ("QA002", 3, "'disable QA099' suppresses no finding; remove those codes")
    ]


def test_a_misspelt_directive_is_reported_and_suppresses_nothing(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        <!-- quoteaudit: disabel QA098 -->
        The contractor allegedly overbilled the city.
        """,
    )
    assert codes_at(doc) == [("QA002", 1, 1), ("QA098", 2, 16)]
    assert doc["findings"][0]["message"].startswith("suppression comment not understood: is not a quoteaudit directive")


def test_a_misspelt_code_is_reported(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        <!-- quoteaudit: ignore-next QA O98 -->
        The contractor allegedly overbilled the city.
        """,
    )
    assert codes_at(doc) == [("QA002", 1, 1), ("QA098", 2, 16)]
    assert "'O98' is not a rule code or name" in doc["findings"][0]["message"]


def test_enable_with_nothing_disabled_is_reported(tmp_path, gate_rules):
    doc = audit_one(tmp_path, "story.md", "The mayor spoke.\n\n<!-- quoteaudit: on -->\n")
    assert [(f["rule"], f["line"], f["message"]) for f in doc["findings"]] == [
        ("QA002", 3, "suppression comment 'on' closes no earlier 'disable'/'off'; it suppresses nothing")
    ]


def test_unused_suppressions_are_not_reported_when_qa002_is_off(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        "<!-- quoteaudit: off -->\nThe mayor spoke.\n",
        config='select = ["QA098"]\n',
    )
    assert codes_at(doc) == []


def test_a_suppressed_error_no_longer_fails_the_policy(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "quoteaudit.toml": ONLY_TEST_RULES,
            "story.md": "<!-- quoteaudit: ignore-next QA099 -- sourced to the court filing -->\nThe contractor reportedly overbilled the city.\n",
        },
    )
    result, docs = audit_json(tmp_path / "story.md")
    assert result.exit_code == 0, result.output
    assert docs[str(tmp_path / "story.md")]["findings"] == []


def test_a_rule_name_and_its_code_are_the_same_suppression(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        <!-- quoteaudit: disable flagged-allegedly -->
        The supplier allegedly knew.
        <!-- quoteaudit: enable QA098 -->

        The mayor allegedly approved it.
        """,
    )
    assert codes_at(doc) == [("QA098", 5, 11)]


def test_unused_suppression_findings_can_be_silenced_by_naming_qa002(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "template.md",
        """
        <!-- quoteaudit: disable QA002 -- this template keeps its example directives -->
        <!-- quoteaudit: ignore-next QA099 -->
        The mayor spoke.
        """,
    )
    assert codes_at(doc) == []


def test_a_suppressed_finding_is_kept_aside_with_its_reason(tmp_path, gate_rules):
    doc = audit_one(
        tmp_path,
        "story.md",
        """
        The contractor allegedly overbilled the city.

        <!-- quoteaudit: ignore-next QA098 -- confirmed with two invoices -->
        The supplier allegedly knew.
        """,
    )
    assert codes_at(doc) == [("QA098", 1, 16)]
    (kept,) = doc["suppressed"]
    assert (kept["rule"], kept["line"], kept["column"]) == ("QA098", 4, 14)
    assert kept["suppression"] == {"kind": "inSource", "justification": "confirmed with two invoices"}


def test_a_suppression_without_a_reason_is_justified_by_the_comment_itself(tmp_path, gate_rules):
    doc = audit_one(tmp_path, "story.md", "<!-- quoteaudit: off -->\nThe supplier allegedly knew.\n")
    (kept,) = doc["suppressed"]
    assert kept["suppression"] == {"kind": "inSource", "justification": "<!-- quoteaudit: off -->"}


def test_the_text_report_counts_suppressed_findings_without_listing_them(tmp_path, gate_rules):
    from .gate_helpers import invoke

    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "story.md": "<!-- quoteaudit: off -->\nThe supplier allegedly knew.\n"})
    result = invoke("audit", tmp_path / "story.md", "--format", "text")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == [
        f"{tmp_path / 'story.md'}: passes the newsroom policy",
        "  not scored (no quotes and no flagged claims); 0 quotes (0 from named sources), 0 sources (0 named); 0 errors, 0 warnings, 0 suggestions (1 suppressed)",
    ]
    assert "QA098" not in result.stdout
