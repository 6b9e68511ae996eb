"""The command line: open the window, or summarize / entities / sentences as text or JSON."""

from __future__ import annotations

import argparse
import codecs
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from reader_app import __version__

if TYPE_CHECKING:
    from reader_app.cli_progress import CommandProgress
    from reader_app.core.documents import LoadListener
    from reader_app.core.entity_process import EntityProcesses
    from reader_app.core.rank_process import RankProcess

PROG = "reader-app"
COMMANDS = ("summarize", "entities", "sentences")
STANDARD_INPUT = "-"


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return number


def _ratio(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(f"must be greater than 0 and at most 1: {value}")
    return number


def _command_parser() -> argparse.ArgumentParser:
    from reader_app.core.methods import METHODS

    parser = argparse.ArgumentParser(prog=PROG, description="Summaries, people and countries.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    summarize = commands.add_parser("summarize", help="print the key sentences of each file")
    summarize.add_argument("--method", choices=METHODS, default="default")
    length = summarize.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=_positive_int, metavar="N", help="N sentences")
    length.add_argument("--ratio", type=_ratio, metavar="R", help="a share 0 < R <= 1")
    length.add_argument("--words", type=_positive_int, metavar="W", help="at most W words")
    for name, text in (
        ("entities", "list the people and countries of each file"),
        ("sentences", "print the sentences of each file"),
    ):
        commands.add_parser(name, help=text)
    for sub in commands.choices.values():
        sub.add_argument("--json", action="store_true", help="one JSON object per line per file")
        sub.add_argument(
            "files", nargs="+", metavar="FILE", help='a file, or "-" to read standard input'
        )
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [FILE] | {PROG} {{summarize,entities,sentences}} ... | {PROG} --version",
        description="Opens the Reader window, with FILE if given.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE")
    return parser


def _summarize(document: Any, args: argparse.Namespace) -> tuple[dict[str, Any], list[str]]:
    from reader_app.core.summarize import DEFAULT_LENGTH, Length, pick, rank_sentences

    if args.sentences is not None:
        length = Length("sentences", args.sentences)
    elif args.ratio is not None:
        length = Length("ratio", args.ratio)
    elif args.words is not None:
        length = Length("words", args.words)
    else:
        length = DEFAULT_LENGTH
    ranking = None
    helper = getattr(args, "rank_process", None)
    if helper is not None:
        from reader_app.core.rank_process import RankProcessError
        from reader_app.core.summarize import check_method, ranking_inputs

        check_method(args.method)
        try:
            ranking = helper.rank(ranking_inputs(document), args.method, len(document.sentences))
        except RankProcessError:
            ranking = None  # ranked here instead
    if ranking is None:
        ranking = rank_sentences(document, args.method)
    chosen = pick(document, ranking, length)
    sentences = [
        {
            "index": i,
            "start": document.sentences[i][0],
            "end": document.sentences[i][1],
            "text": document.sentence_text(i),
            "score": ranking.scores[i],
        }
        for i in chosen
    ]
    return {"method": args.method, "sentences": sentences}, [s["text"] for s in sentences]


def _entities(document: Any, args: argparse.Namespace) -> tuple[dict[str, Any], list[str]]:
    from reader_app.core.entities import extract_entities
    from reader_app.core.runtime import usable_cores

    # The command line runs no other thread, so a long document may use a second process
    # where there is a second core for it.
    found = extract_entities(
        document, parallel=usable_cores() >= 2, helpers=getattr(args, "entity_processes", None)
    )
    people = [
        {"name": p.name, "count": p.count, "mentions": [list(m) for m in p.mentions]}
        for p in found.people
    ]
    countries = [
        {
            "name": c.name,
            "code": c.code or None,  # a state that no longer exists has no ISO code
            "count": c.count,
            "mentions": [list(m) for m in c.mentions],
        }
        for c in found.countries
    ]
    lines = ["People:"] + [f"  {p['name']} ({p['count']})" for p in people]
    lines += ["Countries:"] + [f"  {c['name']} [{c['code']}] ({c['count']})" for c in countries]
    return {"people": people, "countries": countries}, lines


def _sentences(document: Any, args: argparse.Namespace) -> tuple[dict[str, Any], list[str]]:
    sentences = [
        {"index": i, "start": start, "end": end, "text": document.text[start:end]}
        for i, (start, end) in enumerate(document.sentences)
    ]
    return {"sentences": sentences}, [s["text"] for s in sentences]


_HANDLERS: dict[str, Callable[[Any, argparse.Namespace], tuple[dict[str, Any], list[str]]]] = {
    "summarize": _summarize,
    "entities": _entities,
    "sentences": _sentences,
}


def _writes_unicode(stream: TextIO) -> bool:
    """Whether the stream can take any character: JSON for one that cannot (a Windows
    console's code page, PYTHONIOENCODING=ascii) escapes what lies beyond ASCII instead."""
    try:
        return codecs.lookup(stream.encoding or "ascii").name.startswith("utf")
    except LookupError:
        return False


