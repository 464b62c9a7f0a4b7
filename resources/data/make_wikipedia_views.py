"""Make ``wikipedia-R-views.csv``: real daily page views, sorted by date, counts unchanged.

Source: ``wikipedia-R-pageviews-2008-2015.csv`` from the project's shared data folder (its
README gives the provenance: ``examples/example_wp_R.csv`` of the Prophet project, MIT
licence, from Wikimedia's public page-view statistics, CC0). Run from the repository root::

    python resources/data/make_wikipedia_views.py ../shared/data/wikipedia-R-pageviews-2008-2015.csv

The script refuses any file whose sha256 is not the recorded one. It reads every row with
the applet's own CSV reader, writes them sorted by date as ``date,views`` with each count
exactly as written in the source, and leaves the 59 missing days missing (no row, nothing
filled). The row count, the sum of the views and the list of missing days are unchanged;
``tests/core/test_wikipedia.py`` checks that.
"""

from __future__ import annotations

import csv
import hashlib
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from applet.core.datasets.csvio import read_daily_counts  # noqa: E402
from applet.core.datasets.wikipedia import CSV_HEADER, FILE_NAME  # noqa: E402

SOURCE_NAME = "wikipedia-R-pageviews-2008-2015.csv"
SOURCE_SHA256 = "30ba7e997d3bb27788b9369935b87e9d1297b8e91322af682871355cb7d0cec4"
OUTPUT = Path(__file__).resolve().parent / FILE_NAME


def convert(source: bytes) -> bytes:
    """The source's rows sorted by date as ``date,views`` CSV text (counts as written)."""
    digest = hashlib.sha256(source).hexdigest()
    if digest != SOURCE_SHA256:
        raise ValueError(f"{SOURCE_NAME} has sha256 {digest}, not the recorded {SOURCE_SHA256}.")
    series = read_daily_counts(source, unit="views")  # checks every date and count
    rows = list(csv.reader(io.StringIO(source.decode("utf-8"))))[1:]
    counts = {day: count for day, count in rows}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows((str(day), counts[str(day)]) for day in series.dates)
    return out.getvalue().encode("utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    OUTPUT.write_bytes(convert(Path(argv[1]).read_bytes()))
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
