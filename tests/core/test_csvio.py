import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applet.core.datasets.csvio import read_daily_counts
from applet.core.errors import DataError

GOOD_DATES = np.array(["2021-01-01", "2021-01-02", "2021-01-03"], dtype="datetime64[D]")


def read(text: str, **kwargs):
    return read_daily_counts(text.encode("utf-8"), **kwargs)


def assert_counts(series, values):
    np.testing.assert_array_equal(series.dates, GOOD_DATES)
    np.testing.assert_array_equal(series.values, values)


@pytest.mark.parametrize(
    "text",
    [
        "Date,Views\n2021-01-01,5\n2021-01-02,7\n2021-01-03,6\n",
        "2021-01-01,5\n2021-01-02,7\n2021-01-03,6\n",
        "Datum;Aufrufe\n2021-01-01;5\n2021-01-02;7\n2021-01-03;6\n",
        "Date\tViews\r\n2021-01-01\t5\r\n2021-01-02\t7\r\n2021-01-03\t6\r\n",
        "2021/01/01,5\n2021/1/2,7\n2021/01/03,6\n",
        "\n  Date , Views \n\n2021-01-01 , 5 \n2021-01-02,7\n,,\n2021-01-03,6\n\n",
        "Date,Views\n2021-01-03,6\n2021-01-01,5\n2021-01-02,7\n",  # unsorted
        "Date,Views\nTotal,18\n2021-01-01,5\n2021-01-02,7\n2021-01-03,6\n",  # Studio summary row
    ],
)
def test_accepts_good_files(text):
    assert_counts(read(text), [5, 7, 6])


def test_picks_first_date_column_and_first_numeric_column_after_it():
    text = (
        "id,Date,Video title,Views,Watch time (hours)\n"
        "9,2021-01-01,Intro,1200,3.5\n"
        "8,2021-01-02,Intro,1300,4.0\n"
        "7,2021-01-03,Intro,1250,3.9\n"
    )
    assert_counts(read(text), [1200, 1300, 1250])


@pytest.mark.parametrize(
    "text, values",
    [
        ('Date,Views\n2021-01-01,"1,234"\n2021-01-02,"12,345,678"\n2021-01-03,"1,000.5"\n', [1234, 12345678, 1000.5]),
        ("Date;Views\n2021-01-01;1,234\n2021-01-02;2,000\n2021-01-03;999\n", [1234, 2000, 999]),
        ("Date\tViews\n2021-01-01\t1 234\n2021-01-02\t1\u00a0234\n2021-01-03\t1\u202f234\n", [1234, 1234, 1234]),
        ("Date;Views\n2021-01-01;1'234\n2021-01-02;1.234.567\n2021-01-03;1.234\n", [1234, 1234567, 1.234]),
    ],
)
def test_thousands_separators(text, values):
    assert_counts(read(text), values)


def test_values_are_not_rescaled_and_unit_is_views():
    series = read("2021-01-01,123456\n2021-01-02,0\n2021-01-03,0.5\n")
    assert series.unit == "views"
    assert_counts(series, [123456, 0, 0.5])


def test_byte_order_mark_and_latin1():
    bom = b"\xef\xbb\xbfDate,Views\n2021-01-01,5\n2021-01-02,7\n2021-01-03,6\n"
    assert_counts(read_daily_counts(bom), [5, 7, 6])
    latin1 = "Datum;Aufrufe (Fü)\n2021-01-01;5\n2021-01-02;7\n2021-01-03;6\n".encode("latin-1")
    assert_counts(read_daily_counts(latin1), [5, 7, 6])


def test_reads_a_path_and_names_the_series_after_it(tmp_path):
    path = tmp_path / "my channel.csv"
    path.write_text("Date,Views\n2021-01-01,5\n2021-01-02,7\n2021-01-03,6\n", encoding="utf-8")
    assert read_daily_counts(path).name == "my channel"
    assert read_daily_counts(str(path), name="mine").name == "mine"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b" \n\r\n\t\n", "empty"),
        (b"Date,Views\n", "no rows"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (bytes(range(128, 256)) * 4, "not readable text"),
        (b"Date,Views\nyesterday,5\ntoday,6\n", "No date column"),
        (b"Date,Views\n01/31/2021,5\n02/01/2021,6\n", "Line 2: '01/31/2021' is not a date"),
        (b"Date,Views\n2021-01-01,abc\n2021-01-02,x\n", "No column of counts"),
        (b"Date,Views\n2021-01-01,5\n2021-02-30,6\n", "Line 3: '2021-02-30' is not a real date"),
        (b"Date,Views\n2021-01-01,5\n31.01.2021,6\n", "Line 3: '31.01.2021' is not a date"),
        (b"Date,Views\n2021-01-01,5\n2021-01-02,6\n2021-01-01,7\n", "Line 4: the date 2021-01-01 appears twice"),
        (b"Date,Views\n2021-01-01,5\n2021-01-02,many\n2021-01-03,6\n", "Line 3: 'many' is not a number"),
        (b"Date;Views\n2021-01-01;5\n2021-01-02;3,5\n2021-01-03;6\n", "decimal point"),
        (b"Date,Views\n2021-01-01,5\n2021-01-02,-4\n", "Line 3: the count -4 is negative"),
        (b"Date,Views\n2021-01-01,5\n2021-01-02,NaN\n", "Line 3: 'NaN' is not a finite"),
        (b"Date,Views\n2021-01-01,inf\n2021-01-02,5\n", "Line 2: 'inf' is not a finite"),
        (b"Date,Views\n2021-01-01,5\n2021-01-02,1e999\n", "too large"),
        (b"Date,Views\n2021-01-01,5\n2021-01-02,\n", "Line 3: the count is missing"),
        (b"Date,Views\n2021-01-01,5\n2021-01-02\n", "Line 3 has no count"),
        (b"Date,Views\n2021-01-01,5\n", "counts for 1 day(s); at least 2"),
        (b'Date,Views\n2021-01-01,"5\n', "not valid CSV"),
    ],
)
def test_rejects_bad_files_with_a_clear_message(data, message):
    with pytest.raises(DataError) as error:
        read_daily_counts(data)
    assert message in str(error.value)


def test_min_days_is_a_parameter():
    with pytest.raises(DataError, match="at least 5"):
        read("2021-01-01,5\n2021-01-02,7\n2021-01-03,6\n", min_days=5)
    assert len(read("2021-01-01,5\n", min_days=1)) == 1


def test_missing_file_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="Could not open"):
        read_daily_counts(tmp_path / "nope.csv")


CSV_ALPHABET = st.sampled_from(list("0123456789-/.,;\t \n\r\"'eE+aTotal") + ["2021-01-0", "\u00a0", "é", "\x00"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_raise_only_data_error(data):
    try:
        read_daily_counts(data)
    except DataError:
        pass


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(CSV_ALPHABET, max_size=120).map("".join)))
def test_random_text_raises_only_data_error(text):
    try:
        read_daily_counts(text.encode("utf-8"), min_days=1)
    except DataError:
        pass