def _error(path: str, reason: str, progress: CommandProgress) -> None:
    progress.write(f"{PROG}: {path}: {' '.join(reason.split())}\n")


def run_command(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Runs one subcommand over every file; returns the exit code."""
    from reader_app.cli_progress import CommandProgress

    handler = _HANDLERS[args.command]
    status = 0
    helper = _start_second_processes(args)
    progress = CommandProgress(args.files, stderr)
    try:
        for index, path in enumerate(args.files):
            status = max(status, _run_one(handler, args, index, path, helper, stdout, progress))
            progress.file_done()
    finally:
        progress.close()
        if helper is not None:
            helper.close()
    return status


def _start_second_processes(args: argparse.Namespace) -> RankProcess | EntityProcesses | None:
    """Second processes for long files: the summary's ranking (core/rank_process.py) or the
    entities' labelling (core/entity_process.py). READER_RANK_PROCESS, and
    READER_ENTITY_PROCESS, =1 start them for every file, =0 never; otherwise only on a machine
    that gives this process two cores or more."""
    from reader_app.core.runtime import usable_cores

    variable = {"summarize": "READER_RANK_PROCESS", "entities": "READER_ENTITY_PROCESS"}
    if args.command not in variable:
        return None
    wanted = os.environ.get(variable[args.command], "")
    if wanted == "0":
        return None
    if wanted != "1" and (
        usable_cores() < 2
        or not any(_size(path) >= _SECOND_PROCESS_FROM_BYTES for path in args.files)
    ):
        return None
    sys.stdout.flush()
    sys.stderr.flush()
    if args.command == "summarize":
        from reader_app.core.rank_process import RankProcess

        args.rank_process = RankProcess.start()
        return args.rank_process
    from reader_app.core.entity_process import EntityProcesses

    args.entity_processes = EntityProcesses.start()
    return args.entity_processes


def _size(path: str) -> int:
    try:
        return os.path.getsize(path) if os.path.isfile(path) else 0
    except OSError:
        return 0


# Below this size the libraries' import dominates and a second process gains nothing.
_SECOND_PROCESS_FROM_BYTES = 256 * 1024


def _run_one(
    handler: Callable[[Any, argparse.Namespace], tuple[dict[str, Any], list[str]]],
    args: argparse.Namespace,
    index: int,
    path: str,
    helper: RankProcess | EntityProcesses | None,
    stdout: TextIO,
    progress: CommandProgress,
) -> int:
    """Runs the subcommand on one file and writes its result or its one-line error."""
    from reader_app.core.errors import ReaderError
    from reader_app.core.runtime import collector_paused

    try:
        with collector_paused():
            document = _load(path, progress.listener(helper))
            progress.loaded()
            result, lines = handler(document, args)
    except ReaderError as error:
        _error(path, error.reason, progress)
        return 1
    except MemoryError:
        _error(path, "not enough memory to analyse this file", progress)
        return 1
    except Exception as error:  # a defect of ours must still not print a traceback
        _error(path, f"internal error ({type(error).__name__}: {error})", progress)
        return 1
    with progress.output():
        if args.json:
            record = {"file": path, **result}
            stdout.write(json.dumps(record, ensure_ascii=not _writes_unicode(stdout)) + "\n")
        else:
            if len(args.files) > 1:
                stdout.write(("\n" if index else "") + f"==> {path} <==\n")
            stdout.write("".join(line.replace("\n", " ") + "\n" for line in lines))
        stdout.flush()
    return 0


def _load(path: str, listener: LoadListener | None) -> Any:
    """The document of a file, or of standard input for "-" (a pipe: `cat a.txt | reader-app
    summarize -`)."""
    from reader_app.core.documents import MAX_FILE_BYTES, document_from_text, load_document
    from reader_app.core.errors import ReaderError
    from reader_app.core.formats import read_text

    if path != STANDARD_INPUT:
        return load_document(path, listener)
    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1) if sys.stdin is not None else b""
    if len(data) > MAX_FILE_BYTES:
        raise ReaderError(f"input too large (the limit is {MAX_FILE_BYTES // 2**20} MiB)")
    return document_from_text(read_text(path, data), path, listener)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # Readable output to a stream whose encoding lacks a character shows "?" for it,
        # not a traceback.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    try:
        if arguments and arguments[0] in COMMANDS:
            args = _command_parser().parse_args(arguments)
            return run_command(args, sys.stdout, sys.stderr)
        if (
            arguments
            and arguments[0] not in ("--version", "-h", "--help")
            and (arguments[0].startswith("-"))
        ):
            _command_parser().parse_args(arguments)  # reports the unknown option, exit 2
        window_args = _window_parser().parse_args(arguments)
        from reader_app.ui.app import display_problem, run_window

        problem = display_problem()
        if problem:
            sys.stderr.write(f"reader-app: {problem}\n")
            return 1
        return run_window(window_args.file)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (as `| head` does); that is not an error of ours.
        sys.stderr.close()
        return 0
