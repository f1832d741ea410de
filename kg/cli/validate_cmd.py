"""``kg validate FILE``: check an RDF file against the SHACL shapes, as the ingest gate does.

Exit codes: 0 the file conforms, 1 it has violations (readable report on stdout), 2 it cannot be read or
parsed (message on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE

NAME = "validate"
HELP = "Check an RDF file against the SHACL shapes and print a readable report."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="RDF file: .ttl .nt .nq .trig .rdf/.xml .jsonld")
    parser.add_argument(
        "--shacl-report", type=Path, metavar="REPORT.ttl", help="also write the SHACL validation report (Turtle)"
    )


def run(args: argparse.Namespace) -> int:
    from kg.validation import RDFSyntaxError, validate_file

    try:
        result = validate_file(args.file)
    except RDFSyntaxError as exc:
        print(f"kg validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"kg validate: {args.file}: cannot read ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_USAGE
    print(result.report_text)
    if args.shacl_report is not None:
        try:
            args.shacl_report.write_text(result.report_turtle(), encoding="utf-8")
        except OSError as exc:
            print(f"kg validate: cannot write {args.shacl_report} ({exc.strerror or exc})", file=sys.stderr)
            return EXIT_USAGE
    return EXIT_OK if result.conforms else EXIT_FAILURE
