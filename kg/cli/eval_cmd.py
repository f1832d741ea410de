"""``kg eval``: score extraction against gold annotations, per category, against the project targets.

Either runs extraction on each gold-annotated article (``--articles``), or scores JSON files that were
extracted earlier (``--extracted``), so the scorer can be used and tested independently of the extractor.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from kg.articles import Article, ArticleError, discover_article_files, read_article
from kg.evaluation import (
    ACCURACY_CATEGORIES,
    CATEGORIES,
    TARGETS,
    CorpusScores,
    EvaluationError,
    score_corpus,
)

NAME = "eval"
HELP = "Score extraction against gold annotations: precision, recall and F1 per category."
GOLD_SUFFIX = ".gold.json"
VERBOSE_CATEGORIES = (
    "actors", "places", "events", "event_agents", "event_targets", "event_places", "event_date", "event_attribution",
    "casualties", "relations",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, required=True, help="folder of <base>.gold.json annotations")
    parser.add_argument("--articles", type=Path, required=True, help="folder holding the articles <base>.*")
    parser.add_argument(
        "--extracted", type=Path, help="score already-extracted <base>.json files from this folder instead "
        "of running extraction"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed and spurious items per article")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")


def run(args: argparse.Namespace) -> int:
    if not args.gold.is_dir() or not args.articles.is_dir():
        print(f"kg eval: --gold and --articles must be folders ({args.gold}, {args.articles})", file=sys.stderr)
        return 2
    gold_files = sorted(args.gold.glob(f"*{GOLD_SUFFIX}"))
    if not gold_files:
        print(f"kg eval: no *{GOLD_SUFFIX} files in {args.gold}", file=sys.stderr)
        return 2
    if args.extracted is not None:
        predict = _read_extracted(args.extracted)
    else:
        try:
            from kg.extraction import extract_to_json
        except ImportError as exc:
            print(f"kg eval: extraction is not available ({exc}); use --extracted DIR to score saved output",
                  file=sys.stderr)
            return 2
        predict = extract_to_json
    try:
        pairs = list(_pairs(gold_files, args.articles, predict))
        scores = score_corpus(pairs)
    except (ArticleError, EvaluationError, OSError, ValueError) as exc:
        print(f"kg eval: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({**scores.as_dict(), "targets": TARGETS}, indent=2, ensure_ascii=False))
    else:
        print(format_report(scores, verbose=args.verbose))
    return 0


def _pairs(gold_files: list[Path], articles_dir: Path, predict: Callable[[Article], dict]):
    article_files = discover_article_files([articles_dir])
    for gold_file in gold_files:
        base = gold_file.name[: -len(GOLD_SUFFIX)]
        candidates = [p for p in article_files if p.parent == articles_dir and _stem(p) == base]
        if not candidates:
            raise ArticleError(f"{gold_file}: no article {base}.* in {articles_dir}")
        article = read_article(candidates[0])
        gold = _load_json(gold_file)
        yield base, predict(article), gold, article.text


def _stem(path: Path) -> str:
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def _read_extracted(folder: Path) -> Callable[[Article], dict]:
    """A stand-in for extraction that returns the saved ``<base>.json`` of each article."""

    def predict(article: Article) -> dict:
        if article.source_path is None:
            raise EvaluationError("--extracted needs articles read from files")
        path = folder / f"{_stem(article.source_path)}.json"
        if not path.is_file():
            raise EvaluationError(f"{path}: no extracted JSON for {article.source_path.name}")
        return _load_json(path)

    return predict


def _load_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise EvaluationError(f"{path}: expected a JSON object")
    return data


def format_report(scores: CorpusScores, *, verbose: bool = False) -> str:
    """The score table (and with ``verbose`` the misses per article) as plain text."""
    lines = [f"{'category':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp/fp/fn':>12}  target"]
    for category in CATEGORIES:
        c = scores.counts[category]
        target = TARGETS.get(category)
        verdict = "" if target is None else f"{target:.2f} {'met' if c.f1 >= target else 'MISSED'}"
        if category in ACCURACY_CATEGORIES:
            verdict = f"{verdict} (accuracy {c.tp}/{c.tp + c.fn})".strip()
        lines.append(f"{category:<18} {c.precision:6.2f} {c.recall:6.2f} {c.f1:6.2f} "
                     f"{f'{c.tp}/{c.fp}/{c.fn}':>12}  {verdict}")
    met = sum(scores.counts[c].f1 >= t for c, t in TARGETS.items())
    lines.append(f"targets met: {met}/{len(TARGETS)} ({len(scores.articles)} articles)")
    if verbose:
        for article_id, article in scores.articles.items():
            lines.append(f"\n== {article_id}")
            items = [f"  {category} {label}: {item}"
                     for category in VERBOSE_CATEGORIES
                     for label, listed in (("missed", article.missed), ("spurious", article.spurious))
                     for item in listed.get(category, [])]
            lines.extend(items or ["  (nothing missed or spurious)"])
    return "\n".join(lines)
